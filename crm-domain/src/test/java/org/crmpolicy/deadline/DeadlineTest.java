package org.crmpolicy.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.crmpolicy.calendar.BusinessHours;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.finding.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineTest {

    private static final WorkCalendar OFFICE = WorkCalendar.chinaMainland().toBuilder()
            .businessHours(BusinessHours.of("09:00-12:00", "13:30-17:30")).build();
    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();
    private static final RuleId D4 = RuleId.of("D4");

    private static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    private static Deadline anHourOfBusinessTime(String start) {
        return Deadline.within(D4, "SR-1", "answer", sh(start), Duration.ofHours(1), TimeBasis.BUSINESS, OFFICE);
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
            "2025-11-24T10:00, RUNNING",
            "2025-11-24T10:59:59, RUNNING",
            "2025-11-24T11:00, BREACHED",
            "2025-11-24T09:00, RUNNING"})
    void statusFollowsTheHalfOpenWindow(String asOf, DeadlineStatus expected) {
        // given a one-hour business-time deadline from 10:00
        Deadline d = anHourOfBusinessTime("2025-11-24T10:00");
        // when / then
        assertThat(d.statusAt(sh(asOf))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "met at {0}: {1}")
    @CsvSource({"2025-11-24T10:59:59, MET", "2025-11-24T11:00, BREACHED", "2025-11-24T13:00, BREACHED"})
    void meetingBeforeTheDueInstantIsOnTimeAndAtItIsLate(String metAt, DeadlineStatus expected) {
        // given
        Deadline d = anHourOfBusinessTime("2025-11-24T10:00");
        // when
        Deadline met = d.meet(sh(metAt));
        // then
        assertThat(met.statusAt(sh("2025-11-30T00:00"))).isEqualTo(expected);
        assertThat(met.statusAt(sh("2025-11-24T10:30"))).as("not yet met at 10:30").isEqualTo(DeadlineStatus.RUNNING);
    }

    @Test
    void aPauseOverTheLunchBreakAndNightGivesBackOnlyTheBusinessTimeItCovered() {
        // given a 1-hour business deadline from Friday 16:00, due 17:00
        Deadline d = anHourOfBusinessTime("2025-11-21T16:00");
        assertThat(d.due()).isEqualTo(sh("2025-11-21T17:00"));
        // when paused at 16:30 (waiting for the customer) until Monday 09:10
        Deadline paused = d.pause(sh("2025-11-21T16:30"));
        Deadline resumed = paused.resume(sh("2025-11-24T09:10"));
        // then the pause covered 60 + 10 business minutes, so the due moves 70 business minutes: Fri 17:00 -> Mon 09:40
        assertThat(paused.statusAt(sh("2025-11-22T12:00"))).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(resumed.due()).isEqualTo(sh("2025-11-24T09:40"));
        assertThat(resumed.statusAt(sh("2025-11-24T09:39"))).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(resumed.statusAt(sh("2025-11-24T09:40"))).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(resumed.timeLeftAt(sh("2025-11-24T09:10"))).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void wallClockWouldBeWrongAPauseOverAWeekendCostsNothing() {
        // given the same pause length measured in clock time would be 64h40m; in business time it is 70 minutes
        Deadline resumed = anHourOfBusinessTime("2025-11-21T16:00").pause(sh("2025-11-21T16:30")).resume(sh("2025-11-24T09:10"));
        // then
        assertThat(OFFICE.between(resumed.originalDue(), resumed.due())).isEqualTo(Duration.ofMinutes(70));
    }

    @Test
    void timeStandsStillWhilePaused() {
        Deadline paused = anHourOfBusinessTime("2025-11-24T10:00").pause(sh("2025-11-24T10:20"));
        assertThat(paused.timeLeftAt(sh("2025-11-24T10:20"))).isEqualTo(Duration.ofMinutes(40));
        assertThat(paused.timeLeftAt(sh("2025-11-25T15:00"))).isEqualTo(Duration.ofMinutes(40));
        assertThat(paused.statusAt(sh("2025-11-28T15:00"))).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(paused.dueAt(sh("2025-11-24T10:50"))).isEqualTo(sh("2025-11-24T11:30"));
    }

    @Test
    void clockDeadlinesArePausedInClockTime() {
        Deadline d = Deadline.within(RuleId.of("D3"), "MAIL-1", "reply", sh("2025-10-01T10:00"), Duration.ofHours(24),
                TimeBasis.CLOCK, CHINA);
        Deadline resumed = d.pause(sh("2025-10-01T12:00")).resume(sh("2025-10-01T15:00"));
        assertThat(resumed.due()).isEqualTo(sh("2025-10-02T13:00"));
    }

    @Test
    void workingDayDeadlinesArePausedInWorkingTime() {
        // given within 3 working days from Monday: due Thursday 24:00
        Deadline d = Deadline.withinWorkingDays(RuleId.of("D1"), "CALL-1", "answer", sh("2025-11-24T10:00"), 3, CHINA);
        assertThat(d.due()).isEqualTo(sh("2025-11-28T00:00"));
        // when paused from Tuesday 00:00 for one working day (over nothing else)
        Deadline resumed = d.pause(sh("2025-11-25T00:00")).resume(sh("2025-11-26T00:00"));
        // then due Friday 24:00; a pause Friday 12:00 to Monday 12:00 also costs only 24 working hours
        assertThat(resumed.due()).isEqualTo(sh("2025-11-29T00:00"));
        assertThat(d.pause(sh("2025-11-24T12:00")).resume(sh("2025-11-25T12:00")).due()).isEqualTo(sh("2025-11-29T00:00"));
    }

    @Test
    void severalPausesAddUp() {
        Deadline d = anHourOfBusinessTime("2025-11-24T10:00")
                .pause(sh("2025-11-24T10:10")).resume(sh("2025-11-24T10:20"))
                .pause(sh("2025-11-24T10:30")).resume(sh("2025-11-24T10:35"));
        assertThat(d.due()).isEqualTo(sh("2025-11-24T11:15"));
        assertThat(d.pauses()).hasSize(2);
    }

    @Test
    void overdueByIsMeasuredInTheDeadlinesBasis() {
        Deadline d = anHourOfBusinessTime("2025-11-21T16:00");
        assertThat(d.overdueByAt(sh("2025-11-24T09:30"))).isEqualTo(Duration.ofMinutes(60));
        assertThat(d.overdueByAt(sh("2025-11-21T16:59"))).isEqualTo(Duration.ZERO);
        assertThat(d.meet(sh("2025-11-24T09:15")).overdueByAt(sh("2025-11-25T00:00"))).isEqualTo(Duration.ofMinutes(45));
        assertThat(d.timeLeftAt(sh("2025-11-24T09:30"))).isEqualTo(Duration.ZERO);
        assertThat(d.meet(sh("2025-11-21T16:45")).timeLeftAt(sh("2025-11-30T00:00"))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void meetingWhilePausedClosesThePause() {
        Deadline met = anHourOfBusinessTime("2025-11-24T10:00").pause(sh("2025-11-24T10:30")).meet(sh("2025-11-25T10:00"));
        assertThat(met.statusAt(sh("2025-11-25T10:00"))).isEqualTo(DeadlineStatus.MET);
        assertThat(met.isPaused()).isFalse();
    }

    @Test
    void provisionalYearsAreReported() {
        Deadline d = Deadline.withinWorkingDays(RuleId.of("D1"), "CALL-9", "answer", sh("2026-12-30T10:00"), 3, CHINA);
        assertThat(d.isProvisional()).isTrue();
        assertThat(d.provisionalYears()).containsExactly(2027);
        assertThat(anHourOfBusinessTime("2025-11-24T10:00").isProvisional()).isFalse();
    }

    @Test
    void pausingTwiceIsAClearError() {
        Deadline paused = anHourOfBusinessTime("2025-11-24T10:00").pause(sh("2025-11-24T10:10"));
        assertThatThrownBy(() -> paused.pause(sh("2025-11-24T10:20"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("D4 answer for SR-1").hasMessageContaining("already paused since");
    }

    @Test
    void resumingTwiceIsAClearError() {
        Deadline resumed = anHourOfBusinessTime("2025-11-24T10:00").pause(sh("2025-11-24T10:10")).resume(sh("2025-11-24T10:20"));
        assertThatThrownBy(() -> resumed.resume(sh("2025-11-24T10:30"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not paused");
    }

    @Test
    void pausingBeforeTheStartIsAClearError() {
        assertThatThrownBy(() -> anHourOfBusinessTime("2025-11-24T10:00").pause(sh("2025-11-24T09:59")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
    }

    @Test
    void otherMisusesAreClearErrors() {
        Deadline d = anHourOfBusinessTime("2025-11-24T10:00");
        assertThatThrownBy(() -> d.pause(sh("2025-11-24T11:00"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already breached");
        assertThatThrownBy(() -> d.pause(sh("2025-11-24T10:10")).resume(sh("2025-11-24T10:05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its pause began");
        assertThatThrownBy(() -> d.meet(sh("2025-11-24T10:10")).meet(sh("2025-11-24T10:20")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already met");
        assertThatThrownBy(() -> d.meet(sh("2025-11-24T10:10")).pause(sh("2025-11-24T10:20")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was met");
        assertThatThrownBy(() -> d.meet(sh("2025-11-24T09:00"))).hasMessageContaining("before its start");
        assertThatThrownBy(() -> Deadline.of(D4, "SR-1", "answer", sh("2025-11-24T10:00"), sh("2025-11-24T09:00"),
                TimeBasis.CLOCK, CHINA)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
        assertThatThrownBy(() -> Deadline.of(D4, " ", "answer", sh("2025-11-24T10:00"), sh("2025-11-24T11:00"),
                TimeBasis.CLOCK, CHINA)).hasMessageContaining("subjectId");
        assertThatThrownBy(() -> new Deadline(D4, "SR-1", "answer", sh("2025-11-24T10:00"), sh("2025-11-24T11:00"),
                TimeBasis.CLOCK, CHINA, List.of(new Pause(sh("2025-11-24T10:10"), null), new Pause(sh("2025-11-24T10:20"), null)),
                null, null)).hasMessageContaining("only the last pause may be open");
    }
}
