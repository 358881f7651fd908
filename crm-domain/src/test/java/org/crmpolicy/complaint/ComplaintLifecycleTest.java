package org.crmpolicy.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.complaint.ComplaintFixtures.CLERK;
import static org.crmpolicy.complaint.ComplaintFixtures.HANDLER;
import static org.crmpolicy.complaint.ComplaintFixtures.ID;
import static org.crmpolicy.complaint.ComplaintFixtures.LEADER;
import static org.crmpolicy.complaint.ComplaintFixtures.MARKETING;
import static org.crmpolicy.complaint.ComplaintFixtures.POLICY;
import static org.crmpolicy.complaint.ComplaintFixtures.T0;
import static org.crmpolicy.complaint.ComplaintFixtures.anAssignment;
import static org.crmpolicy.complaint.ComplaintFixtures.anIntake;
import static org.crmpolicy.complaint.ComplaintFixtures.aRegistration;
import static org.crmpolicy.complaint.ComplaintFixtures.at;
import static org.crmpolicy.complaint.ComplaintFixtures.attempt;
import static org.crmpolicy.complaint.ComplaintFixtures.inState;
import static org.crmpolicy.complaint.ComplaintFixtures.received;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComplaintLifecycleTest {

    @Test
    void aComplaintWalksThroughEveryStateIncludingEscalationAndReopening() {
        // given
        Assignment unapproved = new Assignment(ComplaintFixtures.BU_PRINT, at(200), "E-3003", "E-3004", null);
        List<ComplaintState> visited = new ArrayList<>();

        // when
        Complaint c = received();
        visited.add(c.state());
        c = c.register(aRegistration(), CLERK, at(1), "acceptance form SL-2025-118 filled");
        visited.add(c.state());
        c = c.assign(unapproved, MARKETING, at(2), "BU-PRINT is responsible, one week");
        visited.add(c.state());
        c = c.approveAssignment(LEADER, at(3), "leader in charge approves unit and deadline");
        c = c.startHandling("ink batch out of tolerance", "reprint the order", HANDLER, at(4), "cause found");
        visited.add(c.state());
        c = c.recordClaim(Money.cny("50000.00"), MARKETING, at(5), "customer claims the reprint costs");
        c = c.escalate(EscalationBody.GM_OFFICE_MEETING, EscalationReason.LARGE_CLAIM, POLICY, MARKETING, at(6),
                "a claim at the large-claim bound goes to the GM office meeting");
        visited.add(c.state());
        c = c.startHandling(null, "reprint and compensate 20,000 CNY", HANDLER, at(30), "GM office meeting decided");
        visited.add(c.state());
        c = c.resolve("reprinted, compensation paid", HANDLER, at(40), "result told to the customer");
        visited.add(c.state());
        c = c.reopen(MARKETING, at(41), "customer finds the colour still wrong");
        visited.add(c.state());
        c = c.assign(anAssignment(), MARKETING, at(42), "same unit, new deadline");
        visited.add(c.state());
        c = c.startHandling(null, "second reprint on another press", HANDLER, at(43), "handled again");
        visited.add(c.state());
        c = c.resolve("second reprint delivered", HANDLER, at(60), "result told to the customer");
        visited.add(c.state());
        c = c.review(MARKETING, at(61), "result reviewed");
        visited.add(c.state());
        c = c.followUp(true, 5, MARKETING, at(62), "satisfaction follow-up");
        c = c.close(MARKETING, at(63), "customer confirmed satisfaction");
        visited.add(c.state());

        // then
        assertThat(visited).containsExactly(ComplaintState.RECEIVED, ComplaintState.REGISTERED,
                ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS, ComplaintState.ESCALATED,
                ComplaintState.IN_PROGRESS, ComplaintState.RESOLVED, ComplaintState.REOPENED, ComplaintState.ASSIGNED,
                ComplaintState.IN_PROGRESS, ComplaintState.RESOLVED, ComplaintState.REVIEWED, ComplaintState.CLOSED);
        assertThat(EnumSet.copyOf(visited)).containsExactlyInAnyOrder(ComplaintState.values());
        assertThat(c.version()).isEqualTo(c.events().size()).isEqualTo(16);
        assertThat(c.reopenCount()).isEqualTo(1);
        assertThat(c.escalations()).containsExactly(
                new Escalation(EscalationBody.GM_OFFICE_MEETING, EscalationReason.LARGE_CLAIM, at(6)));
        assertThat(c.handlingPeriods()).containsExactly(new Interval(at(1), at(40)), new Interval(at(41), at(60)));
        assertThat(c.closedAt()).isEqualTo(at(63));
        assertThat(c.events()).extracting(ComplaintEvent::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L);
        assertThat(c.events()).allSatisfy(e -> {
            assertThat(e.by()).isNotNull();
            assertThat(e.at()).isNotNull();
            assertThat(e.why()).isNotBlank();
        });
    }

    @Test
    void eachTransitionReturnsANewComplaintAndLeavesTheOldOneAsItWas() {
        // given
        Complaint registered = inState(ComplaintState.REGISTERED);

        // when
        Complaint assigned = registered.assign(anAssignment(), MARKETING, at(2), "assigned");

        // then
        assertThat(registered.state()).isEqualTo(ComplaintState.REGISTERED);
        assertThat(registered.version()).isEqualTo(2);
        assertThat(assigned.state()).isEqualTo(ComplaintState.ASSIGNED);
        assertThat(assigned.version()).isEqualTo(3);
        assertThat(assigned.events().get(2)).satisfies(e -> {
            assertThat(e.type()).isEqualTo(ComplaintEventType.ASSIGNED);
            assertThat(e.by()).isEqualTo(MARKETING);
            assertThat(e.at()).isEqualTo(at(2));
            assertThat(e.why()).isEqualTo("assigned");
            assertThat(e.stored().changes()).containsEntry("responsibleUnit", "BU-PRINT")
                    .containsEntry("handlingDeadline", at(24 * 7).toString());
        });
    }

    @Test
    void theHistoryCannotBeChangedFromOutside() {
        // given
        Complaint c = inState(ComplaintState.ASSIGNED);

        // when / then
        assertThatThrownBy(() -> c.events().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.events().get(0).stored().changes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.version()).isEqualTo(3);
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (ComplaintState state : ComplaintState.values()) {
            for (ComplaintEventType type : ComplaintEventType.values()) {
                if (type != ComplaintEventType.RECEIVED && !type.allowedFrom().contains(state)) {
                    moves.add(Arguments.of(state, type));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{1} in state {0} is refused")
    @MethodSource("illegalMoves")
    void everyMoveTheStateDoesNotAllowIsRefusedNamingComplaintStateAndAttempt(ComplaintState state,
                                                                               ComplaintEventType type) {
        // given
        Complaint c = inState(state);
        List<ComplaintEvent> before = List.copyOf(c.events());

        // when / then
        assertThatThrownBy(() -> attempt(c, type, at(100)))
                .isInstanceOfSatisfying(IllegalComplaintTransitionException.class, e -> {
                    assertThat(e.complaintId()).isEqualTo(ID);
                    assertThat(e.current()).isEqualTo(state);
                    assertThat(e.attempted()).isEqualTo(type);
                    assertThat(e.getMessage()).contains(ID.value(), state.name(), type.name());
                });
        assertThat(c.events()).isEqualTo(before);
        assertThat(c.state()).isEqualTo(state);
        assertThat(c.allows(type)).isFalse();
    }

    @Test
    void anIllegalMoveReadsAsTheComplaintItsStateAndWhatWasAttempted() {
        Complaint received = inState(ComplaintState.RECEIVED);

        assertThatThrownBy(() -> attempt(received, ComplaintEventType.CLOSED, at(100)))
                .isInstanceOf(IllegalComplaintTransitionException.class)
                .hasMessage("complaint TS-2025-0042 is RECEIVED: cannot close it (CLOSED is allowed only in REVIEWED)");
    }

    @Test
    void thereAreIllegalMovesFromEveryState() {
        // given / when
        long states = illegalMoves().map(a -> a.get()[0]).distinct().count();

        // then
        assertThat(states).isEqualTo(ComplaintState.values().length);
    }

    @Test
    void aClosedComplaintAllowsOnlyFollowUpAndPostMortem() {
        // given
        Complaint closed = inState(ComplaintState.CLOSED);

        // when
        List<ComplaintEventType> allowed = Arrays.stream(ComplaintEventType.values()).filter(closed::allows).toList();

        // then
        assertThat(allowed).containsExactlyInAnyOrder(ComplaintEventType.FOLLOWED_UP, ComplaintEventType.POST_MORTEM);
    }

    @Test
    void aClaimWithoutAnAmountIsACallerErrorNamingTheParameter() {
        Complaint c = inState(ComplaintState.IN_PROGRESS);

        assertThatThrownBy(() -> c.recordClaim(null, MARKETING, at(4), "claim recorded"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim must not be null (Complaint.recordClaim)");
        assertThatThrownBy(() -> Money.cny((String) null)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be null (Money.cny)");
    }

    @ParameterizedTest(name = "claim {0} CNY escalates as a large claim: {1}")
    @CsvSource({"49999.99, false", "50000.00, true", "50000, true", "120000, true"})
    void aLargeClaimEscalationNeedsAClaimAtOrAboveTheBound(String claim, boolean accepted) {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS)
                .recordClaim(Money.cny(claim), MARKETING, at(4), "claim recorded");

        // when / then
        if (accepted) {
            Complaint escalated = c.escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, POLICY, MARKETING,
                    at(5), "large claim");
            assertThat(escalated.state()).isEqualTo(ComplaintState.ESCALATED);
            assertThat(POLICY.pendingFor(escalated)).isEmpty();
        } else {
            assertThatThrownBy(() -> c.escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, POLICY, MARKETING,
                    at(5), "large claim")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("49999.99").hasMessageContaining("50000");
            assertThat(POLICY.reasonsFor(c)).isEmpty();
        }
    }

    @Test
    void theBoundIsThePolicysNotTheDomainsOwn() {
        // given
        EscalationPolicy strict = EscalationPolicy.ofLargeClaimBound(new BigDecimal("10000"));
        Complaint c = inState(ComplaintState.IN_PROGRESS)
                .recordClaim(Money.cny("20000"), MARKETING, at(4), "claim recorded");

        // when / then
        assertThat(strict.pendingFor(c)).containsExactly(EscalationReason.LARGE_CLAIM);
        assertThat(POLICY.pendingFor(c)).isEmpty();
        assertThat(c.escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, strict, MARKETING, at(5), "large")
                .events().get(5).stored().changes()).containsEntry("largeClaimBoundCny", "10000.00");
    }

    @Test
    void litigationGoesToTheLegalDepartmentAndNowhereElse() {
        // given
        Complaint sued = inState(ComplaintState.IN_PROGRESS).recordLitigation(MARKETING, at(4), "customer sued");

        // when
        Complaint legal = sued.escalate(EscalationBody.LEGAL_DEPARTMENT, EscalationReason.LITIGATION, POLICY,
                MARKETING, at(5), "lawsuit filed");

        // then
        assertThat(legal.state()).isEqualTo(ComplaintState.ESCALATED);
        assertThat(legal.wasEscalatedTo(EscalationBody.LEGAL_DEPARTMENT)).isTrue();
        assertThat(POLICY.pendingFor(legal)).isEmpty();
        assertThatThrownBy(() -> sued.escalate(EscalationBody.BOARD, EscalationReason.LITIGATION, POLICY, MARKETING,
                at(5), "lawsuit")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEGAL_DEPARTMENT");
        assertThatThrownBy(() -> inState(ComplaintState.IN_PROGRESS).escalate(EscalationBody.LEGAL_DEPARTMENT,
                EscalationReason.LITIGATION, POLICY, MARKETING, at(5), "lawsuit"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no litigation was recorded");
    }

    @Test
    void anEscalationToTheSameBodyForTheSameReasonIsNotRepeated() {
        // given
        Complaint escalated = inState(ComplaintState.ESCALATED);

        // when / then
        assertThatThrownBy(() -> escalated.escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, POLICY,
                MARKETING, at(6), "again")).isInstanceOf(IllegalComplaintTransitionException.class)
                .hasMessageContaining("already escalated to BOARD");
        assertThat(escalated.recordLitigation(MARKETING, at(6), "sued")
                .escalate(EscalationBody.LEGAL_DEPARTMENT, EscalationReason.LITIGATION, POLICY, MARKETING, at(7), "sued")
                .escalations()).hasSize(2);
    }

    @Test
    void aComplaintCannotBeDeletedOrChangedInPlace() {
        // given
        List<String> methods = Arrays.stream(Complaint.class.getMethods()).map(java.lang.reflect.Method::getName)
                .toList();

        // then
        assertThat(methods).noneMatch(m -> m.matches("(?i)(delete|remove|clear|set|purge|erase|truncate).*"));
        assertThat(Arrays.stream(Complaint.class.getDeclaredFields()))
                .allMatch(f -> java.lang.reflect.Modifier.isFinal(f.getModifiers()));
    }

    @Test
    void p6TheFirstContactOwnsTheReplyAfterOthersActedOnTheComplaint() {
        // given / when: received by the clerk, then registered, assigned and handled by others
        Complaint assigned = inState(ComplaintState.ASSIGNED);
        Complaint handled = inState(ComplaintState.IN_PROGRESS);

        // then
        assertThat(assigned.firstContactOwner()).isEqualTo(CLERK);
        assertThat(handled.firstContactOwner()).isEqualTo(CLERK);
        assertThat(handled.events()).extracting(ComplaintEvent::by).contains(MARKETING, HANDLER);
    }

    @Test
    void onlyTheResponsiblePersonSignsTheResponsibilityFinding() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS).recordConflict(new Conflict(SeverityGrade.SERIOUS,
                ResolutionMethod.THIRD_PARTY_MEDIATION, ResponsibilityKind.FAULT, "E-3003"), MARKETING, at(4), "graded");

        // when / then
        assertThatThrownBy(() -> c.confirmResponsibility(MARKETING, at(5), "signed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E-2002").hasMessageContaining("E-3003");
        assertThat(c.confirmResponsibility(HANDLER, at(5), "signed").responsibilityConfirmedAt()).isEqualTo(at(5));
    }

    @Test
    void anAssignmentIsApprovedOnce() {
        // given
        Complaint approved = inState(ComplaintState.ASSIGNED);

        // when / then
        assertThat(approved.assignment().approvedBy()).isEqualTo(LEADER);
        assertThatThrownBy(() -> approved.approveAssignment(LEADER, at(3), "again"))
                .isInstanceOf(IllegalComplaintTransitionException.class).hasMessageContaining("already approved");
    }

    @Test
    void waitingForTheCustomerOpensAndClosesAWait() {
        // given
        Complaint c = inState(ComplaintState.IN_PROGRESS);

        // when
        Complaint waiting = c.waitForCustomer(HANDLER, at(4), "asked for samples");
        Complaint replied = waiting.customerReplied(HANDLER, at(10), "samples arrived");

        // then
        assertThat(waiting.isWaitingForCustomer()).isTrue();
        assertThat(replied.isWaitingForCustomer()).isFalse();
        assertThat(replied.waits()).containsExactly(new Interval(at(4), at(10)));
        assertThatThrownBy(() -> c.customerReplied(HANDLER, at(4), "?"))
                .isInstanceOf(IllegalComplaintTransitionException.class).hasMessageContaining("nothing waits");
        assertThatThrownBy(() -> waiting.waitForCustomer(HANDLER, at(5), "again"))
                .isInstanceOf(IllegalComplaintTransitionException.class).hasMessageContaining("already waiting");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"MINOR, LOW", "GENERAL, NORMAL", "SERIOUS, HIGH", "CRITICAL, URGENT"})
    void p1SeverityDecidesPriority(SeverityGrade severity, Priority priority) {
        // given / when
        FeedbackClassification classification = FeedbackClassification.of(FeedbackType.COMPLAINT, severity);

        // then
        assertThat(classification.priority()).isEqualTo(priority);
    }

    @ParameterizedTest
    @EnumSource(value = FeedbackType.class, names = {"INQUIRY", "SUGGESTION"})
    void p1OnlyAComplaintStartsTheComplaintLifecycle(FeedbackType type) {
        // given / when / then
        assertThatThrownBy(() -> new Intake(CustomerId.of("C-001"), FeedbackClassification.of(type,
                SeverityGrade.MINOR), "text", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(type.name()).hasMessageContaining("P1");
    }

    @Test
    void noPersonalDataInToStringOrErrors() {
        // given
        Complaint c = received();

        // when
        String shown = c + " " + c.events() + " " + anIntake();
        Throwable error = org.assertj.core.api.Assertions.catchThrowable(() -> c.resolve("x", HANDLER, at(1), "r"));

        // then
        assertThat(shown).doesNotContain("13800000000").doesNotContain("张三").contains("TS-2025-0042");
        assertThat(error.getMessage()).doesNotContain("13800000000").doesNotContain("张三");
    }

    @Test
    void aReceivedComplaintRecordsCustomerClassificationAndConfirmation() {
        // given / when
        Complaint c = received();

        // then
        assertThat(c.state()).isEqualTo(ComplaintState.RECEIVED);
        assertThat(c.customerId()).isEqualTo(CustomerId.of("C-001"));
        assertThat(c.priority()).isEqualTo(Priority.HIGH);
        assertThat(c.isConfirmedWithCustomer()).isTrue();
        assertThat(c.receivedAt()).isEqualTo(T0);
        assertThat(c.version()).isEqualTo(1);
    }
}
