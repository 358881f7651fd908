package org.crmpolicy.deadline;

import java.time.Duration;

/** How the deadline messages print a duration: {@code 3 days 4 h 5 min}, seconds only when there are some. */
final class Durations {

    private Durations() {
    }

    /**
     * {@code 1 day 2 h}, {@code 1 h 30 min}, {@code 19 min 21 s}, {@code 30 s}; each part only when it is not zero,
     * {@code 0 s} for zero. A negative duration is printed as its length.
     */
    static String readable(Duration d) {
        long seconds = Math.abs(d.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        StringBuilder text = new StringBuilder();
        append(text, days, days == 1 ? " day" : " days");
        append(text, hours, " h");
        append(text, minutes, " min");
        append(text, secs, " s");
        return text.isEmpty() ? "0 s" : text.toString();
    }

    private static void append(StringBuilder text, long n, String unit) {
        if (n > 0) {
            text.append(text.isEmpty() ? "" : " ").append(n).append(unit);
        }
    }
}
