package org.crmpolicy.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stretch of a complaint's handling that D7 judges: from the start of a handling period (registration or a
 * reopening) or from the previous progress report to one audience, the next report to that audience is owed within
 * the allowed gap. "At least twice per week" (每周不少于2次, 003 §16(三)2) is read as "never longer than half a week
 * without a report while in handling" — the gap is the D7 table row of the rules ({@code "D7 Table: ..."}, which
 * reads the policy parameter {@code D7.max-hours-between-progress-reports}, 84 clock hours by default). No week of handling is exempt: the registration week and the week that ends with the
 * resolution are covered like any other, because the gap runs from the start of handling and only the result told to
 * the customer (the resolution) ends it.
 *
 * @param complaintId   which complaint
 * @param audience      who the report is owed to
 * @param number        the 1-based number of the stretch within its handling period and audience
 * @param from          when the stretch started: the start of handling or the previous report to {@code audience}
 * @param due           {@code from} plus the allowed gap (exclusive: a report at {@code due} is late)
 * @param reportedAt    the next report to {@code audience} after {@code from} within the handling period, or
 *                      {@code null} while none was made
 * @param acceptingUnit the unit that owes the reports (受理单位), or {@code null} when the complaint is unregistered
 */
public record ProgressInterval(ComplaintId complaintId, ProgressAudience audience, int number, Instant from,
                               Instant due, Instant reportedAt, String acceptingUnit) {

    public ProgressInterval {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(due, "due");
        if (!due.isAfter(from)) {
            throw new IllegalArgumentException("progress interval " + number + " of complaint " + complaintId
                    + ": due " + due + " is not after from " + from);
        }
    }

    /**
     * The stretches D7 judges for {@code complaint} up to {@code asOf}, per handling period and audience, oldest first.
     * A stretch ends with the next report to its audience (on time or late); the last one of a period is either still
     * running (no report yet, handling goes on), breached (no report before {@code due}), or not owed because the
     * result was told before {@code due}. The work is bounded by the number of reports and handling periods.
     *
     * @param maxGap the longest allowed time without a report, positive
     */
    public static List<ProgressInterval> inHandling(Complaint complaint, Instant asOf, Duration maxGap) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(maxGap, "maxGap must not be null");
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive, got " + maxGap);
        }
        String unit = complaint.registration() == null ? null : complaint.registration().acceptingUnit().code();
        List<ProgressInterval> intervals = new ArrayList<>();
        for (Interval period : complaint.handlingPeriods()) {
            for (ProgressAudience audience : ProgressAudience.values()) {
                List<Instant> reports = complaint.progressReports().stream()
                        .filter(r -> r.reached(audience))
                        .map(ProgressReport::at)
                        .filter(at -> !at.isBefore(period.start())
                                && (period.end() == null || at.isBefore(period.end())))
                        .sorted()
                        .toList();
                if (period.start().isAfter(asOf)) {
                    continue;
                }
                Instant anchor = period.start();
                int next = 0;
                for (int number = 1; !anchor.isAfter(asOf); number++) {
                    Instant due = anchor.plus(maxGap);
                    Instant report = next < reports.size() ? reports.get(next) : null;
                    if (report == null && period.end() != null && period.end().isBefore(due)) {
                        break; // the result was told before the next report fell due
                    }
                    intervals.add(new ProgressInterval(complaint.id(), audience, number, anchor, due, report, unit));
                    if (report == null) {
                        break;
                    }
                    anchor = report;
                    while (next < reports.size() && !reports.get(next).isAfter(anchor)) {
                        next++; // reports at the same instant count once
                    }
                }
            }
        }
        return intervals;
    }

    /** True when the stretch was closed by a report before {@code due}. */
    public boolean isMetOnTime() {
        return reportedAt != null && reportedAt.isBefore(due);
    }
}
