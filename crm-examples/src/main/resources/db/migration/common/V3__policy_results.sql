-- What the policy writes back. Findings are keyed naturally so a re-run inserts nothing twice.

-- One row per evaluation day. The job commits per chunk and moves last_customer_id in the same transaction.
CREATE TABLE policy_run (
    run_date         DATE                     NOT NULL PRIMARY KEY,
    as_of            TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)              NOT NULL,  -- RUNNING, COMPLETED
    last_customer_id VARCHAR(64),                        -- every customer up to and including it is done
    chunks_done      INTEGER                  NOT NULL,
    customers_done   INTEGER                  NOT NULL,
    findings_written INTEGER                  NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);

-- The tier each customer was placed in on the run date (T1-T10).
CREATE TABLE tier_decision (
    run_date    DATE        NOT NULL,
    customer_id VARCHAR(64) NOT NULL,
    tier        VARCHAR(32) NOT NULL,
    PRIMARY KEY (run_date, customer_id)
);

-- The natural key: run date + rule + subject + SHA-256 of the message.
CREATE TABLE finding (
    run_date     DATE                     NOT NULL,
    rule_id      VARCHAR(8)               NOT NULL,
    subject_id   VARCHAR(64)              NOT NULL,
    message_hash CHAR(64)                 NOT NULL,
    customer_id  VARCHAR(64)              NOT NULL,
    severity     VARCHAR(16)              NOT NULL,
    message      VARCHAR(2000)            NOT NULL,
    evidence     VARCHAR(4000)            NOT NULL,  -- name=value lines, in the finding's order
    responsible  VARCHAR(64),
    due          TIMESTAMP WITH TIME ZONE,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_date, rule_id, subject_id, message_hash)
);
CREATE INDEX finding_by_customer ON finding (run_date, customer_id);
