package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A half-open interval of time {@code [start, end)} an obligation counts contacts in, with a label a manager reads
 * ({@code 2025-W47}, {@code 2025-Q4}, {@code first revisit after PURCHASE O-17}). Immutable.
 *
 * @param kind  the kind of period
 * @param label how reports name it
 * @param start first instant inside
 * @param end   first instant after
 * @param zone  the zone its days are counted in
 * @param personal true when the dates reveal personal data (a contact person's birthday, C7): {@link #toString()}
 *              then hides them (I3); the instants stay available to the host
 */
public record Period(PeriodKind kind, String label, Instant start, Instant end, ZoneId zone, boolean personal) {

    private static final DateTimeFormatter LAST_MINUTE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("period " + label + ": end " + end + " must be after start " + start);
        }
    }

    /** A period whose dates are not personal data. */
    public Period(PeriodKind kind, String label, Instant start, Instant end, ZoneId zone) {
        this(kind, label, start, end, zone, false);
    }

    /** A window set by an event: {@code [start, end)}. */
    public static Period occasion(String label, Instant start, Instant end, ZoneId zone) {
        return new Period(PeriodKind.OCCASION, label, start, end, zone, false);
    }

    /** A window whose dates are personal data (a birthday): printed masked. */
    public static Period personalOccasion(String label, Instant start, Instant end, ZoneId zone) {
        return new Period(PeriodKind.OCCASION, label, start, end, zone, true);
    }

    /** A window of whole days in {@code zone}: from the start of {@code first} to the end of {@code last}. */
    public static Period days(PeriodKind kind, String label, LocalDate first, LocalDate last, ZoneId zone) {
        return new Period(kind, label, first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** True once {@code asOf} has reached the end. */
    public boolean isClosedAt(Instant asOf) {
        return !asOf.isBefore(end);
    }

    /** The same period starting later (the customer entered scope mid-period). */
    public Period from(Instant later) {
        return later.isAfter(start) ? new Period(kind, label, later, end, zone, personal) : this;
    }

    /** The previous calendar period of the same kind. */
    public Period previous() {
        if (!kind.isCalendar()) {
            throw new UnsupportedOperationException(kind + " periods have no calendar predecessor");
        }
        return kind.containing(start.minusSeconds(1), zone);
    }

    /** The next calendar period of the same kind. */
    public Period next() {
        if (!kind.isCalendar()) {
            throw new UnsupportedOperationException(kind + " periods have no calendar successor");
        }
        return kind.containing(end, zone);
    }

    /** The last minute inside, as a deadline reads: {@code Sun 2025-11-23 23:59 Asia/Shanghai}. */
    public String lastMinute() {
        return LAST_MINUTE.format(end.minusSeconds(60).atZone(zone)) + " " + zone.getId();
    }

    /** How an instant reads in this period's zone: {@code Mon 2025-11-24 00:00}. */
    public String local(Instant instant) {
        return LAST_MINUTE.format(instant.atZone(zone));
    }

    @Override
    public String toString() {
        return personal ? label + " [dates masked]" : label + " [" + local(start) + ", " + local(end) + ")";
    }
}
