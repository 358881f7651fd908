package org.crmpolicy.calendar;

/**
 * What a duration counts: every elapsed second, or only the calendar's working time.
 *
 * <p>A deadline and everything that moves it (a pause, an extension) use the same basis, so a pause in a
 * business-time deadline is measured and given back in business time, never in wall-clock time.
 */
public enum TimeBasis {
    /** Elapsed physical time: 24 hours is 86,400 seconds whatever the calendar says (a DST day still has 24 of them). */
    CLOCK,
    /** Working time: only the parts of working days inside business hours (whole working days when no hours are set). */
    BUSINESS
}
