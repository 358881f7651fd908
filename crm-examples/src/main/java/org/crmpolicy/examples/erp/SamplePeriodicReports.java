package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.crmpolicy.deadline.ReportDue;
import org.crmpolicy.deadline.ReportKind;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The sample ERP's record of periodic reports (D11-D13, D15, D16), as a company in order keeps it: every report the
 * policy made due in the year up to the sample's day ({@code policy.deadlines().reportsDue}), submitted by its
 * responsible unit one to five days before its due day, except about one in ten submitted one to ten days late and
 * about one in twelve not submitted at all. Reports due later are not submitted yet. Whatever the draw, the company
 * has its few known slips: the last satisfaction survey report (D11) due before the day was submitted three days late,
 * and the last customer-reported problem analysis (D16) due before the day was not submitted. The same seed and day
 * give the same rows.
 */
public final class SamplePeriodicReports {

    /** How late the sample's chosen D11 report came. */
    private static final Duration LATE_BY = Duration.ofDays(3).plusHours(10);

    private SamplePeriodicReports() {
    }

    /** The last report of {@code kind} in {@code dues} due before {@code before}, or {@code null}. */
    private static ReportDue last(List<ReportDue> dues, ReportKind kind, Instant before) {
        ReportDue last = null;
        for (ReportDue d : dues) {
            if (d.kind().equals(Optional.of(kind)) && d.due().isBefore(before)
                    && (last == null || d.due().isAfter(last.due()))) {
                last = d;
            }
        }
        return last;
    }

    /**
     * Loads the sample's submissions unless {@code periodic_report} already has rows.
     *
     * @return the number of rows inserted (0 when the table was already filled)
     */
    public static int loadIfEmpty(DataSource dataSource, CrmPolicy policy, long seed, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM periodic_report")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return 0;
                }
            }
            c.setAutoCommit(false);
            int inserted = 0;
            SplittableRandom r = new SplittableRandom(seed * 1_000_003L + day.toEpochDay());
            Instant end = day.plusDays(1).atStartOfDay(policy.zone()).toInstant();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO periodic_report (report_kind, period,"
                    + " submitted_at, submitted_by) VALUES (?, ?, ?, ?)")) {
                List<ReportDue> dues = policy.deadlines().reportsDue(day.minusYears(1), day);
                ReportDue late = last(dues, ReportKind.SATISFACTION_SURVEY_REPORT, end.minus(LATE_BY).minus(Duration.ofDays(1)));
                ReportDue missing = last(dues, ReportKind.REPORTED_PROBLEM_ANALYSIS, end);
                for (ReportDue due : dues) {
                    int fate = r.nextInt(120);
                    if (fate < 10 || due.kind().isEmpty() || due == missing) {
                        continue;   // not submitted
                    }
                    Instant at = due == late ? due.due().plus(LATE_BY)
                            : fate < 22
                            ? due.due().plus(Duration.ofDays(r.nextInt(10)).plusHours(10))    // late
                            : due.due().minus(Duration.ofDays(1 + r.nextInt(5))).minus(Duration.ofHours(14));
                    Instant periodStart = due.periodStart().atStartOfDay(policy.zone()).toInstant();
                    if (at.isBefore(periodStart)) {
                        at = periodStart.plus(Duration.ofHours(10));
                    }
                    if (!at.isBefore(end)) {
                        continue;   // would be submitted after the sample's day
                    }
                    ps.setString(1, due.kind().orElseThrow().name());
                    ps.setString(2, due.period());
                    ps.setObject(3, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    ps.setString(4, due.responsible());
                    ps.addBatch();
                    inserted++;
                }
                ps.executeBatch();
            }
            c.commit();
            return inserted;
        } catch (SQLException e) {
            throw new ErpDataException("load the sample periodic reports", e);
        }
    }
}
