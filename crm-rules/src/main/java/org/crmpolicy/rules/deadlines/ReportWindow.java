package org.crmpolicy.rules.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days, inclusive, for which a caller asked which periodic reports fall due.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record ReportWindow(LocalDate from, LocalDate to) {

    public ReportWindow {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report window to = " + to + " is before from = " + from);
        }
    }
}
