package org.crmpolicy.rules.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The "now" of one evaluation, inserted as a fact so rules never read the system clock: the policy instant and
 * the calendar day it falls on in the policy's time zone.
 *
 * @param asOf  the instant the policy is evaluated at
 * @param zone  the policy's time zone (default Asia/Shanghai)
 */
public record EvaluationContext(Instant asOf, ZoneId zone) {

    public EvaluationContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * An instant as every message of the policy prints it: local time in the policy's zone, seconds only when not
     * zero, e.g. {@code 2025-11-25 10:00 Asia/Shanghai}.
     */
    public String local(Instant instant) {
        return org.crmpolicy.calendar.LocalTimes.format(instant, zone);
    }

    /** The calendar day of {@code asOf} in the policy's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(asOf, zone);
    }
}
