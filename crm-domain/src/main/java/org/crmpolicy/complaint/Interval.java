package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time in a complaint's life: a period of handling, or a wait for the customer.
 *
 * @param start when it began
 * @param end   when it ended (exclusive), or {@code null} while it lasts
 */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "interval.start must not be null");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval.end = " + end + " is before start = " + start);
        }
    }

    /** True while it lasts. */
    public boolean isOpen() {
        return end == null;
    }

    /** True when {@code instant} lies in {@code [start, end)}. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && (end == null || instant.isBefore(end));
    }

    /** True when the interval covers all of {@code [from, to)}. */
    public boolean covers(Instant from, Instant to) {
        return !start.isAfter(from) && (end == null || !end.isBefore(to));
    }
}
