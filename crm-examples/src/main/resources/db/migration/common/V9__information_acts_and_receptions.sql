-- What the customer-information rules read (I4, I6, I8, I11, A9; issue 19: the main job judges every area):
-- collections of customer data with the purposes stated / the customer's authorisation on record, uses of customer
-- information with their approval and access-log entry, and the staff's confidentiality commitments. Only the NAMES
-- of the data fields are stored (CustomerDataField constants), never a personal value, so the I7 check of the ERP's own
-- storage is not concerned: the personal values stay in the encrypted customer/contact columns (V6).
-- A NULL means the step/record does not exist.
CREATE TABLE info_collection (
    collection_id     VARCHAR(64)  NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)  NOT NULL REFERENCES customer (customer_id),
    fields            VARCHAR(512) NOT NULL,  -- comma-separated CustomerDataField names
    collected_on      DATE         NOT NULL,
    stated_purposes   VARCHAR(512),           -- comma-separated DataUsePurpose names; NULL: no record on file (I8)
    authorisation_ref VARCHAR(64),            -- the customer's written authorisation, an ID
    recorded_by       VARCHAR(64),
    recorded_on       DATE
);
CREATE INDEX info_collection_by_customer ON info_collection (customer_id);

CREATE TABLE info_use (
    use_id        VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id   VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    staff_id      VARCHAR(64)              NOT NULL,
    purpose       VARCHAR(32)              NOT NULL,  -- DataUsePurpose (I6)
    fields        VARCHAR(512)             NOT NULL,
    used_on       DATE                     NOT NULL,
    approved_by   VARCHAR(64),                        -- A9; NULL: not approved
    approver_role VARCHAR(32),                        -- ApproverLevel
    approved_on   DATE,
    logged_at     TIMESTAMP WITH TIME ZONE,           -- I4 access-log entry; NULL: not logged
    log_result    VARCHAR(128)
);
CREATE INDEX info_use_by_customer ON info_use (customer_id);

CREATE TABLE staff_commitment (
    staff_id  VARCHAR(64) NOT NULL PRIMARY KEY,       -- I11 confidentiality commitment
    signed_on DATE        NOT NULL
);
