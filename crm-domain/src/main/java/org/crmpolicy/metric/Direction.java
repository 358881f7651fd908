package org.crmpolicy.metric;

/** Which way an indicator improves: a manager reads a rising complaint rate as bad news, a rising CSAT as good. */
public enum Direction {
    /** More is better (CSAT, resolution rate, revisit coverage). */
    HIGHER_IS_BETTER,
    /** Less is better (complaint rate, churn rate, acquisition cost). */
    LOWER_IS_BETTER
}
