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
        java.time.ZonedDateTime z = instant.atZone(zone);
        String pattern = z.getSecond() == 0 && z.getNano() == 0 ? "uuuu-MM-dd HH:mm"
                : z.getNano() == 0 ? "uuuu-MM-dd HH:mm:ss" : "uuuu-MM-dd HH:mm:ss.SSSSSSSSS";
        return java.time.format.DateTimeFormatter.ofPattern(pattern).format(z) + " " + zone.getId();
    }

    /** The calendar day of {@code asOf} in the policy's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(asOf, zone);
    }
}
