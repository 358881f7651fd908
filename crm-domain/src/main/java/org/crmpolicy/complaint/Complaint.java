package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.complaint.ComplaintEvent.Recorded;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.internal.Arguments;
import org.crmpolicy.money.Money;

/**
 * A customer complaint and its whole history (P2, P5): an immutable aggregate whose every change is a method that is
 * legal only in the states that allow it, returns the changed complaint and appends one typed {@link ComplaintEvent}
 * (who, when, why, what). Nothing is ever removed: there is no delete, and the events are the complaint —
 * {@link #replay(List)} rebuilds an equal complaint from them, which is how a host loads one from storage (see
 * {@link StoredComplaintEvent} for the stored form). What an event does to the complaint is decided in one place, the
 * fold of its history.
 *
 * <pre>{@code
 * Complaint c = Complaint.receive(ComplaintId.of("TS-2025-0042"), intake, clerk, at, "customer called the hotline")
 *         .register(registration, clerk, at.plusSeconds(600), "acceptance form filled")
 *         .assign(assignment, marketing, at.plusSeconds(3600), "responsible unit BU-PRINT, 5 days");
 * c.state();    // ASSIGNED
 * c.version();  // 3 — store it with the events and compare it when writing (optimistic locking)
 * Complaint.replay(c.events()).equals(c);  // true
 * }</pre>
 *
 * <p>A move the state does not allow throws {@link IllegalComplaintTransitionException} naming the complaint, its
 * state and the attempted event ({@link #allows} tells beforehand); invalid arguments throw
 * {@link IllegalArgumentException} naming the field. Either way the complaint the method was called on is unchanged
 * (it is immutable). Events must come in time order (equal instants are allowed). {@link #toString()} shows no
 * personal data (I3).
 *
 * <p>Immutable and thread-safe. Equality: same id and same events.
 */
public final class Complaint {

    private final ComplaintId id;
    private final List<ComplaintEvent> events;
    private final ComplaintHistory h;

    private Complaint(ComplaintId id, List<ComplaintEvent> events) {
        this.id = id;
        this.events = List.copyOf(events);
        this.h = ComplaintHistory.of(id, this.events);
    }

    // ------------------------------------------------------------------ creation and replay

    /**
     * Takes in a new complaint (P2 received). The person who receives it is its first-contact owner and stays
     * responsible for the reply (P6).
     *
     * @throws IllegalArgumentException when an argument is null or blank, naming it
     */
    public static Complaint receive(ComplaintId id, Intake intake, Actor by, Instant at, String why) {
        Objects.requireNonNull(id, "complaint id must not be null");
        Objects.requireNonNull(intake, "intake must not be null");
        Recorded.check(id, 1, ComplaintEventType.RECEIVED, ComplaintState.RECEIVED, by, at, why);
        return new Complaint(id, List.of(new ComplaintEvent.Received(
                new Recorded(id, 1, ComplaintState.RECEIVED, by, at, why), intake)));
    }

    /**
     * Rebuilds a complaint from its history. The result equals the complaint that produced the events.
     *
     * @throws IllegalArgumentException when the history is empty, mixes complaints, has a gap in its sequence, is
     *                                  out of time order, does not start with RECEIVED or records a state the events
     *                                  do not lead to
     * @throws IllegalComplaintTransitionException when an event was not legal in the state before it
     */
    public static Complaint replay(List<? extends ComplaintEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty: a complaint starts with RECEIVED");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new IllegalArgumentException("events[" + i + "] must not be null");
            }
        }
        return new Complaint(events.get(0).complaintId(), List.copyOf(events));
    }

    /**
     * Rebuilds a complaint from its stored rows: {@link StoredComplaintEvent#toEvent() decodes} each, then
     * {@link #replay(List) replays} them.
     *
     * @throws IllegalArgumentException as {@link #replay} does, and when a stored value is missing or unreadable
     *                                  (naming the complaint, the event and the field)
     */
    public static Complaint replayStored(List<StoredComplaintEvent> stored) {
        Objects.requireNonNull(stored, "stored events must not be null");
        List<ComplaintEvent> events = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i) == null) {
                throw new IllegalArgumentException("events[" + i + "] must not be null");
            }
            events.add(stored.get(i).toEvent());
        }
        return replay(events);
    }

    // ------------------------------------------------------------------ lifecycle transitions (P2, P4)

    /** RECEIVED → REGISTERED: type determined, acceptance form filled, passed to the competent department (P2, D10). */
    public Complaint register(Registration registration, Actor by, Instant at, String why) {
        Objects.requireNonNull(registration, "registration must not be null");
        return append(new ComplaintEvent.Registered(next(ComplaintEventType.REGISTERED, by, at, why), registration));
    }

    /**
     * REGISTERED or REOPENED → ASSIGNED: responsible unit and handling deadline set (P2), responsible person and
     * designated handler named (P8), approved by the leader in charge when {@code approvedBy} is given (A7).
     */
    public Complaint assign(Assignment assignment, Actor by, Instant at, String why) {
        Objects.requireNonNull(assignment, "assignment must not be null");
        return append(new ComplaintEvent.Assigned(next(ComplaintEventType.ASSIGNED, by, at, why), assignment));
    }

    /** The leader in charge ({@code by}) approves the responsible unit and handling deadline (A7). */
    public Complaint approveAssignment(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.AssignmentApproved(next(ComplaintEventType.ASSIGNMENT_APPROVED, by, at, why)));
    }

    /**
     * ASSIGNED, REOPENED or ESCALATED → IN_PROGRESS: the responsible unit analyses the cause and corrects it.
     *
     * @param causeAnalysis    the cause found so far, or {@code null}
     * @param correctiveAction the corrective action decided, or {@code null}
     */
    public Complaint startHandling(String causeAnalysis, String correctiveAction, Actor by, Instant at, String why) {
        return append(new ComplaintEvent.HandlingStarted(next(ComplaintEventType.HANDLING_STARTED, by, at, why),
                causeAnalysis, correctiveAction));
    }

    /** IN_PROGRESS or ESCALATED → RESOLVED: the result was told to the customer. */
    public Complaint resolve(String result, Actor by, Instant at, String why) {
        requireText(result, "result");
        return append(new ComplaintEvent.Resolved(next(ComplaintEventType.RESOLVED, by, at, why), result));
    }

    /** RESOLVED → REVIEWED: the result was reviewed (复核). */
    public Complaint review(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.Reviewed(next(ComplaintEventType.REVIEWED, by, at, why)));
    }

    /** REVIEWED → CLOSED: the customer confirmed satisfaction. */
    public Complaint close(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.Closed(next(ComplaintEventType.CLOSED, by, at, why)));
    }

    /** RESOLVED or REVIEWED → REOPENED: the customer is not satisfied; the complaint is handled again. */
    public Complaint reopen(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.Reopened(next(ComplaintEventType.REOPENED, by, at, why)));
    }

    /**
     * → ESCALATED (P4): a large claim or a major social impact to the GM office meeting or the board; litigation to
     * the legal department.
     *
     * @param policy the escalation policy whose bound a LARGE_CLAIM escalation is checked against
     * @throws IllegalArgumentException when the reason does not fit the body, or the facts recorded do not support
     *                                  the reason (no claim at or above the bound, no litigation recorded ...)
     */
    public Complaint escalate(EscalationBody to, EscalationReason reason, EscalationPolicy policy,
                              Actor by, Instant at, String why) {
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Money bound = reason == EscalationReason.LARGE_CLAIM ? Money.cny(policy.largeClaimBound()) : null;
        return append(new ComplaintEvent.Escalated(next(ComplaintEventType.ESCALATED, by, at, why), to, reason, bound));
    }

    // ------------------------------------------------------------------ records (state unchanged)

    /** The first response to the customer (D5). */
    public Complaint respond(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.Responded(next(ComplaintEventType.RESPONDED, by, at, why)));
    }

    /** The handling plan was given to the customer (D5). */
    public Complaint giveHandlingPlan(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.HandlingPlanGiven(next(ComplaintEventType.PLAN_GIVEN, by, at, why)));
    }

    /** Staff arrived on site (D6). */
    public Complaint arriveOnSite(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.ArrivedOnSite(next(ComplaintEventType.ON_SITE, by, at, why)));
    }

    /** Progress was reported (D7, P6) to the competent department, the customer or both. */
    public Complaint reportProgress(Set<ProgressAudience> to, Actor by, Instant at, String why) {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("to must name the competent department, the customer or both");
        }
        return append(new ComplaintEvent.ProgressReported(next(ComplaintEventType.PROGRESS_REPORTED, by, at, why), to));
    }

    /** Handling now waits for the customer: running deadlines pause until {@link #customerReplied}. */
    public Complaint waitForCustomer(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.WaitingForCustomer(next(ComplaintEventType.WAITING_FOR_CUSTOMER, by, at, why)));
    }

    /** The customer answered: paused deadlines run again. */
    public Complaint customerReplied(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.CustomerReplied(next(ComplaintEventType.CUSTOMER_REPLIED, by, at, why)));
    }

    /**
     * A claim, or its first estimate (P4). A later claim replaces an earlier one.
     *
     * @throws IllegalArgumentException when the claim is {@code null} ({@code claim must not be null
     *                                  (Complaint.recordClaim)}) or not in CNY
     */
    public Complaint recordClaim(Money claim, Actor by, Instant at, String why) {
        Arguments.cny(claim, "claim", "Complaint.recordClaim");
        return append(new ComplaintEvent.ClaimRecorded(next(ComplaintEventType.CLAIM_RECORDED, by, at, why), claim));
    }

    /** The complaint has a major social impact (P4). */
    public Complaint recordMajorSocialImpact(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.MajorSocialImpactRecorded(
                next(ComplaintEventType.SOCIAL_IMPACT_RECORDED, by, at, why)));
    }

    /** The complaint became a lawsuit (P4). */
    public Complaint recordLitigation(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.LitigationRecorded(next(ComplaintEventType.LITIGATION_RECORDED, by, at, why)));
    }

    /** A conflict graded, with its resolution method and responsibility (P7). */
    public Complaint recordConflict(Conflict conflict, Actor by, Instant at, String why) {
        Objects.requireNonNull(conflict, "conflict must not be null");
        return append(new ComplaintEvent.ConflictRecorded(next(ComplaintEventType.CONFLICT_RECORDED, by, at, why),
                conflict));
    }

    /**
     * The responsible person ({@code by}) signs the responsibility finding of the recorded conflict (P11).
     *
     * @throws IllegalArgumentException when {@code by} is not the conflict's responsible person
     */
    public Complaint confirmResponsibility(Actor by, Instant at, String why) {
        return append(new ComplaintEvent.ResponsibilityConfirmed(
                next(ComplaintEventType.RESPONSIBILITY_CONFIRMED, by, at, why)));
    }

    /** The conflict's result was fed back to the customer and archived (P7). */
    public Complaint archiveConflictResult(String archiveReference, Actor by, Instant at, String why) {
        requireText(archiveReference, "archiveReference");
        return append(new ComplaintEvent.ConflictArchived(next(ComplaintEventType.CONFLICT_ARCHIVED, by, at, why),
                archiveReference));
    }

    /** The responsible unit evaluated the effect of the corrective action (P9). */
    public Complaint evaluateCorrectiveAction(String evaluation, Actor by, Instant at, String why) {
        requireText(evaluation, "evaluation");
        return append(new ComplaintEvent.CorrectiveActionEvaluated(
                next(ComplaintEventType.CORRECTIVE_ACTION_EVALUATED, by, at, why), evaluation));
    }

    /**
     * A satisfaction follow-up after resolution (R7).
     *
     * @param satisfactionRating 1 to 5, or {@code null} when none was taken (R8 finding)
     */
    public Complaint followUp(boolean coversProgress, Integer satisfactionRating, Actor by, Instant at, String why) {
        return append(new ComplaintEvent.FollowedUp(next(ComplaintEventType.FOLLOWED_UP, by, at, why), coversProgress,
                satisfactionRating));
    }

    /** The post-mortem (复盘) of the handling (P10). */
    public Complaint postMortem(String summary, Actor by, Instant at, String why) {
        requireText(summary, "summary");
        return append(new ComplaintEvent.PostMortemHeld(next(ComplaintEventType.POST_MORTEM, by, at, why), summary));
    }

    /** The header of the next event: checks the header and that the current state allows {@code type}. */
    private Recorded next(ComplaintEventType type, Actor by, Instant at, String why) {
        long sequence = events.size() + 1L;
        ComplaintState after = h.next(type);
        Recorded.check(id, sequence, type, after, by, at, why);
        return new Recorded(id, sequence, after, by, at, why);
    }

    private Complaint append(ComplaintEvent event) {
        List<ComplaintEvent> more = new ArrayList<>(events.size() + 1);
        more.addAll(events);
        more.add(event);
        return new Complaint(id, more);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    // ------------------------------------------------------------------ reading

    /** The complaint's identity. */
    public ComplaintId id() {
        return id;
    }

    /** Where the complaint stands now. */
    public ComplaintState state() {
        return h.state;
    }

    /** The number of events: store it with them and compare on write (optimistic locking). */
    public long version() {
        return events.size();
    }

    /** The whole history, oldest first; unmodifiable. */
    public List<ComplaintEvent> events() {
        return events;
    }

    /** True when {@code type} is legal in the current state (a host can grey out buttons with it). */
    public boolean allows(ComplaintEventType type) {
        return h.allows(type);
    }

    /** Who complained. */
    public CustomerId customerId() {
        return h.customerId;
    }

    /** The P1 classification taken at intake. */
    public FeedbackClassification classification() {
        return h.classification;
    }

    /** The handling priority that follows from the severity (P1). */
    public Priority priority() {
        return h.classification.priority();
    }

    /** When the complaint came in (the start of D5). */
    public Instant receivedAt() {
        return h.receivedAt;
    }

    /** True when the intake record was confirmed with the customer (P2). */
    public boolean isConfirmedWithCustomer() {
        return h.confirmed;
    }

    /** Who first received the complaint and owns the reply (P6). */
    public Actor firstContactOwner() {
        return h.firstContactOwner;
    }

    /** The registration, or {@code null} before REGISTERED. */
    public Registration registration() {
        return h.registration;
    }

    /** When the acceptance form was filled (the start of D5 and D6), or {@code null}. */
    public Instant registeredAt() {
        return h.registeredAt;
    }

    /** The latest assignment, with its approval once given, or {@code null} before ASSIGNED. */
    public Assignment assignment() {
        return h.assignment;
    }

    /** When the latest assignment was made, or {@code null}. */
    public Instant assignedAt() {
        return h.assignedAt;
    }

    /** When handling first started, or {@code null}. */
    public Instant handlingStartedAt() {
        return h.handlingStartedAt;
    }

    /** When the customer first got a response (D5), or {@code null}. */
    public Instant firstResponseAt() {
        return h.firstResponseAt;
    }

    /** When the handling plan was first given (D5), or {@code null}. */
    public Instant handlingPlanAt() {
        return h.planAt;
    }

    /** When staff first arrived on site (D6), or {@code null}. */
    public Instant onSiteAt() {
        return h.onSiteAt;
    }

    /** Every progress report, oldest first (D7). */
    public List<ProgressReport> progressReports() {
        return ComplaintHistory.view(h.progress);
    }

    /** The waits for the customer, oldest first; the last one is open while the wait lasts. */
    public List<Interval> waits() {
        return ComplaintHistory.view(h.waits);
    }

    /** True while handling waits for the customer. */
    public boolean isWaitingForCustomer() {
        return !h.waits.isEmpty() && h.waits.get(h.waits.size() - 1).isOpen();
    }

    /** The periods the complaint was in handling (registration or reopening until resolution), oldest first. */
    public List<Interval> handlingPeriods() {
        return ComplaintHistory.view(h.handling);
    }

    /** The latest claim (CNY), or {@code null}. */
    public Money claimAmount() {
        return h.claim;
    }

    /** True once a major social impact was recorded (P4). */
    public boolean hasMajorSocialImpact() {
        return h.socialImpact;
    }

    /** True once the complaint became a lawsuit (P4). */
    public boolean isInLitigation() {
        return h.litigation;
    }

    /** Every escalation, oldest first (P4). */
    public List<Escalation> escalations() {
        return ComplaintHistory.view(h.escalations);
    }

    /** True when the complaint went to {@code body} at some point. */
    public boolean wasEscalatedTo(EscalationBody body) {
        return h.escalations.stream().anyMatch(e -> e.to() == body);
    }

    /** True when the complaint was escalated for {@code reason} at some point. */
    public boolean wasEscalatedFor(EscalationReason reason) {
        return h.escalations.stream().anyMatch(e -> e.reason() == reason);
    }

    /** The recorded conflict (P7), or {@code null}. */
    public Conflict conflict() {
        return h.conflict;
    }

    /** When the responsible person signed the responsibility finding (P11), or {@code null}. */
    public Instant responsibilityConfirmedAt() {
        return h.responsibilityConfirmedAt;
    }

    /** When the conflict's result was fed back and archived (P7), or {@code null}. */
    public Instant conflictArchivedAt() {
        return h.conflictArchivedAt;
    }

    /** The unit that evaluated the corrective action most recently (P9), or {@code null}. */
    public OrgUnit correctiveActionEvaluatedBy() {
        return h.evaluatedBy;
    }

    /** When the result was last told to the customer, or {@code null} (also {@code null} again after a reopening). */
    public Instant resolvedAt() {
        return h.resolvedAt;
    }

    /** When the result was first told to the customer (kept across reopenings), or {@code null}. */
    public Instant firstResolvedAt() {
        return h.firstResolvedAt;
    }

    /** When the latest result was reviewed, or {@code null} (also after a reopening). */
    public Instant reviewedAt() {
        return h.reviewedAt;
    }

    /** When the customer confirmed satisfaction, or {@code null}. */
    public Instant closedAt() {
        return h.closedAt;
    }

    /** How often the customer reopened it. */
    public int reopenCount() {
        return h.reopenCount;
    }

    /** Every satisfaction follow-up, oldest first (R7, R8). */
    public List<FollowUp> followUps() {
        return ComplaintHistory.view(h.followUps);
    }

    /** The most recent follow-up, or {@code null} when there was none. */
    public FollowUp latestFollowUp() {
        return h.followUps.isEmpty() ? null : h.followUps.get(h.followUps.size() - 1);
    }

    /** True when a follow-up happened at or after the latest resolution (R7); false while unresolved. */
    public boolean isFollowedUpSinceResolution() {
        FollowUp last = latestFollowUp();
        return h.resolvedAt != null && last != null && !last.at().isBefore(h.resolvedAt);
    }

    /** True when some follow-up recorded a satisfaction rating (P10, R8). */
    public boolean hasSatisfactionRating() {
        return h.followUps.stream().anyMatch(f -> f.satisfactionRating() != null);
    }

    /** When the post-mortem was made (P10), or {@code null}. */
    public Instant postMortemAt() {
        return h.postMortemAt;
    }

    /** The instant of the latest event. */
    public Instant lastChangedAt() {
        return events.get(events.size() - 1).at();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complaint other && id.equals(other.id) && events.equals(other.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, events);
    }

    /** Id, state and version only: the content and the people stay out (I3). */
    @Override
    public String toString() {
        return "Complaint[" + id + " " + h.state + " v" + events.size() + "]";
    }
}
