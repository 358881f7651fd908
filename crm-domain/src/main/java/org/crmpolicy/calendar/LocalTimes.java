package org.crmpolicy.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How every message of the policy prints an instant: local time in the policy's zone, with the zone, seconds only when
 * not zero, e.g. {@code 2025-11-25 10:00 Asia/Shanghai}. One format for deadlines, complaints, revisits and
 * information acts alike (issue 19: messages print time one way).
 */
public final class LocalTimes {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

    private LocalTimes() {
    }

    /** {@code instant} as local time in {@code zone} followed by the zone's ID. */
    public static String format(Instant instant, ZoneId zone) {
        ZonedDateTime z = instant.atZone(zone);
        DateTimeFormatter format = z.getSecond() == 0 && z.getNano() == 0 ? MINUTES : z.getNano() == 0 ? SECONDS : NANOS;
        return format.format(z) + " " + zone.getId();
    }
}
