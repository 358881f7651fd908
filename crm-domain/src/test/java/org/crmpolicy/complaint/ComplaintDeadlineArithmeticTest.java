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

/** The complaint's own deadline arithmetic: the ISO weeks of handling (D7) and duties as pausable deadlines. */
class ComplaintDeadlineArithmeticTest {

    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();
    /** Monday 2025-12-01 00:00 Shanghai (ISO week 2025-W49); the fixtures register on Monday 2025-11-24 10:00. */
    private static final Instant W49 = Instant.parse("2025-11-30T16:00:00Z");

    // ---------------------------------------------------------------- ComplaintWeek.inHandling (D7)

    @Test
    void theWeekOfRegistrationIsNotAWeekOfHandlingButEveryWeekFromTheNextMondayIs() {
        // given registered Monday 2025-11-24 10:00, still in handling
        Complaint c = inState(ComplaintState.IN_PROGRESS);

        // when
        List<ComplaintWeek> weeks = ComplaintWeek.inHandling(c, W49.plus(Duration.ofDays(8)), CHINA.zone());

        // then
        assertThat(weeks).extracting(ComplaintWeek::week).containsExactly("2025-W49", "2025-W50");
        assertThat(weeks.get(0).start()).isEqualTo(W49);
        assertThat(weeks.get(0).end()).isEqualTo(W49.plus(Duration.ofDays(7)));
        assertThat(weeks).allSatisfy(w -> assertThat(w.acceptingUnit()).isEqualTo("BU-PRINT"));
    }

    @Test
    void aWeekCutShortByTheResolutionIsNotAWeekOfHandling() {
        // given in handling from 2025-11-24, resolved on Wednesday of W50
        Complaint c = inState(ComplaintState.IN_PROGRESS)
                .resolve("done", HANDLER, W49.plus(Duration.ofDays(9)), "result told");

        // when
        List<ComplaintWeek> weeks = ComplaintWeek.inHandling(c, W49.plus(Duration.ofDays(30)), CHINA.zone());

        // then
        assertThat(weeks).extracting(ComplaintWeek::week).containsExactly("2025-W49");
    }

    @Test
    void progressReportsCountInTheWeekTheyWereMadeIn() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS)
                .reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, W49.minusSeconds(1), "Sunday night")
                .reportProgress(EnumSet.allOf(ProgressAudience.class), MARKETING, W49, "Monday 00:00")
                .reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, W49.plus(Duration.ofDays(2)), "Wed");

        // when
        ComplaintWeek w49 = ComplaintWeek.inHandling(c, W49.plus(Duration.ofDays(7)), CHINA.zone()).get(0);

        // then
        assertThat(w49.reportsTo(ProgressAudience.CUSTOMER)).isEqualTo(2);
        assertThat(w49.reportsTo(ProgressAudience.COMPETENT_DEPARTMENT)).isEqualTo(1);
        assertThat(w49.nthReportTo(ProgressAudience.CUSTOMER, 2)).isEqualTo(W49.plus(Duration.ofDays(2)));
        assertThat(w49.nthReportTo(ProgressAudience.COMPETENT_DEPARTMENT, 2)).isNull();
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
