package org.crmpolicy.complaint;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /**
     * The ISO weeks (Monday 00:00 to Monday 00:00 in {@code zone}) the complaint was in handling from their start, up
     * to the week of {@code asOf}: whole weeks of a finished handling period, and every week since the start of an
     * ongoing one that has begun before {@code asOf} (the current week included, as a running obligation).
     */
    public static List<ComplaintWeek> inHandling(Complaint complaint, Instant asOf, ZoneId zone) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        List<ComplaintWeek> weeks = new ArrayList<>();
        String unit = complaint.registration() == null ? null : complaint.registration().acceptingUnit().code();
        for (Interval period : complaint.handlingPeriods()) {
            LocalDate monday = LocalDate.ofInstant(period.start(), zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (monday.atStartOfDay(zone).toInstant().isBefore(period.start())) {
                monday = monday.plusWeeks(1);
            }
            for (; ; monday = monday.plusWeeks(1)) {
                Instant start = monday.atStartOfDay(zone).toInstant();
                Instant end = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
                if (!start.isBefore(asOf) || (period.end() != null && period.end().isBefore(end))) {
                    break;
                }
                List<ProgressReport> reports = complaint.progressReports().stream()
                        .filter(r -> !r.at().isBefore(start) && r.at().isBefore(end)).toList();
                ZonedDateTime z = start.atZone(zone);
                String label = String.format("%d-W%02d", z.get(IsoFields.WEEK_BASED_YEAR),
                        z.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                weeks.add(new ComplaintWeek(complaint.id(), label, start, end, reports, unit));
            }
        }
        return weeks;
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
