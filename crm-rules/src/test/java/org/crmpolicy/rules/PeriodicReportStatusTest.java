package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.deadline.ReportKind;
import org.crmpolicy.deadline.ReportReview;
import org.crmpolicy.deadline.ReportStatus;
import org.crmpolicy.deadline.ReportSubmission;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ObligationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * D11-D13, D15, D16 as obligations: a host records each report's submission, and each report period is MET, DUE,
 * AT_RISK or OVERDUE as of an instant, a missed or late report a VIOLATION naming its rule. "By July 10" = before
 * 24:00 at the end of July 10 (Asia/Shanghai); AT_RISK from the start of the 3rd last working day on or before the
 * due day (D13: the 10th), on the shipped mainland-China calendar.
 */
class PeriodicReportStatusTest {

    /** kind, period, due day (the last day on time), due instant (first late instant), AT_RISK from. */
    private static final String REPORTS = """
            SATISFACTION_SURVEY_REPORT,           2025-H1, 2025-07-10, 2025-07-11T00:00, 2025-07-08T00:00
            COMPLAINT_SUMMARY,                    2025-06, 2025-07-05, 2025-07-06T00:00, 2025-07-02T00:00
            SERVICE_REPORT,                       2025-Q2, 2025-07-05, 2025-07-06T00:00, 2025-07-02T00:00
            UNIT_EVALUATION_RESULTS,              2025-06, 2025-07-05, 2025-07-06T00:00, 2025-07-02T00:00
            INTERNAL_REVIEW,                      2025-Q2, 2025-06-30, 2025-07-01T00:00, 2025-06-17T00:00
            CONTRACT_EXECUTION_STATISTICS,        2025-06, 2025-07-05, 2025-07-06T00:00, 2025-07-02T00:00
            REPORTED_PROBLEM_ANALYSIS,            2025-Q2, 2025-07-10, 2025-07-11T00:00, 2025-07-08T00:00
            TECHNICAL_SERVICE_EVALUATION_SUMMARY, 2025-H1, 2025-07-10, 2025-07-11T00:00, 2025-07-08T00:00
            """;

    private static ReportReview reports(String from, String to, List<ReportSubmission> submissions, Instant asOf) {
        return DeadlineFixtures.policy().deadlines().reports(LocalDate.parse(from), LocalDate.parse(to), submissions, asOf);
    }

    private static ReportReview onDueDay(String dueDay, List<ReportSubmission> submissions, Instant asOf) {
        return reports(dueDay, dueDay, submissions, asOf);
    }

    private static ReportStatus status(ReportReview review, ReportKind kind, String period) {
        return review.status(kind, period).orElseThrow(() -> new AssertionError("no status for " + kind + " " + period
                + " in " + review.statuses()));
    }

    private static List<Finding> findingsFor(ReportReview review, ReportKind kind, String period) {
        return review.findings().stream().filter(f -> f.subjectId().equals(kind.name() + "/" + period)).toList();
    }

    private static ReportSubmission submitted(ReportKind kind, String period, Instant at) {
        return ReportSubmission.of(kind, period, at, "BUSINESS_UNIT");
    }

    @ParameterizedTest(name = "{0} {1} submitted at the last minute before {3} is MET")
    @CsvSource(textBlock = REPORTS)
    void aReportSubmittedInTheLastMinuteOnTimeIsMet(ReportKind kind, String period, String dueDay, String due, String atRisk) {
        // given the report submitted one minute before its due instant
        Instant lastMinute = sh(due).minus(Duration.ofMinutes(1));
        // when reviewed a day after it was due
        ReportReview review = onDueDay(dueDay, List.of(submitted(kind, period, lastMinute)), sh(due).plus(Duration.ofDays(1)));
        // then
        ReportStatus s = status(review, kind, period);
        assertThat(s.state()).isEqualTo(ObligationState.MET);
        assertThat(s.isLate()).isFalse();
        assertThat(s.submission().submittedAt()).isEqualTo(lastMinute);
        assertThat(findingsFor(review, kind, period)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} submitted a minute after {3} is late")
    @CsvSource(textBlock = REPORTS)
    void aReportSubmittedAMinuteLateIsOverdueWithALateFinding(ReportKind kind, String period, String dueDay, String due,
            String atRisk) {
        // given the report submitted one minute after its due instant
        Instant late = sh(due).plus(Duration.ofMinutes(1));
        // when
        ReportReview review = onDueDay(dueDay, List.of(submitted(kind, period, late)), sh(due).plus(Duration.ofDays(1)));
        // then
        ReportStatus s = status(review, kind, period);
        assertThat(s.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(s.isLate()).isTrue();
        assertThat(s.overdueBy()).isEqualTo(Duration.ofMinutes(1));
        assertThat(findingsFor(review, kind, period)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(kind.ruleId());
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message()).contains("submitted late").contains("1 min after it was due");
            assertThat(f.evidence()).containsEntry("submittedAt", late.atZone(java.time.ZoneId.of("Asia/Shanghai"))
                    .toLocalDateTime().toString().replace('T', ' ') + " Asia/Shanghai")
                    .containsEntry("period", period).containsEntry("lastOnTimeDate", dueDay);
            assertThat(f.due()).isEqualTo(sh(due));
            assertThat(f.responsible()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} {1} submitted exactly at {3} is late")
    @CsvSource(textBlock = REPORTS)
    void aReportSubmittedAtItsDueInstantIsLate(ReportKind kind, String period, String dueDay, String due, String atRisk) {
        ReportReview review = onDueDay(dueDay, List.of(submitted(kind, period, sh(due))), sh(due));

        assertThat(status(review, kind, period).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(findingsFor(review, kind, period)).extracting(Finding::severity).containsExactly(Severity.VIOLATION);
    }

    @ParameterizedTest(name = "{0} {1} not submitted: OVERDUE from {3}, AT_RISK the minute before")
    @CsvSource(textBlock = REPORTS)
    void aReportNotSubmittedIsOverdueFromItsDueInstant(ReportKind kind, String period, String dueDay, String due, String atRisk) {
        // given nothing submitted
        // when reviewed at the due instant, and one minute before it
        ReportReview atDue = onDueDay(dueDay, List.of(), sh(due));
        ReportReview before = onDueDay(dueDay, List.of(), sh(due).minus(Duration.ofMinutes(1)));
        // then
        assertThat(status(atDue, kind, period).state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(status(atDue, kind, period).submission()).isNull();
        assertThat(findingsFor(atDue, kind, period)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(kind.ruleId());
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message()).contains("was not submitted by the end of " + dueDay);
            assertThat(f.evidence()).containsEntry("overdueBy", "PT0S").doesNotContainKey("submittedAt");
        });
        assertThat(status(before, kind, period).state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(findingsFor(before, kind, period)).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @ParameterizedTest(name = "{0} {1} not submitted: DUE until {4}, AT_RISK from then")
    @CsvSource(textBlock = REPORTS)
    void aReportNotSubmittedIsDueUntilItsLeadAndAtRiskFromThen(ReportKind kind, String period, String dueDay, String due,
            String atRisk) {
        ReportReview justBefore = onDueDay(dueDay, List.of(), sh(atRisk).minusNanos(1));
        ReportReview from = onDueDay(dueDay, List.of(), sh(atRisk));

        assertThat(status(justBefore, kind, period).state()).isEqualTo(ObligationState.DUE);
        assertThat(findingsFor(justBefore, kind, period)).isEmpty();
        assertThat(status(from, kind, period).state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(status(from, kind, period).atRiskFrom()).isEqualTo(sh(atRisk));
        assertThat(findingsFor(from, kind, period)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(kind.ruleId());
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.due()).isEqualTo(sh(due));
        });
    }

    @Test
    void d11IsDueByJanuary10ForTheSecondHalfYear() {
        // given the second half of 2025, surveyed and reported on January 10, 2026 at 23:59
        ReportReview review = reports("2026-01-01", "2026-01-31", List.of(
                submitted(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H2", sh("2026-01-10T23:59"))), sh("2026-02-01T00:00"));
        // then
        ReportStatus s = status(review, ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H2");
        assertThat(s.due().due()).isEqualTo(sh("2026-01-11T00:00"));
        assertThat(s.state()).isEqualTo(ObligationState.MET);
    }

    @Test
    void aMissedReportNamesItsRuleSubjectResponsibleAndRecipient() {
        ReportReview review = onDueDay("2025-07-10", List.of(), sh("2025-07-14T09:30"));

        Finding f = findingsFor(review, ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1").get(0);
        assertThat(f.subjectId()).isEqualTo("SATISFACTION_SURVEY_REPORT/2025-H1");
        assertThat(f.message()).isEqualTo("D11 satisfaction survey report for 2025-H1 (BUSINESS_UNIT to MARKETING_DEPARTMENT)"
                + " was not submitted by the end of 2025-07-10 (due 2025-07-11 00:00 Asia/Shanghai); overdue by 3 days 9 h 30 min");
        assertThat(f.responsible()).isEqualTo("BUSINESS_UNIT");
        assertThat(f.evidence()).containsEntry("recipient", "MARKETING_DEPARTMENT")
                .containsEntry("report", "satisfaction survey report").containsEntry("due", "2025-07-11 00:00 Asia/Shanghai");
    }

    @Test
    void theEarliestSubmissionCountsAndALaterOneDoesNotUndoIt() {
        ReportReview review = onDueDay("2025-07-05", List.of(
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06", sh("2025-07-09T10:00")),
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06", sh("2025-07-03T10:00"))), sh("2025-07-10T00:00"));

        ReportStatus s = status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06");
        assertThat(s.state()).isEqualTo(ObligationState.MET);
        assertThat(s.submission().submittedAt()).isEqualTo(sh("2025-07-03T10:00"));
    }

    @Test
    void aSubmissionAfterAsOfIsNotSeen() {
        // given a submission on July 4 and a review as of July 3
        ReportReview review = onDueDay("2025-07-05", List.of(
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06", sh("2025-07-04T10:00"))), sh("2025-07-03T12:00"));
        // then it is still open
        assertThat(status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06").state()).isEqualTo(ObligationState.AT_RISK);
    }

    @Test
    void aSubmissionForAnotherReportOrPeriodDoesNotCount() {
        ReportReview review = onDueDay("2025-07-05", List.of(
                submitted(ReportKind.COMPLAINT_SUMMARY, "2025-06", sh("2025-07-01T10:00")),
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-05", sh("2025-06-03T10:00"))), sh("2025-07-06T00:00"));

        assertThat(status(review, ReportKind.COMPLAINT_SUMMARY, "2025-06").state()).isEqualTo(ObligationState.MET);
        assertThat(status(review, ReportKind.UNIT_EVALUATION_RESULTS, "2025-06").state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06").state()).isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void onlyPeriodsDueInTheWindowAndBegunByAsOfAreReported() {
        // given the whole of 2025, as of March 15
        ReportReview review = reports("2025-01-01", "2025-12-31", List.of(), sh("2025-03-15T12:00"));
        // then: February's statistics (due by March 5) are overdue, March's are due, April's have not begun
        assertThat(status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-02").state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-03").state()).isEqualTo(ObligationState.DUE);
        assertThat(review.status(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-04")).isEmpty();
        // December 2024's statistics were due by January 5, inside the window; the second half of 2024 too (Jan 10)
        assertThat(status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2024-12").state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(status(review, ReportKind.SATISFACTION_SURVEY_REPORT, "2024-H2").state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(review.statuses()).allSatisfy(s -> assertThat(s.due().periodStart()).isBeforeOrEqualTo(LocalDate.of(2025, 3, 15)));
        assertThat(review.statuses()).isSortedAccordingTo(java.util.Comparator.comparing(s -> s.due().due()));
    }

    @Test
    void aPeriodDueBeforeTheWindowIsNotReportedAndItsSubmissionIsIgnored() {
        ReportReview review = onDueDay("2025-07-05", List.of(
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-01", sh("2025-03-01T10:00"))), sh("2025-07-06T00:00"));

        assertThat(review.status(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-01")).isEmpty();
        assertThat(review.violations()).extracting(Finding::subjectId).doesNotContain("CONTRACT_EXECUTION_STATISTICS/2025-01");
    }

    @Test
    void findingsListViolationsFirst() {
        ReportReview review = reports("2025-07-01", "2025-07-31", List.of(), sh("2025-07-09T12:00"));

        assertThat(review.findings()).extracting(Finding::severity).containsSubsequence(Severity.VIOLATION, Severity.WARNING)
                .isSortedAccordingTo(java.util.Comparator.comparing((Severity s) -> s != Severity.VIOLATION));
        assertThat(review.violations()).extracting(f -> f.ruleId().value()).containsOnly("D12", "D15");
        assertThat(review.withState(ObligationState.AT_RISK)).extracting(s -> s.ruleId().value()).containsOnly("D11", "D16");
    }

    @Test
    void aSubmissionForAQuarterOfAHalfYearlyReportCoversNothingAndIsRefused() {
        assertThatThrownBy(() -> onDueDay("2025-07-10", List.of(
                submitted(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-Q2", sh("2025-07-01T10:00"))), sh("2025-07-11T00:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SATISFACTION_SURVEY_REPORT").hasMessageContaining("2025-Q2")
                .hasMessageContaining("HALF_YEAR").hasMessageContaining("2025-H1");
    }

    @Test
    void aSubmissionBeforeItsPeriodBeganIsRefused() {
        assertThatThrownBy(() -> onDueDay("2025-07-05", List.of(
                submitted(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06", sh("2025-05-31T23:59"))), sh("2025-07-06T00:00")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-06").hasMessageContaining("submittedAt").hasMessageContaining("2025-06-01");
    }

    @Test
    void aSubmissionAtTheFirstInstantOfItsPeriodIsAccepted() {
        ReportReview review = onDueDay("2025-06-30", List.of(
                submitted(ReportKind.INTERNAL_REVIEW, "2025-Q2", sh("2025-04-01T00:00"))), sh("2025-07-01T00:00"));

        assertThat(status(review, ReportKind.INTERNAL_REVIEW, "2025-Q2").state()).isEqualTo(ObligationState.MET);
    }

    @Test
    void nullsAndAReversedWindowAreRefusedNamingTheArgument() {
        var deadlines = DeadlineFixtures.policy().deadlines();
        LocalDate day = LocalDate.of(2025, 7, 5);
        assertThatThrownBy(() -> deadlines.reports(day, day, null, sh("2025-07-06T00:00")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("submissions");
        assertThatThrownBy(() -> deadlines.reports(day, day, java.util.Arrays.asList((ReportSubmission) null), sh("2025-07-06T00:00")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("submissions");
        assertThatThrownBy(() -> deadlines.reports(day, day, List.of(), null))
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> deadlines.reports(day, day.minusDays(1), List.of(), sh("2025-07-06T00:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-07-04");
    }

    @Test
    void theDatesTheSourcesLeaveOpenAreParameters() {
        // given D15 due 10 days after the month and a one-day AT_RISK lead
        CrmPolicy policy = CrmPolicy.builder().parameter("D15.statistics-days-after-month", "10")
                .parameter("D15.at-risk-working-days", "1").build();
        // when
        ReportReview review = policy.deadlines().reports(LocalDate.of(2025, 7, 10), LocalDate.of(2025, 7, 10), List.of(),
                sh("2025-07-09T12:00"));
        // then June's statistics are due by the end of July 10, and only the 10th itself is AT_RISK
        ReportStatus s = status(review, ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06");
        assertThat(s.due().due()).isEqualTo(sh("2025-07-11T00:00"));
        assertThat(s.state()).isEqualTo(ObligationState.DUE);
        assertThat(s.atRiskFrom()).isEqualTo(sh("2025-07-10T00:00"));
    }

    @Test
    void reportsDueStillListsTheDueDates() {
        assertThat(DeadlineFixtures.policy().deadlines().reportsDue(LocalDate.of(2025, 7, 5), LocalDate.of(2025, 7, 5)))
                .extracting(r -> r.kind().orElseThrow())
                .containsExactlyInAnyOrder(ReportKind.COMPLAINT_SUMMARY, ReportKind.SERVICE_REPORT,
                        ReportKind.UNIT_EVALUATION_RESULTS, ReportKind.CONTRACT_EXECUTION_STATISTICS);
    }
}
