-- What the M1/M2 metrics read besides complaints and contacts (issue 19: one set of numbers): the customers' survey
-- answers (CSAT, NPS, feedback rate), what winning each customer cost (acquisition cost) and the history of each
-- customer's contract status (churn, loyalty). Revenue per customer is not stored twice: it is the sum of the
-- customer's SIGNED contracts (table contract). No personal data: an answer is the customer's, never a person's.

-- One answer to a satisfaction survey (D11; 004 ch.7 §2): a CSAT score 1-5, an NPS score 0-10, or both.
CREATE TABLE survey_answer (
    answer_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    answered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    csat        INTEGER,                 -- 1 (very unsatisfied) to 5 (very satisfied); NULL when not asked
    nps         INTEGER,                 -- 0 to 10; NULL when not asked
    CONSTRAINT survey_answer_has_a_score CHECK (csat IS NOT NULL OR nps IS NOT NULL),
    CONSTRAINT survey_answer_csat_range CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
    CONSTRAINT survey_answer_nps_range CHECK (nps IS NULL OR nps BETWEEN 0 AND 10)
);
CREATE INDEX survey_answer_by_time ON survey_answer (answered_at, customer_id);

-- What winning the customer cost (marketing, sales visits, samples), in CNY; one row per customer acquired.
CREATE TABLE customer_acquisition (
    customer_id      VARCHAR(64)    NOT NULL PRIMARY KEY REFERENCES customer (customer_id),
    acquisition_cost DECIMAL(17, 2) NOT NULL
);

-- The customer's contract status (NONE, ACTIVE, LAPSED) from a day on, until the next row of the customer; before
-- its first row a customer has no contract (NONE).
CREATE TABLE contract_status_history (
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    from_day    DATE        NOT NULL,
    status      VARCHAR(16) NOT NULL,
    PRIMARY KEY (customer_id, from_day)
);
