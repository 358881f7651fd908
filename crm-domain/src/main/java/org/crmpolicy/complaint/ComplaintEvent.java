package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.internal.Arguments;
import org.crmpolicy.money.Money;

/**
 * One immutable entry of a complaint's history (P5): who did what, when and why ({@link Recorded}), and the typed
 * facts of what happened — one record per {@link ComplaintEventType}. The history is the complaint:
 * {@link Complaint#replay(java.util.List)} rebuilds the complaint from it, so a host stores these events
 * (append-only) and nothing else.
 *
 * <p>To store an event as text columns use {@link #stored()} (type, state after, actor, instant, reason and
 * {@code name=value} changes); to load one use {@link #fromStored} or {@link StoredComplaintEvent#toEvent()}. The
 * stored form is the one this library has always written, so rows stored by earlier versions load unchanged.
 *
 * <p>{@code toString()} of every event shows its header and type but no free text (content, results, reasons): they
 * may hold personal data (I3).
 */
public sealed interface ComplaintEvent {

    /** Who, when, why, and where in the history: the part every event has. */
    Recorded recorded();

    /** What happened. */
    ComplaintEventType type();

    default ComplaintId complaintId() {
        return recorded().complaintId();
    }

    /** 1 for the first event, then consecutive; the complaint's version after this event. */
    default long sequence() {
        return recorded().sequence();
    }

    /** The state the complaint is in after this event (checked on replay). */
    default ComplaintState stateAfter() {
        return recorded().stateAfter();
    }

    default Actor by() {
        return recorded().by();
    }

    default Instant at() {
        return recorded().at();
    }

    default String why() {
        return recorded().why();
    }

    /** The event in its stored form: text columns and {@code name=value} changes. */
    default StoredComplaintEvent stored() {
        return ComplaintEventCodec.encode(this);
    }

    /**
     * An event as a host stored it, with type, state and unit as text: the way back from a database row.
     *
     * @throws IllegalArgumentException naming the complaint, the sequence and the field when the type or the state
     *                                  is not one this library knows, or a change is missing or unreadable
     */
    static ComplaintEvent fromStored(String complaintId, long sequence, String type, String stateAfter,
                                     String staffId, String unit, Instant at, String why,
                                     Map<String, String> changes) {
        return StoredComplaintEvent.fromStored(complaintId, sequence, type, stateAfter, staffId, unit, at, why, changes)
                .toEvent();
    }

    /**
     * The header of an event: which complaint, its place in the history, the state after it, who, when and why.
     *
     * @param complaintId which complaint
     * @param sequence    1 for the first event, then consecutive
     * @param stateAfter  the state after the event
     * @param by          who did it; never null: there is no transition by nobody
     * @param at          when
     * @param why         the reason given, not blank; may hold personal data, never shown by {@code toString()}
     */
    record Recorded(ComplaintId complaintId, long sequence, ComplaintState stateAfter, Actor by, Instant at,
                    String why) {

        public Recorded {
            check(complaintId, sequence, null, stateAfter, by, at, why);
        }

        /** Validates a header, naming the event type when known. */
        static void check(ComplaintId complaintId, long sequence, ComplaintEventType type, ComplaintState stateAfter,
                          Actor by, Instant at, String why) {
            Objects.requireNonNull(complaintId, "event.complaintId must not be null");
            String where = "complaint " + complaintId + " event " + sequence;
            String typed = type == null ? where : where + " (" + type + ")";
            if (sequence < 1) {
                throw new IllegalArgumentException(where + ": sequence = " + sequence + " must be 1 or more");
            }
            if (stateAfter == null) {
                throw new IllegalArgumentException(typed + ": stateAfter must not be null");
            }
            if (by == null) {
                throw new IllegalArgumentException(typed + ": by must not be null; "
                        + "every change to a complaint names the person who made it");
            }
            if (at == null) {
                throw new IllegalArgumentException(typed + ": at must not be null");
            }
            if (why == null || why.isBlank()) {
                throw new IllegalArgumentException(typed + ": why must not be blank; "
                        + "every change to a complaint records its reason");
            }
        }

        @Override
        public String toString() {
            return complaintId + " #" + sequence + " -> " + stateAfter + " by " + by + " at " + at;
        }
    }

    // ------------------------------------------------------------------ lifecycle transitions (P2, P4)

    /** The complaint came in (P2 received, P1 classified, P6 first contact recorded). */
    record Received(Recorded recorded, Intake intake) implements ComplaintEvent {
        public Received {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(intake, "intake must not be null");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.RECEIVED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Type determined, acceptance form filled, competent department named (P2, D10). */
    record Registered(Recorded recorded, Registration registration) implements ComplaintEvent {
        public Registered {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(registration, "registration must not be null");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.REGISTERED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Responsible unit and handling deadline set (P2, P8), approved at once when the assignment names the approver. */
    record Assigned(Recorded recorded, Assignment assignment) implements ComplaintEvent {
        public Assigned {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(assignment, "assignment must not be null");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.ASSIGNED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Cause analysis and corrective action under way (P2); either may be {@code null}. */
    record HandlingStarted(Recorded recorded, String causeAnalysis, String correctiveAction) implements ComplaintEvent {
        public HandlingStarted {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.HANDLING_STARTED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The result was told to the customer (P2). */
    record Resolved(Recorded recorded, String result) implements ComplaintEvent {
        public Resolved {
            Objects.requireNonNull(recorded, "recorded");
            requireText(result, "result");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.RESOLVED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The result was reviewed (复核, P2). */
    record Reviewed(Recorded recorded) implements ComplaintEvent {
        public Reviewed {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.REVIEWED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The customer confirmed satisfaction (P2). */
    record Closed(Recorded recorded) implements ComplaintEvent {
        public Closed {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CLOSED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The customer was not satisfied; the complaint is handled again (P2). */
    record Reopened(Recorded recorded) implements ComplaintEvent {
        public Reopened {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.REOPENED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /**
     * Handed to the GM office meeting, the board or the legal department (P4).
     *
     * @param largeClaimBound the bound a LARGE_CLAIM escalation was checked against, {@code null} for other reasons
     */
    record Escalated(Recorded recorded, EscalationBody to, EscalationReason reason, Money largeClaimBound)
            implements ComplaintEvent {
        public Escalated {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(to, "to must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
            if ((reason == EscalationReason.LARGE_CLAIM) != (largeClaimBound != null)) {
                throw new IllegalArgumentException("complaint " + recorded.complaintId() + " event "
                        + recorded.sequence() + " (ESCALATED): largeClaimBound is given exactly for a LARGE_CLAIM");
            }
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.ESCALATED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    // ------------------------------------------------------------------ records (state unchanged)

    /** The leader in charge ({@code by}) approved the responsible unit and handling deadline (A7). */
    record AssignmentApproved(Recorded recorded) implements ComplaintEvent {
        public AssignmentApproved {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.ASSIGNMENT_APPROVED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The first response to the customer (D5, P6). */
    record Responded(Recorded recorded) implements ComplaintEvent {
        public Responded {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.RESPONDED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The handling plan was given to the customer (D5). */
    record HandlingPlanGiven(Recorded recorded) implements ComplaintEvent {
        public HandlingPlanGiven {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.PLAN_GIVEN;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Staff arrived on site (D6). */
    record ArrivedOnSite(Recorded recorded) implements ComplaintEvent {
        public ArrivedOnSite {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.ON_SITE;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Progress was reported to the competent department, the customer or both (D7, P6). */
    record ProgressReported(Recorded recorded, Set<ProgressAudience> audiences) implements ComplaintEvent {
        public ProgressReported {
            Objects.requireNonNull(recorded, "recorded");
            if (audiences == null || audiences.isEmpty()) {
                throw new IllegalArgumentException("to must name the competent department, the customer or both");
            }
            audiences = Collections.unmodifiableSet(EnumSet.copyOf(audiences));
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.PROGRESS_REPORTED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** Handling waits for the customer: running deadlines pause. */
    record WaitingForCustomer(Recorded recorded) implements ComplaintEvent {
        public WaitingForCustomer {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.WAITING_FOR_CUSTOMER;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The customer answered: paused deadlines run again. */
    record CustomerReplied(Recorded recorded) implements ComplaintEvent {
        public CustomerReplied {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CUSTOMER_REPLIED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** A claim for compensation, or its first estimate, in CNY (P4); a later claim replaces an earlier one. */
    record ClaimRecorded(Recorded recorded, Money claim) implements ComplaintEvent {
        public ClaimRecorded {
            Objects.requireNonNull(recorded, "recorded");
            Arguments.cny(claim, "complaint " + recorded.complaintId() + " claim", "ClaimRecorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CLAIM_RECORDED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The complaint was judged to have a major social impact (P4). */
    record MajorSocialImpactRecorded(Recorded recorded) implements ComplaintEvent {
        public MajorSocialImpactRecorded {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.SOCIAL_IMPACT_RECORDED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The complaint became a lawsuit (P4). */
    record LitigationRecorded(Recorded recorded) implements ComplaintEvent {
        public LitigationRecorded {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.LITIGATION_RECORDED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** A conflict graded, with its resolution method and responsibility (P7). */
    record ConflictRecorded(Recorded recorded, Conflict conflict) implements ComplaintEvent {
        public ConflictRecorded {
            Objects.requireNonNull(recorded, "recorded");
            Objects.requireNonNull(conflict, "conflict must not be null");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CONFLICT_RECORDED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The responsible person ({@code by}) signed the responsibility finding (P11). */
    record ResponsibilityConfirmed(Recorded recorded) implements ComplaintEvent {
        public ResponsibilityConfirmed {
            Objects.requireNonNull(recorded, "recorded");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.RESPONSIBILITY_CONFIRMED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The conflict's result was fed back to the customer and archived (P7). */
    record ConflictArchived(Recorded recorded, String archiveReference) implements ComplaintEvent {
        public ConflictArchived {
            Objects.requireNonNull(recorded, "recorded");
            requireText(archiveReference, "archiveReference");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CONFLICT_ARCHIVED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The responsible unit ({@code by().unit()}) evaluated the effect of the corrective action (P9). */
    record CorrectiveActionEvaluated(Recorded recorded, String evaluation) implements ComplaintEvent {
        public CorrectiveActionEvaluated {
            Objects.requireNonNull(recorded, "recorded");
            requireText(evaluation, "evaluation");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.CORRECTIVE_ACTION_EVALUATED;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /**
     * A satisfaction follow-up (revisit) after resolution (R7, R8).
     *
     * @param satisfactionRating 1 to 5, or {@code null} when none was taken
     */
    record FollowedUp(Recorded recorded, boolean coversProgress, Integer satisfactionRating) implements ComplaintEvent {
        public FollowedUp {
            Objects.requireNonNull(recorded, "recorded");
            new FollowUp(recorded.at(), coversProgress, satisfactionRating);
        }

        /** The follow-up as the complaint reports it. */
        public FollowUp followUp() {
            return new FollowUp(at(), coversProgress, satisfactionRating);
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.FOLLOWED_UP;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    /** The post-mortem (复盘) of the handling (P10). */
    record PostMortemHeld(Recorded recorded, String summary) implements ComplaintEvent {
        public PostMortemHeld {
            Objects.requireNonNull(recorded, "recorded");
            requireText(summary, "summary");
        }

        @Override
        public ComplaintEventType type() {
            return ComplaintEventType.POST_MORTEM;
        }

        @Override
        public String toString() {
            return ComplaintEventCodec.describe(this);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
