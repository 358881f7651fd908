-- What the rest of the customer-information rules read (I5, I9, I10 with A9; issue 19: the main job judges every area)
-- and the company's revisions of the customer-relationship policy (A8). As in V9 only IDs, field NAMES
-- (CustomerDataField constants) and roles are stored, never a personal value or the wording of a change.
-- A NULL means the step/record does not exist.
CREATE TABLE info_destruction (
    destruction_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    destroyed_on     DATE        NOT NULL,
    approved_by      VARCHAR(64),                        -- A9; NULL: not approved
    approver_role    VARCHAR(32),                        -- ApproverLevel
    approved_on      DATE,
    method           VARCHAR(32),                        -- I5 destruction record: DestructionMethod; NULL: no record
    recorded_at      TIMESTAMP WITH TIME ZONE,
    responsible_by   VARCHAR(64)
);
CREATE INDEX info_destruction_by_customer ON info_destruction (customer_id);

CREATE TABLE info_update (
    update_id        VARCHAR(64)  NOT NULL PRIMARY KEY,
    customer_id      VARCHAR(64)  NOT NULL REFERENCES customer (customer_id),
    fields           VARCHAR(512) NOT NULL,              -- comma-separated CustomerDataField names (I1)
    updated_on       DATE         NOT NULL,
    logged_at        TIMESTAMP WITH TIME ZONE,           -- I10 log entry; NULL: not logged
    log_content      VARCHAR(128),                       -- what the log says changed: field names, not values
    logged_by        VARCHAR(64)
);
CREATE INDEX info_update_by_customer ON info_update (customer_id);

CREATE TABLE info_breach (
    breach_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    detected_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    isolated_at        TIMESTAMP WITH TIME ZONE,          -- I9 breach record; NULL: not done
    notified_at        TIMESTAMP WITH TIME ZONE,
    accountable_unit   VARCHAR(64)
);

CREATE TABLE info_breach_customer (
    breach_id   VARCHAR(64) NOT NULL REFERENCES info_breach (breach_id),
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    PRIMARY KEY (breach_id, customer_id)
);
CREATE INDEX info_breach_customer_by_customer ON info_breach_customer (customer_id);

CREATE TABLE policy_revision (
    revision_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    proposed_by    VARCHAR(32) NOT NULL,                 -- ApproverLevel of the proposing department (A8)
    effective_on   DATE        NOT NULL,
    approved_by    VARCHAR(64),                          -- A8; NULL: not approved
    approver_role  VARCHAR(32),                          -- ApproverLevel
    approved_on    DATE
);
