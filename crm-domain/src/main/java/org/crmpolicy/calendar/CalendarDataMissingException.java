package org.crmpolicy.calendar;

/**
 * Thrown by a strict {@link WorkCalendar} when a question touches a year its data does not cover. A lenient
 * calendar (the default) answers provisionally instead and reports the year through its listener.
 *
 * <p>The message names the year and how to supply the data.
 */
public final class CalendarDataMissingException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int year;

    /** For the uncovered {@code year}. */
    public CalendarDataMissingException(int year) {
        super(WorkCalendar.missingDataMessage(year));
        this.year = year;
    }

    /** The year the calendar has no holiday data for. */
    public int year() {
        return year;
    }
}
