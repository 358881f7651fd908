package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.theRefusalOf;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.deadline.ReportKind;
import org.crmpolicy.deadline.ReportSubmission;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The periodic reports D11-D13, D15 and D16 are table rows ({@code "D15 Table: ..."}), one per report, whose value is
 * the days after the period by which it is due: a host overrides one report with one rule of its name (or one
 * decision-table row) and that moves exactly that report, while every other shipped report stays in force.
 */
class ReportRowsTest {

    static final String D15 = "D15 Table: the days after each month by which the contract-execution statistics are due";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy hostD15;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.deadline.ReportCadence;
                import org.crmpolicy.deadline.ReportKind;
                import org.crmpolicy.deadline.ReportTerm;
                import org.crmpolicy.rules.deadlines.ReportWindow;
                import org.crmpolicy.rules.evaluation.PolicyParameters;

                rule "%s"
                when
                    $p : PolicyParameters()
                    exists ReportWindow()
                then
                    insert( ReportTerm.days( "D15", "7", ReportKind.CONTRACT_EXECUTION_STATISTICS, ReportCadence.MONTH,
                            "BUSINESS_UNIT", "MARKETING_DEPARTMENT", $p.integer( "D15.at-risk-working-days" ) ) );
                end
                """.formatted(D15));
        hostD15 = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    /** Every report due from 2025-06-25 to 2025-07-25 (the reports of June, Q2 and H1), by rule, report and period. */
    private static Map<String, Instant> everyReport(CrmPolicy policy) {
        Map<String, Instant> due = new LinkedHashMap<>();
        policy.deadlines().reportsDue(LocalDate.parse("2025-06-25"), LocalDate.parse("2025-07-25"))
                .forEach(r -> due.put(r.ruleId().value() + " " + r.report() + " " + r.period(), r.due()));
        return due;
    }

    private static String key(ReportKind kind, String period) {
        return kind.ruleId().value() + " " + kind.title() + " " + period;
    }

    @Test
    void aOneRowOverrideOfTheContractStatisticsMovesThatReportAndNoOther() {
        Map<String, Instant> host = everyReport(hostD15);
        Map<String, Instant> shipped = everyReport(SHIPPED);
        String statistics = key(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06");

        assertThat(shipped).hasSize(8).containsEntry(statistics, sh("2025-07-06T00:00"));
        assertThat(host).containsEntry(statistics, sh("2025-07-08T00:00"));
        host.remove(statistics);
        shipped.remove(statistics);
        assertThat(host).isEqualTo(shipped)
                .containsEntry(key(ReportKind.COMPLAINT_SUMMARY, "2025-06"), sh("2025-07-06T00:00"))
                .containsEntry(key(ReportKind.INTERNAL_REVIEW, "2025-Q2"), sh("2025-07-01T00:00"))
                .containsEntry(key(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1"), sh("2025-07-11T00:00"));
    }

    @ParameterizedTest(name = "June statistics submitted at {0}: host {1}, shipped {2}")
    @CsvSource({"2025-07-05T23:59, MET, MET", "2025-07-06T00:00, MET, OVERDUE", "2025-07-07T23:59, MET, OVERDUE",
            "2025-07-08T00:00, OVERDUE, OVERDUE"})
    void theDueDayMovesFromThe5thToThe7thOnBothSides(String submittedAt, ObligationState host, ObligationState shipped) {
        var submission = List.of(ReportSubmission.of(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06",
                sh(submittedAt), "BUSINESS_UNIT"));
        LocalDate from = LocalDate.parse("2025-07-05");
        LocalDate to = LocalDate.parse("2025-07-07");
        Instant asOf = sh("2025-07-20T00:00");

        assertThat(hostD15.deadlines().reports(from, to, submission, asOf)
                .status(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06").orElseThrow().state()).isEqualTo(host);
        assertThat(SHIPPED.deadlines().reports(from, to, submission, asOf)
                .status(ReportKind.CONTRACT_EXECUTION_STATISTICS, "2025-06").orElseThrow().state()).isEqualTo(shipped);
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).contains(D15,
                "D12 Table: the days after each month by which the complaint summary is due",
                "D12 Table: the days after each quarter by which the service report is due",
                "D12 Table: the days after each month by which the unit evaluation results are due",
                "D16 Table: the days after each quarter by which the reported-problem analysis is due",
                "D16 Table: the days after each half year by which the technical-service evaluation summary is due");
        assertThat(hostD15.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(hostD15.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(D15);
    }

    @Test
    void aDecisionTableRowMovesOneOfD12sThreeReportsAndLeavesTheOtherTwoInForce(@TempDir Path dir) {
        write(dir, "reports.csv", "rule,row,value\nD12,the days after each quarter by which the service report is due,"
                + "20\nD11,,15\n");

        Map<String, Instant> changed = everyReport(CrmPolicy.builder().ruleDirectory(dir).build());
        Map<String, Instant> shipped = everyReport(SHIPPED);

        assertThat(changed).containsEntry(key(ReportKind.SERVICE_REPORT, "2025-Q2"), sh("2025-07-21T00:00"))
                .containsEntry(key(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1"), sh("2025-07-16T00:00"))
                .containsEntry(key(ReportKind.COMPLAINT_SUMMARY, "2025-06"), sh("2025-07-06T00:00"))
                .containsEntry(key(ReportKind.UNIT_EVALUATION_RESULTS, "2025-06"), sh("2025-07-06T00:00"));
        shipped.remove(key(ReportKind.SERVICE_REPORT, "2025-Q2"));
        shipped.remove(key(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1"));
        changed.remove(key(ReportKind.SERVICE_REPORT, "2025-Q2"));
        changed.remove(key(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1"));
        assertThat(changed).isEqualTo(shipped);
    }

    @Test
    void aDecisionTableRowThatIsNotANumberOfDaysIsRefusedNamingItsCell(@TempDir Path dir) {
        write(dir, "reports.csv", "rule,row,value\nD13,,5th\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("reports.csv:2:C: \"5th\" is not a number"
                + " of days after the period");
    }

    @Test
    void aRowOfThreeReportsNeedsItsRowNamed(@TempDir Path dir) {
        write(dir, "reports.csv", "rule,row,value\nD12,,7\n");

        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .hasMessageContaining("reports.csv:2:B: the row is empty and D12 has 3 table rows");
    }

    @Test
    void aParameterStillMovesItsRow() {
        CrmPolicy later = CrmPolicy.builder().parameter("D16.problem-analysis-days-after-quarter", "12").build();

        Map<String, Instant> changed = everyReport(later);
        assertThat(changed).containsEntry(key(ReportKind.REPORTED_PROBLEM_ANALYSIS, "2025-Q2"), sh("2025-07-13T00:00"))
                .containsEntry(key(ReportKind.TECHNICAL_SERVICE_EVALUATION_SUMMARY, "2025-H1"), sh("2025-07-11T00:00"));
    }
}
