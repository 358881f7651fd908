-- What the approval rules of receptions, events and plans read (A4, A5, A6, A10, A11, A12; issue 19: the main job
-- judges every area). V9 holds the customer-information acts only; these tables are new. One row per act, with the
-- customer it concerns, and one row per approval or review given for an act (act_approval). The actor columns hold
-- staff, role or body ids, never personal data. A8 (policy revision) concerns no customer and is not stored here.

-- A4: a customer's visit; the customer's tier (the run's tier decision) and the visitor's rank select the standard.
CREATE TABLE visit_reception (
    visit_id          VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id       VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    visitor_rank      VARCHAR(32) NOT NULL,  -- VisitorRank: CHAIRMAN_OR_GM, DEPARTMENT_MANAGER, BELOW_MANAGER
    arrives_on        DATE        NOT NULL,
    lodging_requested BOOLEAN     NOT NULL
);
CREATE INDEX visit_reception_by_customer ON visit_reception (customer_id, arrives_on);

-- A5: a customer's event the company attends (plant commissioning, product launch, anniversary, ...).
CREATE TABLE event_attendance (
    event_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    event_kind  VARCHAR(32) NOT NULL,  -- CustomerEventKind
    event_on    DATE        NOT NULL
);
CREATE INDEX event_attendance_by_customer ON event_attendance (customer_id, event_on);

-- A6 (R5): a revisit plan; an ad-hoc one needs company-leadership approval before its revisits begin.
CREATE TABLE revisit_plan (
    plan_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    customer_id VARCHAR(64)              NOT NULL REFERENCES customer (customer_id),
    ad_hoc      BOOLEAN                  NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX revisit_plan_by_customer ON revisit_plan (customer_id, starts_at);

-- A10-A12: the plans the ERP files under the customer they concern: a customer-maintenance or feedback-handling plan
-- (A10), the improvement plan after the customer's satisfaction survey (A11), the yearly training plan for the
-- customer (A12). A company-wide plan concerns no customer and is not judged in the customer run.
CREATE TABLE customer_plan (
    plan_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    customer_id  VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    plan_kind    VARCHAR(32) NOT NULL,  -- CUSTOMER_MAINTENANCE, FEEDBACK_HANDLING (A10), SURVEY_IMPROVEMENT (A11), TRAINING (A12)
    survey_id    VARCHAR(64),           -- A11: the survey the plan answers
    plan_year    INTEGER,               -- A12: the year the training plan covers
    effective_on DATE        NOT NULL   -- the day the plan is put into effect: the day of the act
);
CREATE INDEX customer_plan_by_customer ON customer_plan (customer_id, effective_on);

-- The approvals and reviews given for these acts: which act (ActionKind + subject), by whom, at which level, when.
CREATE TABLE act_approval (
    approval_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    act_kind       VARCHAR(32) NOT NULL,  -- ActionKind: VISIT_RECEPTION, CUSTOMER_EVENT, AD_HOC_REVISIT_PLAN, ...
    subject_id     VARCHAR(64) NOT NULL,  -- the visit, event or plan id
    customer_id    VARCHAR(64) NOT NULL REFERENCES customer (customer_id),
    approver_id    VARCHAR(64) NOT NULL,  -- staff or body id, never a name
    approver_level VARCHAR(32) NOT NULL,  -- ApproverLevel
    approved_on    DATE        NOT NULL
);
CREATE INDEX act_approval_by_customer ON act_approval (customer_id, subject_id);
