package org.crmpolicy.obligation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The periods contact obligations count over. Calendar periods are whole days in the policy's zone: ISO weeks start
 * on Monday 00:00, months, quarters, half-years and years on their first day. {@link #TWO_YEARS} is rolling
 * ("at least once every two years": the next contact is due two years after the last one) and {@link #OCCASION}
 * is a window set by an event (a purchase, a birthday, a complaint).
 */
public enum PeriodKind {
    /** One calendar day; used on working days only (C10). */
    DAY,
    /** An ISO week, Monday 00:00 to the next Monday 00:00. */
    ISO_WEEK,
    MONTH,
    QUARTER,
    HALF_YEAR,
    YEAR,
    /** Rolling: due two years after the last counted contact, or after the customer entered scope. */
    TWO_YEARS,
    /** A window starting at an event, set by the rule that creates it. */
    OCCASION;

    /** True for the kinds that tile the calendar ({@link #containing} works). */
    public boolean isCalendar() {
        return this != TWO_YEARS && this != OCCASION;
    }

    /**
     * The calendar period of this kind that contains {@code day}.
     *
     * @throws UnsupportedOperationException for {@link #TWO_YEARS} and {@link #OCCASION}
     */
    public Period containing(LocalDate day, ZoneId zone) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        LocalDate start;
        LocalDate end;
        String label;
        switch (this) {
            case DAY -> {
                start = day;
                end = day.plusDays(1);
                label = day.toString();
            }
            case ISO_WEEK -> {
                start = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                end = start.plusWeeks(1);
                label = start.get(IsoFields.WEEK_BASED_YEAR) + "-W" + twoDigits(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case MONTH -> {
                start = day.withDayOfMonth(1);
                end = start.plusMonths(1);
                label = start.getYear() + "-" + twoDigits(start.getMonthValue());
            }
            case QUARTER -> {
                int q = (day.getMonthValue() - 1) / 3;
                start = LocalDate.of(day.getYear(), q * 3 + 1, 1);
                end = start.plusMonths(3);
                label = day.getYear() + "-Q" + (q + 1);
            }
            case HALF_YEAR -> {
                int h = (day.getMonthValue() - 1) / 6;
                start = LocalDate.of(day.getYear(), h * 6 + 1, 1);
                end = start.plusMonths(6);
                label = day.getYear() + "-H" + (h + 1);
            }
            case YEAR -> {
                start = LocalDate.of(day.getYear(), 1, 1);
                end = start.plusYears(1);
                label = Integer.toString(day.getYear());
            }
            default -> throw new UnsupportedOperationException(this + " is not a calendar period");
        }
        return new Period(this, label, start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant(), zone);
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The calendar period of this kind that contains {@code instant} in {@code zone}. */
    public Period containing(Instant instant, ZoneId zone) {
        return containing(LocalDate.ofInstant(Objects.requireNonNull(instant, "instant"), zone), zone);
    }
}
