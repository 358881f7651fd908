-- What the service-request flow (P10) and the periodic reports (D11-D16) read (issue 19: the main job judges every
-- area). One row per service request with the instant of each P10 step; a NULL instant means the step has not happened
-- (yet). The actor columns hold role or staff ids, never personal data. One row per periodic report submitted.
CREATE TABLE service_request (
    request_id        VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    channel           VARCHAR(16)              NOT NULL,  -- PHONE, ONLINE, EMAIL
    severity          VARCHAR(16)              NOT NULL,  -- URGENT, GENERAL
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_by        VARCHAR(64)              NOT NULL,  -- who recorded the steps (role or staff id)
    responded_at      TIMESTAMP WITH TIME ZONE,
    classified_at     TIMESTAMP WITH TIME ZONE,
    owner_assigned_at TIMESTAMP WITH TIME ZONE,
    owner_id          VARCHAR(64),                        -- the assigned owner (role or staff id)
    resolved_at       TIMESTAMP WITH TIME ZONE,
    feedback_at       TIMESTAMP WITH TIME ZONE,
    rated_at          TIMESTAMP WITH TIME ZONE,
    rating            INTEGER,                            -- 1-5 when rated_at is set
    post_mortem_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX service_request_by_customer ON service_request (customer_id, received_at);

CREATE TABLE periodic_report (
    report_kind  VARCHAR(64)              NOT NULL,  -- a ReportKind name (D11-D13, D15, D16)
    period       VARCHAR(16)              NOT NULL,  -- e.g. 2025-06, 2025-Q2, 2025-H1
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by VARCHAR(64)              NOT NULL,  -- role or unit, never a person's name
    PRIMARY KEY (report_kind, period)
);
