-- The contact log as the contact-compliance rules read it (C1-C11, R1-R6, issue 6): the role the staff member acted
-- in, when the contact entered the log (late records are reported), and internal notes (reports) next to contacts.
ALTER TABLE contact ADD COLUMN role VARCHAR(16);                -- SALES_STAFF, BU_HEAD, VP, GM, CHAIRMAN
ALTER TABLE contact ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;   -- NULL = recorded when it happened
ALTER TABLE contact ADD COLUMN internal_note BOOLEAN DEFAULT FALSE NOT NULL;

-- Business events that start an obligation (a purchase starts the C6 follow-up).
CREATE TABLE customer_event (
    event_id    VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    kind        VARCHAR(32)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX customer_event_by_customer ON customer_event (customer_id, occurred_at);
