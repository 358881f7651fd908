package org.crmpolicy.deadline;

/**
 * Why an overdue delivery cannot be supplied as contracted (D8, 003 §28(四)3: "因材料、组织等内部原因无法保证供应的").
 */
public enum ShortfallCause {
    /** Production has not (yet) established the cause: no report to sales and the business unit is owed yet. */
    NOT_ESTABLISHED,
    /** Inside the company: materials, organisation or another internal reason; owes a report to sales and the business unit. */
    INTERNAL,
    /** Outside the company (the customer, a force-majeure event ...): no D8 report owed. */
    EXTERNAL
}
