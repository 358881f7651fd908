-- The ERP-side tables the policy reads: a small, typical CRM/ERP schema. Portable SQL (H2 2.3, PostgreSQL 13+).
-- Personal data lives ONLY in contact_person (name, phone, email, birthday); nothing else copies it.

CREATE TABLE customer (
    customer_id            VARCHAR(64)    NOT NULL PRIMARY KEY,
    name                   VARCHAR(200)   NOT NULL,
    province               VARCHAR(50)    NOT NULL,
    customer_since         DATE           NOT NULL,
    categories             VARCHAR(500)   NOT NULL,  -- comma-separated CustomerCategory names, may be empty
    annual_volume          DECIMAL(17, 2) NOT NULL,
    contract_status        VARCHAR(16)    NOT NULL,
    prospect_signal        VARCHAR(32)    NOT NULL,
    joint_dev_evidence     VARCHAR(500),
    joint_dev_since        DATE,
    va_cooperation_scale   INTEGER,
    va_growth_potential    INTEGER,
    va_industry_influence  INTEGER,
    va_cooperation_stab    INTEGER,
    va_strategic_signif    INTEGER,
    va_assessed_on         DATE,
    va_assessed_by         VARCHAR(100),
    credit_rating          VARCHAR(8),
    credit_approved_by     VARCHAR(100),
    credit_approved_on     DATE,
    credit_approval_reason VARCHAR(500),
    account_manager_id     VARCHAR(64),
    first_contract_date    DATE
);

CREATE TABLE contact_person (
    customer_id VARCHAR(64)  NOT NULL REFERENCES customer (customer_id),
    seq         INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,   -- personal data
    position    VARCHAR(100),
    phone       VARCHAR(30),             -- personal data
    email       VARCHAR(254),            -- personal data
    birthday    DATE,                    -- personal data
    PRIMARY KEY (customer_id, seq)
);

-- Every contact with a customer (visit, call, meeting): the C and R areas count these.
CREATE TABLE contact (
    contact_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    channel      VARCHAR(16)              NOT NULL,  -- VISIT, PHONE, MEETING, EMAIL, EVENT
    purpose      VARCHAR(32)              NOT NULL,  -- ROUTINE, REVISIT, CARE, COMPLAINT_FOLLOW_UP
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(64)              NOT NULL   -- a staff ID, never a name
);
CREATE INDEX contact_by_customer ON contact (customer_id, occurred_at);

-- A complaint's header; its state is the replay of complaint_event (append-only, see V2).
CREATE TABLE complaint (
    complaint_id VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    kind         VARCHAR(16)              NOT NULL,  -- INQUIRY, COMPLAINT, SUGGESTION (P1)
    severity     VARCHAR(16)              NOT NULL,
    claim_amount DECIMAL(17, 2)
);
CREATE INDEX complaint_by_customer ON complaint (customer_id);

CREATE TABLE complaint_event (
    complaint_id VARCHAR(64)              NOT NULL REFERENCES complaint (complaint_id),
    seq          INTEGER                  NOT NULL,
    event_type   VARCHAR(32)              NOT NULL,  -- RECEIVED, REGISTERED, ASSIGNED, ... (P2)
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,  -- a staff or role ID
    detail       VARCHAR(1000),                      -- business facts only, no personal data
    PRIMARY KEY (complaint_id, seq)
);

CREATE TABLE contract (
    contract_no         VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id         VARCHAR(64)    NOT NULL REFERENCES customer (customer_id),
    signed_on           DATE           NOT NULL,
    amount              DECIMAL(17, 2) NOT NULL,
    qualification_docs  BOOLEAN        NOT NULL,  -- A2: the five qualification documents on file before signing
    approved            BOOLEAN        NOT NULL   -- A1: sales-contract approval done
);
CREATE INDEX contract_by_customer ON contract (customer_id, signed_on);

CREATE TABLE approval (
    approval_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    kind          VARCHAR(32)              NOT NULL,  -- SALES_CONTRACT, RECEPTION, REVISIT_PLAN, COMPLAINT_DEADLINE, ...
    subject_id    VARCHAR(64)              NOT NULL,  -- a contract number, complaint ID, customer ID
    customer_id   VARCHAR(64)              REFERENCES customer (customer_id),
    approver_role VARCHAR(64)              NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at    TIMESTAMP WITH TIME ZONE,
    decision      VARCHAR(16)                         -- APPROVED, REJECTED; NULL while pending
);
