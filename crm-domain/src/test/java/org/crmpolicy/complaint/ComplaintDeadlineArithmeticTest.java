package org.crmpolicy.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.complaint.ComplaintFixtures.HANDLER;
import static org.crmpolicy.complaint.ComplaintFixtures.MARKETING;
import static org.crmpolicy.complaint.ComplaintFixtures.at;
import static org.crmpolicy.complaint.ComplaintFixtures.inState;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.junit.jupiter.api.Test;

/** The complaint's own deadline arithmetic: the progress stretches of handling (D7) and duties as pausable deadlines. */
class ComplaintDeadlineArithmeticTest {

    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();

    // ---------------------------------------------------------------- ProgressInterval.inHandling (D7)

    private static final Duration GAP = Duration.ofHours(84);

    @Test
    void theFirstStretchRunsFromRegistrationAndEachReportStartsTheNext() {
        // given registered Monday 2025-11-24 10:00 Shanghai, one report to both on Wednesday, still in handling
        Complaint c = inState(ComplaintState.IN_PROGRESS);
        Instant registered = c.registeredAt();
        Instant wednesday = registered.plus(Duration.ofDays(2));
        c = c.reportProgress(EnumSet.allOf(ProgressAudience.class), MARKETING, wednesday, "Wednesday");

        // when
        List<ProgressInterval> stretches = ProgressInterval.inHandling(c, wednesday.plus(Duration.ofHours(1)), GAP);

        // then: per audience, stretch 1 met by the report, stretch 2 running from it
        assertThat(stretches).hasSize(4);
        assertThat(stretches).filteredOn(s -> s.number() == 1).allSatisfy(s -> {
            assertThat(s.from()).isEqualTo(registered);
            assertThat(s.due()).isEqualTo(registered.plus(GAP));
            assertThat(s.reportedAt()).isEqualTo(wednesday);
            assertThat(s.isMetOnTime()).isTrue();
            assertThat(s.acceptingUnit()).isEqualTo("BU-PRINT");
        });
        assertThat(stretches).filteredOn(s -> s.number() == 2).allSatisfy(s -> {
            assertThat(s.from()).isEqualTo(wednesday);
            assertThat(s.reportedAt()).isNull();
        });
    }

    @Test
    void aResultToldBeforeTheNextReportFallsDueEndsTheStretchesAndOneToldAtTheDueInstantDoesNot() {
        // given
        Instant registered = inState(ComplaintState.IN_PROGRESS).registeredAt();
        Complaint quick = inState(ComplaintState.IN_PROGRESS)
                .resolve("done", HANDLER, registered.plus(GAP).minusSeconds(1), "result told");
        Complaint slow = inState(ComplaintState.IN_PROGRESS)
                .resolve("done", HANDLER, registered.plus(GAP), "result told");

        // when / then
        assertThat(ProgressInterval.inHandling(quick, registered.plus(Duration.ofDays(30)), GAP)).isEmpty();
        assertThat(ProgressInterval.inHandling(slow, registered.plus(Duration.ofDays(30)), GAP)).hasSize(2)
                .allSatisfy(s -> assertThat(s.reportedAt()).isNull());
    }

    @Test
    void aReportToOneAudienceDoesNotCloseTheOtherAudiencesStretch() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS);
        Instant at = c.registeredAt().plus(Duration.ofDays(1));
        c = c.reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, at, "customer only");

        // when
        List<ProgressInterval> stretches = ProgressInterval.inHandling(c, at.plus(Duration.ofHours(1)), GAP);

        // then
        assertThat(stretches).filteredOn(s -> s.audience() == ProgressAudience.COMPETENT_DEPARTMENT)
                .singleElement().satisfies(s -> assertThat(s.reportedAt()).isNull());
        assertThat(stretches).filteredOn(s -> s.audience() == ProgressAudience.CUSTOMER).hasSize(2);
    }

    @Test
    void theGapMustBePositive() {
        Complaint c = inState(ComplaintState.IN_PROGRESS);
        assertThatThrownBy(() -> ProgressInterval.inHandling(c, c.registeredAt(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxGap");
    }

    // ---------------------------------------------------------------- ComplaintDuty.deadlineFor

    @Test
    void aWaitForTheCustomerPausesAPausableDutyAndGivesTheWaitedTimeBack() {
        // given a 24-hour duty from at(0), the customer awaited from at(5) to at(8)
        Complaint c = inState(ComplaintState.IN_PROGRESS)
                .waitForCustomer(HANDLER, at(5), "samples requested")
                .customerReplied(HANDLER, at(8), "samples arrived");
        ComplaintDuty duty = ComplaintDuty.within("D5", c, "respond", "E-1001", at(0), Duration.ofHours(24),
                TimeBasis.CLOCK, null);

        // when
        Deadline d = duty.deadlineFor(c, CHINA);

        // then
        assertThat(d.dueAt(at(30))).isEqualTo(at(27));
        assertThat(d.statusAt(at(6))).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(d.responsible()).isEqualTo("E-1001");
    }

    @Test
    void aDutyThatDoesNotPauseRunsThroughTheWait() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS).waitForCustomer(HANDLER, at(5), "samples requested");
        ComplaintDuty duty = ComplaintDuty.by("D10", c.id(), "resolve by the time node", "E-1001", at(1), at(20),
                null, false);

        // when / then
        assertThat(duty.deadlineFor(c, CHINA).statusAt(at(20))).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void aWaitAfterTheDutyWasMetChangesNothingAndAFulfilmentBeforeTheStartCountsAtTheStart() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS).waitForCustomer(HANDLER, at(5), "samples requested");
        ComplaintDuty met = ComplaintDuty.within("D5", c, "respond", null, at(1), Duration.ofHours(24),
                TimeBasis.CLOCK, at(4));
        ComplaintDuty early = ComplaintDuty.within("D5", c, "plan", null, at(3), Duration.ofHours(48),
                TimeBasis.CLOCK, at(2));

        // when / then
        assertThat(met.deadlineFor(c, CHINA).pauses()).isEmpty();
        assertThat(met.deadlineFor(c, CHINA).statusAt(at(10))).isEqualTo(DeadlineStatus.MET);
        assertThat(early.deadlineFor(c, CHINA).met()).contains(at(3));
    }

    @Test
    void anUndatedDutyHasNoDeadline() {
        // given
        Complaint c = inState(ComplaintState.RESOLVED);

        // when / then
        assertThatThrownBy(() -> ComplaintDuty.undated("R7", c.id(), "follow up", null).deadlineFor(c, CHINA))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("R7").hasMessageContaining("no date");
    }
}
