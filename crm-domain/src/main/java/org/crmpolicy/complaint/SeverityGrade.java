package org.crmpolicy.complaint;

/**
 * How severe a piece of feedback or a conflict is (P1, P7), from least to most severe. The grade decides the
 * {@link Priority} of the feedback.
 */
public enum SeverityGrade {
    MINOR,
    GENERAL,
    SERIOUS,
    CRITICAL;

    /** True when this grade is at least as severe as {@code other}. */
    public boolean isAtLeast(SeverityGrade other) {
        return compareTo(other) >= 0;
    }
}
