package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ProgressAudience;
import org.crmpolicy.complaint.ProgressReport;

/**
 * One ISO week (Monday 00:00 to the next Monday 00:00 in the policy's zone) during which a complaint was in handling
 * from its start, with the progress reports made in it: the unit D7 counts in. The week of registration and the week
 * of resolution, when the complaint was in handling for only part of them, are not weeks in this sense.
 *
 * @param complaintId   which complaint
 * @param week          the ISO week, e.g. {@code 2025-W48}
 * @param start         Monday 00:00
 * @param end           the next Monday 00:00
 * @param reports       the progress reports made in the week, oldest first
 * @param acceptingUnit the unit that owes the reports (受理单位)
 */
public record ComplaintWeek(ComplaintId complaintId, String week, Instant start, Instant end,
                            List<ProgressReport> reports, String acceptingUnit) {

    public ComplaintWeek {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        reports = List.copyOf(reports);
    }

    /** How many reports of the week reached {@code audience}. */
    public int reportsTo(ProgressAudience audience) {
        return (int) reports.stream().filter(r -> r.reached(audience)).count();
    }

    /** The instant of the {@code n}-th report (1-based) of the week that reached {@code audience}, or {@code null}. */
    public Instant nthReportTo(ProgressAudience audience, int n) {
        List<ProgressReport> reached = reports.stream().filter(r -> r.reached(audience)).toList();
        return reached.size() >= n ? reached.get(n - 1).at() : null;
    }
}
