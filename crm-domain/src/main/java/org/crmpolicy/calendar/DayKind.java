package org.crmpolicy.calendar;

/** How a calendar data line classifies a date, overriding the ordinary Monday-to-Friday week. */
public enum DayKind {
    /** A day off: a statutory holiday, or a weekday moved into a holiday block, or a company closing day. */
    HOLIDAY,
    /** A working day, typically a Saturday or Sunday that is worked in exchange for a holiday (调休). */
    WORKDAY
}
