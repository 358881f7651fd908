package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.deadline.ReportReview;
import org.crmpolicy.deadline.ReportStatus;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.rules.CrmPolicy;
import org.junit.jupiter.api.Test;

/**
 * The job judges the company's periodic reports (D11-D13, D15, D16) once per run, after the last chunk, and stores
 * each finding once under the customer column COMPANY.
 */
class PeriodicReportsAreaTest {

    private static final CrmPolicy POLICY = ErpFixtures.policy();

    @Test
    void aReportSubmittedInTheLastMinuteOfItsDueDayIsMetAndOneSubmittedAtMidnightIsAStoredCompanyViolation()
            throws Exception {
        // given: D11's first half-year is due by July 10, D15's June statistics by July 5 (both: the end of that day)
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 40);
        insert(ds, "SATISFACTION_SURVEY_REPORT", "2025-H1", shanghai(2025, 7, 10, 23, 59));
        insert(ds, "CONTRACT_EXECUTION_STATISTICS", "2025-06", shanghai(2025, 7, 6, 0, 0));
        ComplianceJob job = job(ds);

        // when
        RunSummary first = job.run(DAY, AS_OF);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM policy_run");
        }
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE subject_id = 'SATISFACTION_SURVEY_REPORT/2025-H1'"))
                .isZero();
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE subject_id = 'CONTRACT_EXECUTION_STATISTICS/2025-06'"
                + " AND rule_id = 'D15' AND severity = 'VIOLATION' AND customer_id = 'COMPANY'")).isEqualTo(1);
        assertThat(first.findingsWritten()).isPositive();
        assertThat(again.findingsWritten()).as("a re-run stores nothing new").isZero();
        assertThat(again.findingsTotal()).isEqualTo(first.findingsTotal());
    }

    @Test
    void aReportNotSubmittedByItsDueDayIsAViolationWhileOneDueBeforeTheWindowIsNotJudged() throws Exception {
        // given: nothing submitted; the window starts one year before the run's day (2024-11-24)
        DataSource ds = ErpFixtures.freshH2();

        // when
        ReportReview review;
        try (Connection c = ds.getConnection()) {
            review = new PeriodicReportsArea(POLICY).review(c, AS_OF);
        }

        // then
        assertThat(review.violations()).extracting(Finding::subjectId)
                .contains("INTERNAL_REVIEW/2025-Q3", "CONTRACT_EXECUTION_STATISTICS/2025-10",
                        "SATISFACTION_SURVEY_REPORT/2025-H1")
                .doesNotContain("INTERNAL_REVIEW/2024-Q3", "CONTRACT_EXECUTION_STATISTICS/2024-09");
        assertThat(review.violations()).extracting(f -> f.ruleId().value())
                .containsOnly("D11", "D12", "D13", "D15", "D16");
        assertThat(review.statuses()).allMatch(s -> !s.due().due().isBefore(
                DAY.minusYears(1).atStartOfDay(POLICY.zone()).toInstant()));
    }

    @Test
    void theSamplesReportsAreMostlyOnTimeWithAFewLateAndAFewMissing() throws Exception {
        // given
        DataSource ds = ErpFixtures.freshH2();
        int rows = SamplePeriodicReports.loadIfEmpty(ds, POLICY, ErpFixtures.SEED, DAY);

        // when
        ReportReview review;
        try (Connection c = ds.getConnection()) {
            review = new PeriodicReportsArea(POLICY).review(c, AS_OF);
        }

        // then
        List<ReportStatus> due = review.statuses().stream().filter(s -> !s.due().due().isAfter(AS_OF)).toList();
        long met = due.stream().filter(ReportStatus::isMet).count();
        long late = due.stream().filter(ReportStatus::isLate).count();
        long missing = due.stream().filter(s -> s.state() == ObligationState.OVERDUE && s.submission() == null).count();
        assertThat(rows).isPositive();
        assertThat(met).as("most reports on time").isGreaterThan(due.size() * 3L / 4);
        assertThat(late).as("a few late").isPositive();
        assertThat(missing).as("a few missing").isPositive();
        assertThat(met + late + missing).isEqualTo(due.size());
        assertThat(SamplePeriodicReports.loadIfEmpty(ds, POLICY, ErpFixtures.SEED, DAY)).as("loads once").isZero();
    }

    @Test
    void aStoredSubmissionForAPeriodOfTheWrongCadenceFailsTheRunNamingTheRow() throws Exception {
        // given: the satisfaction survey report is half-yearly, not quarterly
        DataSource ds = ErpFixtures.freshH2();
        insert(ds, "SATISFACTION_SURVEY_REPORT", "2025-Q2", shanghai(2025, 7, 1, 10, 0));

        // when / then
        try (Connection c = ds.getConnection()) {
            assertThatThrownBy(() -> new PeriodicReportsArea(POLICY).review(c, AS_OF))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SATISFACTION_SURVEY_REPORT")
                    .hasMessageContaining("2025-Q2");
        }
    }

    private static ComplianceJob job(DataSource ds) {
        return ComplianceJob.builder(ds, POLICY).chunkSize(40).companyArea(new PeriodicReportsArea(POLICY)).build();
    }

    private static Instant shanghai(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(POLICY.zone()).toInstant();
    }

    private static void insert(DataSource ds, String kind, String period, Instant at) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO periodic_report"
                + " (report_kind, period, submitted_at, submitted_by) VALUES (?, ?, ?, 'BUSINESS_UNIT')")) {
            ps.setString(1, kind);
            ps.setString(2, period);
            ps.setObject(3, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        }
    }
}
