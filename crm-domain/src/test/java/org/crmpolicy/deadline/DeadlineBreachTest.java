package org.crmpolicy.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.crmpolicy.calendar.BusinessHours;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Deadline#breachAt}: the one wording and evidence shape of every breached deadline. */
class DeadlineBreachTest {

    private static final WorkCalendar OFFICE = WorkCalendar.chinaMainland().toBuilder()
            .businessHours(BusinessHours.of("09:00-12:00", "13:30-17:30")).build();
    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();

    private static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    private static Deadline aDayToReply() {
        return Deadline.within(RuleId.of("D3"), "MAIL-7", "reply", sh("2025-11-24T10:00"), Duration.ofHours(24),
                TimeBasis.CLOCK, CHINA).withResponsible("CUSTOMER_SERVICE");
    }

    @ParameterizedTest(name = "as of {0}: no breach")
    @CsvSource({"2025-11-24T10:00", "2025-11-25T09:59:59"})
    void aRunningDeadlineIsNoBreach(String asOf) {
        assertThat(aDayToReply().breachAt(sh(asOf))).isEmpty();
    }

    @Test
    void aDeadlineMetOnTimeIsNoBreach() {
        assertThat(aDayToReply().meet(sh("2025-11-25T09:00")).breachAt(sh("2025-12-01T00:00"))).isEmpty();
    }

    @Test
    void anOpenDeadlinePastItsDueInstantIsAViolationInLocalTime() {
        // given / when
        Finding f = aDayToReply().breachAt(sh("2025-11-25T11:30")).orElseThrow();

        // then
        assertThat(f.ruleId()).isEqualTo(RuleId.of("D3"));
        assertThat(f.subjectId()).isEqualTo("MAIL-7");
        assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(f.message()).isEqualTo("D3 reply for MAIL-7 was due 2025-11-25 10:00 Asia/Shanghai and is still "
                + "open; overdue by 1 h 30 min (CLOCK time)");
        assertThat(f.evidence()).containsExactly(
                java.util.Map.entry("obligation", "reply"),
                java.util.Map.entry("start", "2025-11-24 10:00 Asia/Shanghai"),
                java.util.Map.entry("due", "2025-11-25 10:00 Asia/Shanghai"),
                java.util.Map.entry("lastOnTimeDate", "2025-11-25"),
                java.util.Map.entry("overdueBy", "PT1H30M"),
                java.util.Map.entry("basis", "CLOCK"));
        assertThat(f.responsible()).isEqualTo("CUSTOMER_SERVICE");
        assertThat(f.due()).isEqualTo(sh("2025-11-25T10:00"));
    }

    private static Deadline byTheEndOf0930() {
        return Deadline.of(RuleId.of("D16"), "RPT-2025-H1", "summary", sh("2025-07-01T00:00"), sh("2025-10-01T00:00"),
                TimeBasis.CLOCK, CHINA);
    }

    @Test
    void aDeadlineByTheEndOfADayOffersThatDayAsItsLastOnTimeDateBesideTheFirstLateInstant() {
        Deadline d = byTheEndOf0930();

        assertThat(d.due()).isEqualTo(sh("2025-10-01T00:00"));
        assertThat(d.lastOnTime().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-09-30T23:59:59.999999999"));
        assertThat(d.lastOnTime().getZone()).isEqualTo(WorkCalendar.CHINA);
        assertThat(d.lastOnTime().toLocalDate()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));
    }

    @ParameterizedTest(name = "met at {0}: {1}")
    @CsvSource({
            "2025-09-30T23:59:59.999999999, MET",
            "2025-10-01T00:00, BREACHED"})
    void theLastOnTimeInstantIsOnTimeAndTheNextOneLate(String metAt, DeadlineStatus status) {
        assertThat(byTheEndOf0930().meet(sh(metAt)).statusAt(sh("2025-10-02T00:00"))).isEqualTo(status);
    }

    @Test
    void aBreachOfADeadlineAtMidnightReadsAsTheEndOfThePreviousDay() {
        Finding f = byTheEndOf0930().breachAt(sh("2025-10-01T10:00")).orElseThrow();

        assertThat(f.message()).isEqualTo("D16 summary for RPT-2025-H1 was due by the end of 2025-09-30 Asia/Shanghai "
                + "and is still open; overdue by 10 h (CLOCK time)");
        assertThat(f.evidence()).containsEntry("due", "2025-10-01 00:00 Asia/Shanghai")
                .containsEntry("lastOnTimeDate", "2025-09-30");
    }

    @Test
    void aDeadlineMetLateNamesWhenItWasMet() {
        // given / when
        Finding f = aDayToReply().meet(sh("2025-11-25T10:00:30")).breachAt(sh("2025-12-01T00:00")).orElseThrow();

        // then
        assertThat(f.message()).isEqualTo("D3 reply for MAIL-7 was due 2025-11-25 10:00 Asia/Shanghai and was met "
                + "late, at 2025-11-25 10:00:30 Asia/Shanghai; overdue by 30 s (CLOCK time)");
        assertThat(f.evidence()).containsEntry("metAt", "2025-11-25 10:00:30 Asia/Shanghai")
                .containsEntry("overdueBy", "PT30S");
    }

    @Test
    void aBusinessTimeDeadlineIsOverdueInBusinessTime() {
        // given an hour of business time from Friday 17:00: due Monday 09:30
        Deadline d = Deadline.within(RuleId.of("D4"), "SR-1", "answer", sh("2025-11-21T17:00"), Duration.ofHours(1),
                TimeBasis.BUSINESS, OFFICE);

        // when
        Finding f = d.breachAt(sh("2025-11-24T10:30")).orElseThrow();

        // then
        assertThat(f.message()).isEqualTo("D4 answer for SR-1 was due 2025-11-24 09:30 Asia/Shanghai and is still "
                + "open; overdue by 1 h (BUSINESS time)");
    }
}
