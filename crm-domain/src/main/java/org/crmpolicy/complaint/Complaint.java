package org.crmpolicy.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.crmpolicy.customer.CustomerId;

/**
 * A customer complaint and its whole history (P2, P5): an immutable value whose every change is a method that is
 * legal only in the states that allow it, returns the changed complaint and appends one {@link ComplaintEvent} (who,
 * when, why, what changed). Nothing is ever removed: there is no delete, and the events are the complaint —
 * {@link #replay(List)} rebuilds an equal complaint from them, which is how a host loads one from storage.
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
 * state and the attempted event; invalid arguments throw {@link IllegalArgumentException} naming the field. Either
 * way the complaint the method was called on is unchanged (it is immutable). Events must come in time order (equal
 * instants are allowed). {@link #toString()} shows no personal data (I3).
 *
 * <p>Immutable and thread-safe. Equality: same id and same events.
 */
public final class Complaint {

    private static final String CUSTOMER = "customerId";
    private static final String FEEDBACK_TYPE = "feedbackType";
    private static final String SEVERITY = "severity";
    private static final String CONTENT = "content";
    private static final String CONFIRMED = "confirmedWithCustomer";
    private static final String TYPE = "complaintType";
    private static final String FORM = "acceptanceForm";
    private static final String ACCEPTING = "acceptingUnit";
    private static final String PROVIDING = "providingUnit";
    private static final String COMPETENT = "competentDepartment";
    private static final String ON_SITE_PROVINCE = "onSiteProvince";
    private static final String TIME_NODE = "timeNodeToldCustomer";
    private static final String RESPONSIBLE_UNIT = "responsibleUnit";
    private static final String DEADLINE = "handlingDeadline";
    private static final String RESPONSIBLE_PERSON = "responsiblePersonId";
    private static final String HANDLER = "handlerId";
    private static final String APPROVER = "approvedBy";
    private static final String APPROVER_UNIT = "approvedByUnit";
    private static final String CAUSE = "causeAnalysis";
    private static final String ACTION = "correctiveAction";
    private static final String RESULT = "result";
    private static final String TO = "to";
    private static final String REASON = "reason";
    private static final String BOUND = "largeClaimBoundCny";
    private static final String AUDIENCES = "audiences";
    private static final String AMOUNT = "claimAmountCny";
    private static final String GRADE = "grade";
    private static final String METHOD = "method";
    private static final String RESPONSIBILITY = "responsibility";
    private static final String ARCHIVE = "archiveReference";
    private static final String EVALUATION = "evaluation";
    private static final String COVERS_PROGRESS = "coversProgress";
    private static final String RATING = "satisfactionRating";
    private static final String SUMMARY = "summary";

    private final ComplaintId id;
    private final List<ComplaintEvent> events;
    private final History h;

    private Complaint(ComplaintId id, List<ComplaintEvent> events) {
        this.id = id;
        this.events = List.copyOf(events);
        this.h = History.of(id, this.events);
    }

    // ------------------------------------------------------------------ creation and replay

    /**
     * Takes in a new complaint (P2 received). The person who receives it is its first-contact owner and stays
     * responsible for the reply (P6). Event changes: {@code customerId, feedbackType, severity, content,
     * confirmedWithCustomer}.
     *
     * @throws IllegalArgumentException when an argument is null or blank, naming it
     */
    public static Complaint receive(ComplaintId id, Intake intake, Actor by, Instant at, String why) {
        Objects.requireNonNull(id, "complaint id must not be null");
        Objects.requireNonNull(intake, "intake must not be null");
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(CUSTOMER, intake.customerId().value());
        changes.put(FEEDBACK_TYPE, intake.classification().type().name());
        changes.put(SEVERITY, intake.classification().severity().name());
        changes.put(CONTENT, intake.content());
        changes.put(CONFIRMED, Boolean.toString(intake.confirmedWithCustomer()));
        ComplaintEvent first = new ComplaintEvent(id, 1, ComplaintEventType.RECEIVED, ComplaintState.RECEIVED, by, at,
                why, changes);
        return new Complaint(id, List.of(first));
    }

    /**
     * Rebuilds a complaint from its stored history. The result equals the complaint that produced the events.
     *
     * @throws IllegalArgumentException when the history is empty, mixes complaints, has a gap in its sequence, is
     *                                  out of time order, does not start with RECEIVED, records a state the events
     *                                  do not lead to, or holds an unreadable value
     * @throws IllegalComplaintTransitionException when an event was not legal in the state before it
     */
    public static Complaint replay(List<ComplaintEvent> events) {
        Objects.requireNonNull(events, "events must not be null");
        if (events.isEmpty()) {
            throw new IllegalArgumentException("events must not be empty: a complaint starts with RECEIVED");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new IllegalArgumentException("events[" + i + "] must not be null");
            }
        }
        return new Complaint(events.get(0).complaintId(), events);
    }

    // ------------------------------------------------------------------ lifecycle transitions (P2, P4)

    /**
     * RECEIVED → REGISTERED: type determined, acceptance form filled, passed to the competent department (P2); the
     * time node told to the customer (D10). Event changes: {@code complaintType, acceptanceForm, acceptingUnit,
     * providingUnit, competentDepartment}, and {@code onSiteProvince, timeNodeToldCustomer} when given.
     */
    public Complaint register(Registration registration, Actor by, Instant at, String why) {
        Objects.requireNonNull(registration, "registration must not be null");
        Map<String, String> c = new LinkedHashMap<>();
        c.put(TYPE, registration.type().name());
        c.put(FORM, registration.acceptanceForm());
        c.put(ACCEPTING, registration.acceptingUnit().code());
        c.put(PROVIDING, registration.providingUnit().code());
        c.put(COMPETENT, registration.competentDepartment().code());
        putIfPresent(c, ON_SITE_PROVINCE, registration.onSiteProvince());
        putIfPresent(c, TIME_NODE, registration.timeNodeToldCustomer());
        return append(ComplaintEventType.REGISTERED, by, at, why, c);
    }

    /**
     * REGISTERED or REOPENED → ASSIGNED: responsible unit and handling deadline set (P2), responsible person and
     * designated handler named (P8), approved by the leader in charge when {@code approvedBy} is given (A7). Event
     * changes: {@code responsibleUnit, handlingDeadline}, and {@code responsiblePersonId, handlerId, approvedBy,
     * approvedByUnit} when given.
     */
    public Complaint assign(Assignment assignment, Actor by, Instant at, String why) {
        Objects.requireNonNull(assignment, "assignment must not be null");
        Map<String, String> c = new LinkedHashMap<>();
        c.put(RESPONSIBLE_UNIT, assignment.responsibleUnit().code());
        c.put(DEADLINE, assignment.handlingDeadline().toString());
        putIfPresent(c, RESPONSIBLE_PERSON, assignment.responsiblePersonId());
        putIfPresent(c, HANDLER, assignment.handlerId());
        if (assignment.approvedBy() != null) {
            c.put(APPROVER, assignment.approvedBy().staffId());
            c.put(APPROVER_UNIT, assignment.approvedBy().unit().code());
        }
        return append(ComplaintEventType.ASSIGNED, by, at, why, c);
    }

    /** The leader in charge ({@code by}) approves the responsible unit and handling deadline (A7). */
    public Complaint approveAssignment(Actor by, Instant at, String why) {
        return append(ComplaintEventType.ASSIGNMENT_APPROVED, by, at, why, Map.of());
    }

    /**
     * ASSIGNED, REOPENED or ESCALATED → IN_PROGRESS: the responsible unit analyses the cause and corrects it.
     * Event changes: {@code causeAnalysis, correctiveAction} when given.
     *
     * @param causeAnalysis    the cause found so far, or {@code null}
     * @param correctiveAction the corrective action decided, or {@code null}
     */
    public Complaint startHandling(String causeAnalysis, String correctiveAction, Actor by, Instant at, String why) {
        Map<String, String> c = new LinkedHashMap<>();
        putIfPresent(c, CAUSE, causeAnalysis);
        putIfPresent(c, ACTION, correctiveAction);
        return append(ComplaintEventType.HANDLING_STARTED, by, at, why, c);
    }

    /** IN_PROGRESS or ESCALATED → RESOLVED: the result was told to the customer. Event changes: {@code result}. */
    public Complaint resolve(String result, Actor by, Instant at, String why) {
        requireText(result, "result");
        return append(ComplaintEventType.RESOLVED, by, at, why, Map.of(RESULT, result));
    }

    /** RESOLVED → REVIEWED: the result was reviewed (复核). */
    public Complaint review(Actor by, Instant at, String why) {
        return append(ComplaintEventType.REVIEWED, by, at, why, Map.of());
    }

    /** REVIEWED → CLOSED: the customer confirmed satisfaction. */
    public Complaint close(Actor by, Instant at, String why) {
        return append(ComplaintEventType.CLOSED, by, at, why, Map.of());
    }

    /** RESOLVED or REVIEWED → REOPENED: the customer is not satisfied; the complaint is handled again. */
    public Complaint reopen(Actor by, Instant at, String why) {
        return append(ComplaintEventType.REOPENED, by, at, why, Map.of());
    }

    /**
     * → ESCALATED (P4): a large claim or a major social impact to the GM office meeting or the board; litigation to
     * the legal department. Event changes: {@code to, reason}, and {@code largeClaimBoundCny} for a large claim.
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
        Map<String, String> c = new LinkedHashMap<>();
        c.put(TO, to.name());
        c.put(REASON, reason.name());
        if (reason == EscalationReason.LARGE_CLAIM) {
            c.put(BOUND, policy.largeClaimBound().toPlainString());
        }
        return append(ComplaintEventType.ESCALATED, by, at, why, c);
    }

    // ------------------------------------------------------------------ records (state unchanged)

    /** The first response to the customer (D5). */
    public Complaint respond(Actor by, Instant at, String why) {
        return append(ComplaintEventType.RESPONDED, by, at, why, Map.of());
    }

    /** The handling plan was given to the customer (D5). */
    public Complaint giveHandlingPlan(Actor by, Instant at, String why) {
        return append(ComplaintEventType.PLAN_GIVEN, by, at, why, Map.of());
    }

    /** Staff arrived on site (D6). */
    public Complaint arriveOnSite(Actor by, Instant at, String why) {
        return append(ComplaintEventType.ON_SITE, by, at, why, Map.of());
    }

    /** Progress was reported (D7, P6). Event changes: {@code audiences}, comma-separated. */
    public Complaint reportProgress(Set<ProgressAudience> to, Actor by, Instant at, String why) {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("to must name the competent department, the customer or both");
        }
        return append(ComplaintEventType.PROGRESS_REPORTED, by, at, why, Map.of(AUDIENCES, joined(to)));
    }

    /** Handling now waits for the customer: running deadlines pause until {@link #customerReplied}. */
    public Complaint waitForCustomer(Actor by, Instant at, String why) {
        return append(ComplaintEventType.WAITING_FOR_CUSTOMER, by, at, why, Map.of());
    }

    /** The customer answered: paused deadlines run again. */
    public Complaint customerReplied(Actor by, Instant at, String why) {
        return append(ComplaintEventType.CUSTOMER_REPLIED, by, at, why, Map.of());
    }

    /** A claim, or its first estimate, in CNY (P4). A later claim replaces an earlier one. */
    public Complaint recordClaim(BigDecimal amountCny, Actor by, Instant at, String why) {
        Objects.requireNonNull(amountCny, "amountCny must not be null");
        return append(ComplaintEventType.CLAIM_RECORDED, by, at, why, Map.of(AMOUNT, amountCny.toPlainString()));
    }

    /** The complaint has a major social impact (P4). */
    public Complaint recordMajorSocialImpact(Actor by, Instant at, String why) {
        return append(ComplaintEventType.SOCIAL_IMPACT_RECORDED, by, at, why, Map.of());
    }

    /** The complaint became a lawsuit (P4). */
    public Complaint recordLitigation(Actor by, Instant at, String why) {
        return append(ComplaintEventType.LITIGATION_RECORDED, by, at, why, Map.of());
    }

    /**
     * A conflict graded, with its resolution method and responsibility (P7). Event changes: {@code grade, method,
     * responsibility, responsiblePersonId}.
     */
    public Complaint recordConflict(Conflict conflict, Actor by, Instant at, String why) {
        Objects.requireNonNull(conflict, "conflict must not be null");
        Map<String, String> c = new LinkedHashMap<>();
        c.put(GRADE, conflict.grade().name());
        c.put(METHOD, conflict.method().name());
        c.put(RESPONSIBILITY, conflict.responsibility().name());
        c.put(RESPONSIBLE_PERSON, conflict.responsiblePersonId());
        return append(ComplaintEventType.CONFLICT_RECORDED, by, at, why, c);
    }

    /**
     * The responsible person ({@code by}) signs the responsibility finding of the recorded conflict (P11).
     *
     * @throws IllegalArgumentException when {@code by} is not the conflict's responsible person
     */
    public Complaint confirmResponsibility(Actor by, Instant at, String why) {
        return append(ComplaintEventType.RESPONSIBILITY_CONFIRMED, by, at, why, Map.of());
    }

    /** The conflict's result was fed back to the customer and archived (P7). Event changes: {@code archiveReference}. */
    public Complaint archiveConflictResult(String archiveReference, Actor by, Instant at, String why) {
        requireText(archiveReference, "archiveReference");
        return append(ComplaintEventType.CONFLICT_ARCHIVED, by, at, why, Map.of(ARCHIVE, archiveReference));
    }

    /** The responsible unit evaluated the effect of the corrective action (P9). Event changes: {@code evaluation}. */
    public Complaint evaluateCorrectiveAction(String evaluation, Actor by, Instant at, String why) {
        requireText(evaluation, "evaluation");
        return append(ComplaintEventType.CORRECTIVE_ACTION_EVALUATED, by, at, why, Map.of(EVALUATION, evaluation));
    }

    /**
     * A satisfaction follow-up after resolution (R7). Event changes: {@code coversProgress}, and
     * {@code satisfactionRating} when given.
     *
     * @param satisfactionRating 1 to 5, or {@code null} when none was taken (R8 finding)
     */
    public Complaint followUp(boolean coversProgress, Integer satisfactionRating, Actor by, Instant at, String why) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(COVERS_PROGRESS, Boolean.toString(coversProgress));
        putIfPresent(c, RATING, satisfactionRating);
        return append(ComplaintEventType.FOLLOWED_UP, by, at, why, c);
    }

    /** The post-mortem (复盘) of the handling (P10). Event changes: {@code summary}. */
    public Complaint postMortem(String summary, Actor by, Instant at, String why) {
        requireText(summary, "summary");
        return append(ComplaintEventType.POST_MORTEM, by, at, why, Map.of(SUMMARY, summary));
    }

    private Complaint append(ComplaintEventType type, Actor by, Instant at, String why, Map<String, String> changes) {
        long sequence = events.size() + 1L;
        if (!type.allowedFrom().contains(h.state)) {
            throw new IllegalComplaintTransitionException(id, h.state, type, null);
        }
        ComplaintEvent event = new ComplaintEvent(id, sequence, type, type.stateAfter(h.state), by, at, why, changes);
        List<ComplaintEvent> more = new ArrayList<>(events.size() + 1);
        more.addAll(events);
        more.add(event);
        return new Complaint(id, more);
    }

    private static void putIfPresent(Map<String, String> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static String joined(Set<ProgressAudience> audiences) {
        return String.join(",", EnumSet.copyOf(audiences).stream().map(Enum::name).toList());
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
        return type.allowedFrom().contains(h.state);
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
        return events.get(0).at();
    }

    /** True when the intake record was confirmed with the customer (P2). */
    public boolean isConfirmedWithCustomer() {
        return h.confirmed;
    }

    /** Who first received the complaint and owns the reply (P6). */
    public Actor firstContactOwner() {
        return events.get(0).by();
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
        return Collections.unmodifiableList(h.progress);
    }

    /** The waits for the customer, oldest first; the last one is open while the wait lasts. */
    public List<Interval> waits() {
        return Collections.unmodifiableList(h.waits);
    }

    /** True while handling waits for the customer. */
    public boolean isWaitingForCustomer() {
        return !h.waits.isEmpty() && h.waits.get(h.waits.size() - 1).isOpen();
    }

    /** The periods the complaint was in handling (registration or reopening until resolution), oldest first. */
    public List<Interval> handlingPeriods() {
        return Collections.unmodifiableList(h.handling);
    }

    /** The latest claim in CNY, or {@code null}. */
    public BigDecimal claimAmount() {
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
        return Collections.unmodifiableList(h.escalations);
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
        return Collections.unmodifiableList(h.followUps);
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

    // ------------------------------------------------------------------ the fold

    /** The complaint's facts, folded from its events; validates each event against the state before it. */
    private static final class History {
        ComplaintState state;
        CustomerId customerId;
        FeedbackClassification classification;
        boolean confirmed;
        Registration registration;
        Instant registeredAt;
        Assignment assignment;
        Instant assignedAt;
        Instant handlingStartedAt;
        Instant firstResponseAt;
        Instant planAt;
        Instant onSiteAt;
        final List<ProgressReport> progress = new ArrayList<>();
        final List<Interval> waits = new ArrayList<>();
        final List<Interval> handling = new ArrayList<>();
        BigDecimal claim;
        boolean socialImpact;
        boolean litigation;
        final List<Escalation> escalations = new ArrayList<>();
        Conflict conflict;
        Instant responsibilityConfirmedAt;
        Instant conflictArchivedAt;
        OrgUnit evaluatedBy;
        Instant resolvedAt;
        Instant firstResolvedAt;
        Instant reviewedAt;
        Instant closedAt;
        int reopenCount;
        final List<FollowUp> followUps = new ArrayList<>();
        Instant postMortemAt;

        static History of(ComplaintId id, List<ComplaintEvent> events) {
            History h = new History();
            Instant previous = null;
            for (int i = 0; i < events.size(); i++) {
                ComplaintEvent e = events.get(i);
                String where = "complaint " + id + " event " + e.sequence() + " (" + e.type() + ")";
                if (!e.complaintId().equals(id)) {
                    throw new IllegalArgumentException(where + ": belongs to complaint " + e.complaintId()
                            + "; a history holds the events of one complaint");
                }
                if (e.sequence() != i + 1L) {
                    throw new IllegalArgumentException("complaint " + id + ": events[" + i + "] has sequence "
                            + e.sequence() + ", expected " + (i + 1) + "; the history has a gap or is out of order");
                }
                if (previous != null && e.at().isBefore(previous)) {
                    throw new IllegalArgumentException(where + ": at = " + e.at() + " is before the previous event's "
                            + previous + "; events must be in time order");
                }
                if (i == 0 && e.type() != ComplaintEventType.RECEIVED) {
                    throw new IllegalArgumentException(where + ": a complaint's history starts with RECEIVED");
                }
                if (i > 0 && !e.type().allowedFrom().contains(h.state)) {
                    throw new IllegalComplaintTransitionException(id, h.state, e.type(), null);
                }
                ComplaintState after = i == 0 ? ComplaintState.RECEIVED : e.type().stateAfter(h.state);
                if (e.stateAfter() != after) {
                    throw new IllegalArgumentException(where + ": stored state " + e.stateAfter() + " but " + e.type()
                            + " from " + h.state + " leads to " + after);
                }
                h.apply(id, e, where);
                h.state = after;
                previous = e.at();
            }
            return h;
        }

        private void apply(ComplaintId id, ComplaintEvent e, String where) {
            Values v = new Values(e, where);
            Instant at = e.at();
            switch (e.type()) {
                case RECEIVED -> {
                    customerId = v.required(CUSTOMER, CustomerId::of);
                    classification = FeedbackClassification.of(
                            v.required(FEEDBACK_TYPE, s -> FeedbackType.valueOf(s)),
                            v.required(SEVERITY, s -> SeverityGrade.valueOf(s)));
                    if (!classification.isComplaint()) {
                        throw new IllegalArgumentException(where + ": feedbackType " + classification.type()
                                + " does not start a complaint (P1)");
                    }
                    v.required(CONTENT, Function.identity());
                    confirmed = v.required(CONFIRMED, Values::bool);
                }
                case REGISTERED -> {
                    registration = new Registration(v.required(TYPE, s -> ComplaintType.valueOf(s)),
                            v.required(FORM, Function.identity()), v.required(ACCEPTING, OrgUnit::of),
                            v.required(PROVIDING, OrgUnit::of), v.required(COMPETENT, OrgUnit::of),
                            v.optional(ON_SITE_PROVINCE, Function.identity()), v.optional(TIME_NODE, Instant::parse));
                    registeredAt = at;
                    handling.add(new Interval(at, null));
                }
                case ASSIGNED -> {
                    String approver = v.optional(APPROVER, Function.identity());
                    Actor approvedBy = approver == null ? null
                            : Actor.of(approver, v.required(APPROVER_UNIT, OrgUnit::of));
                    assignment = new Assignment(v.required(RESPONSIBLE_UNIT, OrgUnit::of),
                            v.required(DEADLINE, Instant::parse), v.optional(RESPONSIBLE_PERSON, Function.identity()),
                            v.optional(HANDLER, Function.identity()), approvedBy);
                    assignedAt = at;
                }
                case ASSIGNMENT_APPROVED -> {
                    if (assignment == null || assignment.approvedBy() != null) {
                        throw new IllegalComplaintTransitionException(id, state, e.type(), assignment == null
                                ? "nothing was assigned" : "the assignment is already approved");
                    }
                    assignment = new Assignment(assignment.responsibleUnit(), assignment.handlingDeadline(),
                            assignment.responsiblePersonId(), assignment.handlerId(), e.by());
                }
                case HANDLING_STARTED -> {
                    v.optional(CAUSE, Function.identity());
                    if (handlingStartedAt == null) {
                        handlingStartedAt = at;
                    }
                }
                case RESOLVED -> {
                    v.required(RESULT, Function.identity());
                    resolvedAt = at;
                    firstResolvedAt = firstResolvedAt == null ? at : firstResolvedAt;
                    closeHandling(at);
                }
                case REVIEWED -> reviewedAt = at;
                case CLOSED -> closedAt = at;
                case REOPENED -> {
                    reopenCount++;
                    resolvedAt = null;
                    reviewedAt = null;
                    handling.add(new Interval(at, null));
                }
                case ESCALATED -> escalate(id, e, v, where);
                case RESPONDED -> firstResponseAt = firstResponseAt == null ? at : firstResponseAt;
                case PLAN_GIVEN -> planAt = planAt == null ? at : planAt;
                case ON_SITE -> onSiteAt = onSiteAt == null ? at : onSiteAt;
                case PROGRESS_REPORTED -> progress.add(new ProgressReport(at, v.required(AUDIENCES, Values::audiences)));
                case WAITING_FOR_CUSTOMER -> {
                    if (!waits.isEmpty() && waits.get(waits.size() - 1).isOpen()) {
                        throw new IllegalComplaintTransitionException(id, state, e.type(),
                                "already waiting for the customer since " + waits.get(waits.size() - 1).start());
                    }
                    waits.add(new Interval(at, null));
                }
                case CUSTOMER_REPLIED -> {
                    if (waits.isEmpty() || !waits.get(waits.size() - 1).isOpen()) {
                        throw new IllegalComplaintTransitionException(id, state, e.type(),
                                "nothing waits for the customer");
                    }
                    waits.set(waits.size() - 1, new Interval(waits.get(waits.size() - 1).start(), at));
                }
                case CLAIM_RECORDED -> {
                    BigDecimal amount = v.required(AMOUNT, BigDecimal::new);
                    if (amount.signum() < 0) {
                        throw new IllegalArgumentException(where + ": claimAmountCny = " + amount.toPlainString()
                                + " must not be negative");
                    }
                    claim = amount;
                }
                case SOCIAL_IMPACT_RECORDED -> socialImpact = true;
                case LITIGATION_RECORDED -> litigation = true;
                case CONFLICT_RECORDED -> conflict = new Conflict(v.required(GRADE, s -> SeverityGrade.valueOf(s)),
                        v.required(METHOD, s -> ResolutionMethod.valueOf(s)),
                        v.required(RESPONSIBILITY, s -> ResponsibilityKind.valueOf(s)),
                        v.required(RESPONSIBLE_PERSON, Function.identity()));
                case RESPONSIBILITY_CONFIRMED -> {
                    if (conflict == null) {
                        throw new IllegalComplaintTransitionException(id, state, e.type(), "no conflict recorded");
                    }
                    if (!conflict.responsiblePersonId().equals(e.by().staffId())) {
                        throw new IllegalArgumentException(where + ": signed by staff " + e.by().staffId()
                                + " but the responsible person is staff " + conflict.responsiblePersonId()
                                + "; only the responsible person confirms the finding (P11)");
                    }
                    responsibilityConfirmedAt = at;
                }
                case CONFLICT_ARCHIVED -> {
                    if (conflict == null) {
                        throw new IllegalComplaintTransitionException(id, state, e.type(), "no conflict recorded");
                    }
                    v.required(ARCHIVE, Function.identity());
                    conflictArchivedAt = at;
                }
                case CORRECTIVE_ACTION_EVALUATED -> {
                    v.required(EVALUATION, Function.identity());
                    evaluatedBy = e.by().unit();
                }
                case FOLLOWED_UP -> followUps.add(new FollowUp(at, v.required(COVERS_PROGRESS, Values::bool),
                        v.optional(RATING, Values::integer)));
                case POST_MORTEM -> {
                    v.required(SUMMARY, Function.identity());
                    postMortemAt = at;
                }
                default -> throw new IllegalStateException(where + ": no fold for " + e.type());
            }
        }

        private void escalate(ComplaintId id, ComplaintEvent e, Values v, String where) {
            EscalationBody to = v.required(TO, s -> EscalationBody.valueOf(s));
            EscalationReason reason = v.required(REASON, s -> EscalationReason.valueOf(s));
            switch (reason) {
                case LARGE_CLAIM -> {
                    BigDecimal bound = v.required(BOUND, BigDecimal::new);
                    if (!to.isLeadership()) {
                        throw new IllegalArgumentException(where + ": a large claim goes to the GM office meeting or "
                                + "the board, not to " + to + " (P4)");
                    }
                    if (claim == null || claim.compareTo(bound) < 0) {
                        throw new IllegalArgumentException(where + ": reason LARGE_CLAIM but the recorded claim is "
                                + (claim == null ? "none" : claim.toPlainString() + " CNY") + ", below the bound "
                                + bound.toPlainString() + " CNY (P4)");
                    }
                }
                case MAJOR_SOCIAL_IMPACT -> {
                    if (!to.isLeadership()) {
                        throw new IllegalArgumentException(where + ": a major social impact goes to the GM office "
                                + "meeting or the board, not to " + to + " (P4)");
                    }
                    if (!socialImpact) {
                        throw new IllegalArgumentException(where + ": reason MAJOR_SOCIAL_IMPACT but none was recorded");
                    }
                }
                case LITIGATION -> {
                    if (to != EscalationBody.LEGAL_DEPARTMENT) {
                        throw new IllegalArgumentException(where + ": litigation goes to LEGAL_DEPARTMENT, not to "
                                + to + " (P4)");
                    }
                    if (!litigation) {
                        throw new IllegalArgumentException(where + ": reason LITIGATION but no litigation was recorded");
                    }
                }
                default -> throw new IllegalStateException(where + ": unknown reason " + reason);
            }
            for (Escalation earlier : escalations) {
                if (earlier.to() == to && earlier.reason() == reason) {
                    throw new IllegalComplaintTransitionException(id, state, e.type(),
                            "already escalated to " + to + " for " + reason + " at " + earlier.at());
                }
            }
            escalations.add(new Escalation(to, reason, e.at()));
        }

        private void closeHandling(Instant at) {
            Interval last = handling.get(handling.size() - 1);
            if (last.isOpen()) {
                handling.set(handling.size() - 1, new Interval(last.start(), at));
            }
        }

    }

    /** Reads an event's changes, with errors that name the complaint, the event and the value. */
    private record Values(ComplaintEvent event, String where) {

        <T> T required(String key, Function<String, T> parser) {
            String text = event.change(key);
            if (text == null) {
                throw new IllegalArgumentException(where + ": changes." + key + " is missing");
            }
            return parse(key, text, parser);
        }

        <T> T optional(String key, Function<String, T> parser) {
            String text = event.change(key);
            return text == null ? null : parse(key, text, parser);
        }

        private <T> T parse(String key, String text, Function<String, T> parser) {
            try {
                return parser.apply(text);
            } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
                String shown = CONTENT.equals(key) ? "***" : "'" + text + "'";
                throw new IllegalArgumentException(where + ": changes." + key + " = " + shown + " cannot be read: "
                        + e.getMessage(), e);
            }
        }

        static boolean bool(String text) {
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("expected true or false");
            }
            return Boolean.parseBoolean(text);
        }

        static Integer integer(String text) {
            return Integer.valueOf(text);
        }

        static Set<ProgressAudience> audiences(String text) {
            Set<ProgressAudience> set = EnumSet.noneOf(ProgressAudience.class);
            for (String part : text.split(",")) {
                set.add(ProgressAudience.valueOf(part.strip()));
            }
            return Collections.unmodifiableSet(set);
        }
    }
}
