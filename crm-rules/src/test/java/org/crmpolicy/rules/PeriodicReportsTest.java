package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.deadline.ReportDue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D11-D13, D15, D16: periodic reports and reviews; "by the 5th" = no later than 24:00 at the end of the 5th. */
class PeriodicReportsTest {

    private static List<ReportDue> due(String from, String to) {
        return DeadlineFixtures.policy().deadlines().reportsDue(LocalDate.parse(from), LocalDate.parse(to));
    }

    @ParameterizedTest(name = "{0} {1} for {2}: due {3}")
    @CsvSource({
            "D11, satisfaction survey report,           2025-H1, 2025-07-11T00:00",
            "D11, satisfaction survey report,           2025-H2, 2026-01-11T00:00",
            "D12, complaint summary,                    2025-06, 2025-07-06T00:00",
            "D12, service report,                       2025-Q2, 2025-07-06T00:00",
            "D12, unit evaluation results,              2025-06, 2025-07-06T00:00",
            "D12, unit evaluation results,              2025-01, 2025-02-06T00:00",
            "D13, internal review of customer-relationship work, 2025-Q3, 2025-10-01T00:00",
            "D15, contract-execution statistics,        2025-11, 2025-12-06T00:00",
            "D16, customer-reported problem analysis,   2025-Q4, 2026-01-11T00:00",
            "D16, technical-service evaluation summary, 2025-H1, 2025-07-11T00:00"})
    void eachReportFallsDueAtTheEndOfItsDay(String rule, String report, String period, String due) {
        // given a year and a half of reports
        List<ReportDue> all = due("2025-01-01", "2026-06-30");
        // when / then
        assertThat(all).filteredOn(r -> r.ruleId().value().equals(rule) && r.report().equals(report) && r.period().equals(period))
                .singleElement().satisfies(r -> assertThat(r.due()).isEqualTo(sh(due)));
    }

    @Test
    void julyHasTheHalfYearlyQuarterlyAndMonthlyReports() {
        assertThat(due("2025-07-01", "2025-07-31")).extracting(r -> r.ruleId() + " " + r.report() + " " + r.period())
                .containsExactly(
                        "D12 complaint summary 2025-06",
                        "D12 service report 2025-Q2",
                        "D12 unit evaluation results 2025-06",
                        "D15 contract-execution statistics 2025-06",
                        "D11 satisfaction survey report 2025-H1",
                        "D16 customer-reported problem analysis 2025-Q2",
                        "D16 technical-service evaluation summary 2025-H1");
    }

    @Test
    void theDueDayIsInsideTheWindowAndTheNextDayIsNot() {
        assertThat(due("2025-07-10", "2025-07-10")).extracting(r -> r.ruleId().value()).contains("D11");
        assertThat(due("2025-07-11", "2025-07-11")).extracting(r -> r.ruleId().value()).doesNotContain("D11");
        assertThat(due("2025-02-05", "2025-02-05")).extracting(r -> r.ruleId().value()).contains("D12", "D15");
        assertThat(due("2025-02-06", "2025-02-06")).isEmpty();
    }

    @Test
    void eachReportNamesItsPeriodResponsibleAndRecipient() {
        ReportDue d11 = due("2026-01-10", "2026-01-10").stream().filter(r -> r.ruleId().value().equals("D11")).findFirst().orElseThrow();
        assertThat(d11.periodStart()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(d11.periodEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d11.responsible()).isEqualTo("BUSINESS_UNIT");
        assertThat(d11.recipient()).isEqualTo("MARKETING_DEPARTMENT");
        assertThat(due("2025-01-01", "2025-12-31")).filteredOn(r -> r.ruleId().value().equals("D13")).hasSize(4);
    }

    @Test
    void aReversedWindowIsAClearError() {
        assertThatThrownBy(() -> due("2025-07-31", "2025-07-01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-07-01").hasMessageContaining("2025-07-31");
    }
}
