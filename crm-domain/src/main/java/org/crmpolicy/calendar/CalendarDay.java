package org.crmpolicy.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One line of calendar data: a date, whether it is a holiday or a working day, and why.
 *
 * <p>The text form, used by the shipped resource and by host files, is {@code date,KIND,name}, e.g.
 * {@code 2025-01-26,WORKDAY,Spring Festival make-up working day}.
 *
 * @param date the date, never null
 * @param kind HOLIDAY or WORKDAY, never null
 * @param name a short human-readable reason, never blank
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public CalendarDay {
        Objects.requireNonNull(date, "calendar day date must not be null");
        Objects.requireNonNull(kind, "calendar day kind must not be null (expected HOLIDAY or WORKDAY)");
        Objects.requireNonNull(name, "calendar day name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("calendar day " + date + " has a blank name; give the reason, e.g. 'National Day'");
        }
    }

    /** A day off named {@code name}. */
    public static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.HOLIDAY, name);
    }

    /** A working day named {@code name} (e.g. a make-up Sunday). */
    public static CalendarDay workday(LocalDate date, String name) {
        return new CalendarDay(date, DayKind.WORKDAY, name);
    }

    /**
     * Parses {@code date,KIND,name}.
     *
     * @throws IllegalArgumentException naming the line when it is malformed
     */
    public static CalendarDay parse(String line) {
        Objects.requireNonNull(line, "calendar line must not be null");
        String[] parts = line.split(",", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("calendar line '" + line + "' is malformed: expected date,HOLIDAY|WORKDAY,name");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[0].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("calendar line '" + line + "' has date '" + parts[0].strip()
                    + "': expected yyyy-MM-dd", e);
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(parts[1].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("calendar line '" + line + "' has kind '" + parts[1].strip()
                    + "': expected HOLIDAY or WORKDAY", e);
        }
        return new CalendarDay(date, kind, parts[2].strip());
    }

    /** The text form {@code date,KIND,name}. */
    public String toLine() {
        return date + "," + kind + "," + name;
    }
}
