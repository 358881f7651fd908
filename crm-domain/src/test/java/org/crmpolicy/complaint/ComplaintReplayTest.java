package org.crmpolicy.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.complaint.ComplaintFixtures.HANDLER;
import static org.crmpolicy.complaint.ComplaintFixtures.ID;
import static org.crmpolicy.complaint.ComplaintFixtures.MARKETING;
import static org.crmpolicy.complaint.ComplaintFixtures.at;
import static org.crmpolicy.complaint.ComplaintFixtures.inState;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ComplaintReplayTest {

    /** A complaint with every kind of record on it. */
    static Complaint aRichComplaint() {
        return inState(ComplaintState.IN_PROGRESS)
                .respond(HANDLER, at(4), "first response")
                .giveHandlingPlan(HANDLER, at(5), "plan")
                .arriveOnSite(HANDLER, at(6), "on site")
                .reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, at(7), "told the customer")
                .waitForCustomer(HANDLER, at(8), "samples requested")
                .customerReplied(HANDLER, at(9), "samples arrived")
                .recordClaim(Money.cny("70000.50"), MARKETING, at(10), "claim")
                .recordConflict(new Conflict(SeverityGrade.SERIOUS, ResolutionMethod.ARBITRATION,
                        ResponsibilityKind.OBJECTIVE, "E-3003"), MARKETING, at(11), "conflict")
                .confirmResponsibility(HANDLER, at(12), "signed")
                .escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, ComplaintFixtures.POLICY, MARKETING,
                        at(13), "large claim")
                .resolve("compensated", HANDLER, at(14), "told")
                .archiveConflictResult("AR-9", MARKETING, at(15), "archived")
                .evaluateCorrectiveAction("effective", HANDLER, at(16), "evaluated")
                .followUp(true, 4, MARKETING, at(17), "follow-up")
                .postMortem("press calibration", MARKETING, at(18), "post-mortem");
    }

    private static List<StoredComplaintEvent> stored(Complaint c) {
        return c.events().stream().map(ComplaintEvent::stored).toList();
    }

    @ParameterizedTest
    @EnumSource(ComplaintState.class)
    void aComplaintRebuiltFromItsEventsEqualsTheOriginal(ComplaintState state) {
        // given
        Complaint original = inState(state);

        // when
        Complaint replayed = Complaint.replay(original.events());

        // then
        assertThat(replayed).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(replayed.state()).isEqualTo(state);
        assertThat(replayed.version()).isEqualTo(original.version());
    }

    @Test
    void everyFactSurvivesAReplayThroughStoredText() {
        // given
        Complaint original = aRichComplaint();
        List<ComplaintEvent> stored = original.events().stream().map(ComplaintEvent::stored).map(e ->
                ComplaintEvent.fromStored(e.complaintId().value(), e.sequence(), e.type().name(),
                        e.stateAfter().name(), e.by().staffId(), e.by().unit().code(), e.at(), e.why(),
                        new LinkedHashMap<>(e.changes()))).toList();

        // when
        Complaint replayed = Complaint.replay(stored);

        // then
        assertThat(replayed).isEqualTo(original);
        assertThat(replayed.claimAmount()).isEqualTo(Money.cny("70000.50"));
        assertThat(replayed.waits()).isEqualTo(original.waits());
        assertThat(replayed.progressReports()).isEqualTo(original.progressReports());
        assertThat(replayed.conflict()).isEqualTo(original.conflict());
        assertThat(replayed.followUps()).containsExactly(new FollowUp(at(17), true, 4));
        assertThat(replayed.escalations()).isEqualTo(original.escalations());
        assertThat(replayed.correctiveActionEvaluatedBy()).isEqualTo(ComplaintFixtures.BU_PRINT);
        assertThat(replayed.postMortemAt()).isEqualTo(at(18));
        assertThat(replayed.registration()).isEqualTo(original.registration());
        assertThat(replayed.assignment()).isEqualTo(original.assignment());
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintEventType.class, names = "RECEIVED", mode = EnumSource.Mode.EXCLUDE)
    void everyEventTypeSurvivesItsStoredForm(ComplaintEventType type) {
        // given the first state that allows the type, with a fact the event needs (a conflict, a wait, an approval)
        ComplaintState from = type.allowedFrom().iterator().next();
        Complaint before = inState(from);
        if (type == ComplaintEventType.RESPONSIBILITY_CONFIRMED || type == ComplaintEventType.CONFLICT_ARCHIVED) {
            before = ComplaintFixtures.attempt(before, ComplaintEventType.CONFLICT_RECORDED, at(10));
        } else if (type == ComplaintEventType.CUSTOMER_REPLIED) {
            before = ComplaintFixtures.attempt(before, ComplaintEventType.WAITING_FOR_CUSTOMER, at(10));
        } else if (type == ComplaintEventType.ESCALATED) {
            before = ComplaintFixtures.attempt(before, ComplaintEventType.SOCIAL_IMPACT_RECORDED, at(10));
        } else if (type == ComplaintEventType.ASSIGNMENT_APPROVED) {
            before = inState(ComplaintState.REGISTERED).assign(new Assignment(ComplaintFixtures.BU_PRINT, at(100),
                    "E-3003", "E-3004", null), MARKETING, at(2), "assigned, approval to come");
        }
        Complaint after = ComplaintFixtures.attempt(before, type, at(11));
        ComplaintEvent event = after.events().get(after.events().size() - 1);

        // when
        StoredComplaintEvent stored = event.stored();

        // then
        assertThat(event.type()).isEqualTo(type);
        assertThat(stored.type()).isEqualTo(type);
        assertThat(stored.toEvent()).isEqualTo(event);
        assertThat(Complaint.replayStored(after.events().stream().map(ComplaintEvent::stored).toList()))
                .isEqualTo(after);
    }

    @Test
    void anEventOutOfTimeOrderIsRefused() {
        // given
        Complaint c = inState(ComplaintState.ASSIGNED);

        // when / then
        assertThatThrownBy(() -> c.startHandling(null, null, HANDLER, at(1), "backdated"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TS-2025-0042").hasMessageContaining("event 4")
                .hasMessageContaining("before the previous event");
        assertThat(c.version()).isEqualTo(3);
        assertThat(c.state()).isEqualTo(ComplaintState.ASSIGNED);
    }

    @Test
    void anUnknownStateInStoredHistoryIsRefused() {
        // given / when / then
        assertThatThrownBy(() -> ComplaintEvent.fromStored("TS-2025-0042", 2, "REGISTERED", "FILED", "E-1001",
                "CUSTOMER_SERVICE", at(1), "registered", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TS-2025-0042").hasMessageContaining("event 2")
                .hasMessageContaining("unknown state 'FILED'");
    }

    @Test
    void anUnknownEventTypeInStoredHistoryIsRefused() {
        // given / when / then
        assertThatThrownBy(() -> ComplaintEvent.fromStored("TS-2025-0042", 2, "DELETED", "REGISTERED", "E-1001",
                "CUSTOMER_SERVICE", at(1), "gone", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown event type 'DELETED'");
    }

    @Test
    void aTransitionByNobodyIsRefusedAndTheComplaintIsUnchanged() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS);

        // when / then
        assertThatThrownBy(() -> c.resolve("done", null, at(5), "resolved"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TS-2025-0042").hasMessageContaining("RESOLVED")
                .hasMessageContaining("by must not be null");
        assertThatThrownBy(() -> ComplaintEvent.fromStored("TS-2025-0042", 1, "RECEIVED", "RECEIVED", null, null,
                at(0), "received", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("by must not be null");
        assertThat(c.state()).isEqualTo(ComplaintState.IN_PROGRESS);
        assertThat(c.version()).isEqualTo(4);
    }

    @Test
    void aTransitionWithoutAReasonIsRefused() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS);

        // when / then
        assertThatThrownBy(() -> c.resolve("done", HANDLER, at(5), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("why must not be blank");
    }

    @Test
    void aStoredStateTheEventsDoNotLeadToIsRefused() {
        // given
        List<StoredComplaintEvent> events = new ArrayList<>(stored(inState(ComplaintState.REGISTERED)));
        StoredComplaintEvent e = events.get(1);
        events.set(1, new StoredComplaintEvent(e.complaintId(), 2, e.type(), ComplaintState.CLOSED, e.by(), e.at(),
                e.why(), e.changes()));

        // when / then
        assertThatThrownBy(() -> Complaint.replayStored(events)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stored state CLOSED").hasMessageContaining("leads to REGISTERED");
    }

    @Test
    void rowsStoredByEarlierVersionsLoadUnchanged() {
        // given: rows as the ERP example stored them before events were typed (plain claim amounts, no scale)
        List<StoredComplaintEvent> rows = new ArrayList<>(stored(inState(ComplaintState.IN_PROGRESS)));
        rows.add(new StoredComplaintEvent(ID, 5, ComplaintEventType.CLAIM_RECORDED, ComplaintState.IN_PROGRESS,
                MARKETING, at(5), "claim", Map.of("claimAmountCny", "80000")));
        rows.add(new StoredComplaintEvent(ID, 6, ComplaintEventType.ESCALATED, ComplaintState.ESCALATED, MARKETING,
                at(6), "large claim", Map.of("to", "BOARD", "reason", "LARGE_CLAIM", "largeClaimBoundCny", "50000")));
        rows.add(new StoredComplaintEvent(ID, 7, ComplaintEventType.PROGRESS_REPORTED, ComplaintState.ESCALATED,
                MARKETING, at(7), "told", Map.of("audiences", "CUSTOMER,COMPETENT_DEPARTMENT")));

        // when
        Complaint c = Complaint.replayStored(rows);

        // then
        assertThat(c.state()).isEqualTo(ComplaintState.ESCALATED);
        assertThat(c.claimAmount()).isEqualTo(Money.cny("80000.00"));
        assertThat(c.events().get(4)).isEqualTo(new ComplaintEvent.ClaimRecorded(
                new ComplaintEvent.Recorded(ID, 5, ComplaintState.IN_PROGRESS, MARKETING, at(5), "claim"),
                Money.cny("80000")));
        assertThat(c.escalations()).containsExactly(new Escalation(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM,
                at(6)));
        assertThat(c.progressReports()).containsExactly(new ProgressReport(at(7),
                EnumSet.of(ProgressAudience.CUSTOMER, ProgressAudience.COMPETENT_DEPARTMENT)));
    }

    @Test
    void aTypedEventShowsNoFreeText() {
        // given
        Complaint c = aRichComplaint();

        // when / then
        assertThat(c.events()).allSatisfy(e -> assertThat(e.toString()).contains(ID.value(), e.getClass().getSimpleName())
                .doesNotContain("compensated", "press calibration", "effective", "samples requested", "told the customer"));
        assertThat(c.events().get(0).toString()).doesNotContain(ComplaintFixtures.anIntake().content());
    }

    @Test
    void aGapInTheHistoryIsRefused() {
        // given
        List<ComplaintEvent> events = new ArrayList<>(inState(ComplaintState.ASSIGNED).events());
        events.remove(1);

        // when / then
        assertThatThrownBy(() -> Complaint.replay(events)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sequence 3, expected 2");
    }

    @Test
    void anIllegalMoveInStoredHistoryIsRefused() {
        // given
        Complaint received = inState(ComplaintState.RECEIVED);
        List<StoredComplaintEvent> events = new ArrayList<>(stored(received));
        events.add(new StoredComplaintEvent(ID, 2, ComplaintEventType.CLOSED, ComplaintState.CLOSED, MARKETING, at(1),
                "closed at once", Map.of()));

        // when / then
        assertThatThrownBy(() -> Complaint.replayStored(events)).isInstanceOf(IllegalComplaintTransitionException.class)
                .hasMessage("complaint TS-2025-0042 is RECEIVED: cannot close it (CLOSED is allowed only in REVIEWED)");
    }

    @Test
    void eventsOfAnotherComplaintAreRefused() {
        // given
        List<StoredComplaintEvent> events = new ArrayList<>(stored(inState(ComplaintState.RECEIVED)));
        StoredComplaintEvent other = inState(ComplaintState.REGISTERED).events().get(1).stored();
        events.add(new StoredComplaintEvent(ComplaintId.of("TS-OTHER"), 2, other.type(), other.stateAfter(),
                other.by(), other.at(), other.why(), other.changes()));

        // when / then
        assertThatThrownBy(() -> Complaint.replayStored(events)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("belongs to complaint TS-OTHER");
    }

    @Test
    void anEmptyHistoryOrOneNotStartingWithReceivedIsRefused() {
        // given
        StoredComplaintEvent registered = inState(ComplaintState.REGISTERED).events().get(1).stored();
        StoredComplaintEvent first = new StoredComplaintEvent(ID, 1, registered.type(), registered.stateAfter(),
                registered.by(), registered.at(), registered.why(), registered.changes());

        // when / then
        assertThatThrownBy(() -> Complaint.replay(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> Complaint.replayStored(List.of(first))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starts with RECEIVED");
    }

    @Test
    void anUnreadableValueInStoredHistoryIsRefusedNamingTheField() {
        // given
        List<StoredComplaintEvent> events = new ArrayList<>(stored(inState(ComplaintState.IN_PROGRESS)));
        events.add(new StoredComplaintEvent(ID, 5, ComplaintEventType.CLAIM_RECORDED, ComplaintState.IN_PROGRESS,
                MARKETING, at(5), "claim", Map.of("claimAmountCny", "fifty thousand")));

        // when / then
        assertThatThrownBy(() -> Complaint.replayStored(events)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changes.claimAmountCny = 'fifty thousand'");
    }
}
