package org.crmpolicy.deadline;

/** The unit a {@link DeadlineTerm} counts in. */
public enum TermUnit {
    /** Minutes of the term's time basis (BUSINESS only where the host configured business hours, else clock minutes). */
    MINUTES,
    /** Hours of the term's time basis (BUSINESS only where the host configured business hours, else clock hours). */
    HOURS,
    /** "Within N working days": end of the N-th working day after the start day; pauses count in business time. */
    WORKING_DAYS,
    /** "Within N days": 24:00 at the end of the N-th calendar day after the start day; pauses count in clock time. */
    CALENDAR_DAYS
}
