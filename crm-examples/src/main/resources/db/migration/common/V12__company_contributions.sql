-- What each committed chunk of a compliance run contributes to the company-wide contact obligations (C4, C8, C10,
-- R2 chairman/GM, R4 per business unit, R6; issues 17 and 19). The contacts area writes one row per chunk in the
-- chunk's own transaction, so a chunk rolled back leaves no row and a chunk committed again replaces its own; the
-- company contact duties area merges the rows of the run's instant and decides once, when the run completes.
-- contributions: the library's serial form of org.crmpolicy.rules.batch.Contributions (version 2), Base64. It holds
-- staff person ids and contact ids as the contact log does, no personal data.
CREATE TABLE company_contribution (
    as_of             TIMESTAMP WITH TIME ZONE NOT NULL,
    first_customer_id VARCHAR(64)              NOT NULL,
    last_customer_id  VARCHAR(64)              NOT NULL,
    contributions     TEXT                     NOT NULL,
    PRIMARY KEY (as_of, first_customer_id)
);
