package org.crmpolicy.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a {@link WorkCalendar} gets its statutory days from. The shipped implementation reads
 * {@code china-mainland-days.txt}; a host may supply its own (a database table, another country's data).
 *
 * <p>Implementations must be thread-safe and must answer quickly: the calendar asks once per date it walks.
 */
public interface HolidaySource {

    /** True when the source has the official data for {@code year}; otherwise the calendar computes it provisionally. */
    boolean covers(int year);

    /** The listed day for {@code date} (holiday or make-up working day), empty for an ordinary day. Never null. */
    Optional<CalendarDay> day(LocalDate date);

    /** The date of a festival in {@code year}, when the source knows it. Never null. */
    default Optional<LocalDate> festival(Festival festival, int year) {
        return festival.fixedDateIn(year);
    }
}
