package org.crmpolicy.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodKindTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @ParameterizedTest(name = "{1} at {0} is {2}")
    @CsvSource({
            "2025-11-23T23:59, ISO_WEEK,  2025-W47",
            "2025-11-24T00:00, ISO_WEEK,  2025-W48",
            "2024-12-30T00:00, ISO_WEEK,  2025-W01",
            "2025-09-30T23:59, QUARTER,   2025-Q3",
            "2025-10-01T00:00, QUARTER,   2025-Q4",
            "2025-06-30T23:59, HALF_YEAR, 2025-H1",
            "2025-07-01T00:00, HALF_YEAR, 2025-H2",
            "2025-01-31T23:59, MONTH,     2025-01",
            "2025-12-31T23:59, YEAR,      2025"})
    void periodsAreCalendarPeriodsInTheZone(String local, PeriodKind kind, String label) {
        assertThat(kind.containing(at(local), SHANGHAI).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "UTC {0} is in {1} in Shanghai")
    @CsvSource({
            "2025-11-23T15:59:59Z, 2025-W47",
            "2025-11-23T16:00:00Z, 2025-W48"})
    void weeksTurnAtMidnightInShanghaiNotInUtc(String utc, String label) {
        assertThat(PeriodKind.ISO_WEEK.containing(Instant.parse(utc), SHANGHAI).label()).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ISO_WEEK, 2025-11-20T12:00, 2025-W47, 2025-W46",
            "QUARTER,  2025-02-01T00:00, 2025-Q1,  2024-Q4",
            "YEAR,     2025-11-20T12:00, 2025,     2024"})
    void previousPeriodIsTheOneBefore(PeriodKind kind, String local, String label, String previous) {
        Period p = kind.containing(at(local), SHANGHAI);

        assertThat(p.label()).isEqualTo(label);
        assertThat(p.previous().label()).isEqualTo(previous);
        assertThat(p.previous().end()).isEqualTo(p.start());
    }
}
