-- What the response-deadline rules read (D1-D4, D8, D9, D14; issue 19: the main job judges every area): inquiries and
-- service requests with their first answer, overdue deliveries, installment reminders and shipments with their
-- follow-up steps. A NULL instant means the step has not happened (yet).
CREATE TABLE customer_inquiry (
    inquiry_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    channel     VARCHAR(16)              NOT NULL,  -- PHONE, ONLINE, EMAIL (D1-D3)
    severity    VARCHAR(16),                        -- NULL: a plain inquiry; URGENT or GENERAL: a service request (D4)
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX customer_inquiry_by_customer ON customer_inquiry (customer_id, received_at);

CREATE TABLE overdue_delivery (
    contract_no        VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES contract (contract_no),
    customer_id        VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    reported_at        TIMESTAMP WITH TIME ZONE NOT NULL,  -- production learns the delivery is overdue (D8)
    date_confirmed_at  TIMESTAMP WITH TIME ZONE,           -- production confirms a delivery date
    delivered_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX overdue_delivery_by_customer ON overdue_delivery (customer_id);

CREATE TABLE installment (
    contract_no VARCHAR(64)              NOT NULL REFERENCES contract (contract_no),
    customer_id VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    due_on      DATE                     NOT NULL,
    agreed_at   TIMESTAMP WITH TIME ZONE NOT NULL,  -- when the schedule was agreed (D9 counts back from due_on)
    reminded_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (contract_no, due_on)
);
CREATE INDEX installment_by_customer ON installment (customer_id);

CREATE TABLE shipment (
    contract_no          VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES contract (contract_no),
    customer_id          VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    shipped_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    customer_notified_at TIMESTAMP WITH TIME ZONE,  -- D14 steps
    invoice_mailed_at    TIMESTAMP WITH TIME ZONE,
    receipt_confirmed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX shipment_by_customer ON shipment (customer_id);
