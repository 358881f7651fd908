package org.crmpolicy.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @ParameterizedTest(name = "{0} is {1} from {2} to {3}")
    @CsvSource({
            "2025-10, MONTH,     2025-10-01, 2025-10-31",
            "2024-02, MONTH,     2024-02-01, 2024-02-29",
            "2025-Q1, QUARTER,   2025-01-01, 2025-03-31",
            "2025-Q4, QUARTER,   2025-10-01, 2025-12-31",
            "2025-H1, HALF_YEAR, 2025-01-01, 2025-06-30",
            "2025-H2, HALF_YEAR, 2025-07-01, 2025-12-31"})
    void aLabelNamesOneCalendarPeriod(String label, ReportCadence cadence, LocalDate start, LocalDate end) {
        ReportPeriod p = ReportPeriod.parse(label);

        assertThat(p.cadence()).isEqualTo(cadence);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.label()).isEqualTo(label);
        assertThat(ReportPeriod.containing(cadence, end)).isEqualTo(p);
        assertThat(ReportPeriod.containing(cadence, start)).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-13", "2025-00", "2025-Q5", "2025-Q0", "2025-H3", "2025-h1", " 2025-H1", "25-H1", ""})
    void aLabelThatNamesNoPeriodIsRefusedNamingIt(String label) {
        assertThatThrownBy(() -> ReportPeriod.parse(label)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + label + "'").hasMessageContaining("report period");
    }

    @Test
    void aPeriodNumberOutsideItsYearIsRefused() {
        assertThatThrownBy(() -> ReportPeriod.of(ReportCadence.HALF_YEAR, 2025, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 2").hasMessageContaining("3");
    }

    @Test
    void aSubmissionNamesAUnitNotBlankText() {
        assertThatThrownBy(() -> ReportSubmission.of(ReportKind.INTERNAL_REVIEW, "2025-Q1", Instant.EPOCH, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submittedBy");
        assertThat(ReportSubmission.of(ReportKind.INTERNAL_REVIEW, "2025-Q1", Instant.EPOCH, "MANAGEMENT").period())
                .isEqualTo(ReportPeriod.of(ReportCadence.QUARTER, 2025, 1));
    }

    @Test
    void everyKindNamesItsCatalogueRule() {
        assertThat(ReportKind.values()).extracting(k -> k.ruleId().value()).containsOnly("D11", "D12", "D13", "D15", "D16");
        assertThat(ReportKind.of(ReportKind.SERVICE_REPORT.ruleId(), "service report")).contains(ReportKind.SERVICE_REPORT);
        assertThat(ReportKind.of(ReportKind.SERVICE_REPORT.ruleId(), "weekly digest")).isEmpty();
    }
}
