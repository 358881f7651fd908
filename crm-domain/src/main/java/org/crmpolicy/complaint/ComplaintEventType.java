package org.crmpolicy.complaint;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What happened to a complaint: a lifecycle transition (it moves the complaint to {@link #target()}) or a record
 * (a response, a progress report, a claim ...) that leaves the state as it is. Each type is legal only in the states
 * of {@link #allowedFrom()}.
 */
public enum ComplaintEventType {
    /** The complaint came in (P2 received, P1 classified, P6 first contact recorded). */
    RECEIVED("receive it", ComplaintState.RECEIVED, EnumSet.noneOf(ComplaintState.class)),
    /** Type determined, acceptance form filled, competent department named (P2, D10). */
    REGISTERED("register it", ComplaintState.REGISTERED, EnumSet.of(ComplaintState.RECEIVED)),
    /** Responsible unit and handling deadline set (P2, P8, A7). */
    ASSIGNED("assign it", ComplaintState.ASSIGNED, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.REOPENED)),
    /** Cause analysis and corrective action under way (P2). */
    HANDLING_STARTED("start handling it", ComplaintState.IN_PROGRESS,
            EnumSet.of(ComplaintState.ASSIGNED, ComplaintState.REOPENED, ComplaintState.ESCALATED)),
    /** The result was told to the customer (P2). */
    RESOLVED("resolve it", ComplaintState.RESOLVED, EnumSet.of(ComplaintState.IN_PROGRESS, ComplaintState.ESCALATED)),
    /** The result was reviewed (复核, P2). */
    REVIEWED("review it", ComplaintState.REVIEWED, EnumSet.of(ComplaintState.RESOLVED)),
    /** The customer confirmed satisfaction (P2). */
    CLOSED("close it", ComplaintState.CLOSED, EnumSet.of(ComplaintState.REVIEWED)),
    /** The customer was not satisfied; the complaint is handled again (P2). */
    REOPENED("reopen it", ComplaintState.REOPENED, EnumSet.of(ComplaintState.RESOLVED, ComplaintState.REVIEWED)),
    /** Handed to the GM office meeting, the board or the legal department (P4). */
    ESCALATED("escalate it", ComplaintState.ESCALATED, EnumSet.of(ComplaintState.REGISTERED, ComplaintState.ASSIGNED,
            ComplaintState.IN_PROGRESS, ComplaintState.REOPENED, ComplaintState.ESCALATED)),

    /** The leader in charge approved the responsible unit and handling deadline (A7). */
    ASSIGNMENT_APPROVED("approve its assignment", null, EnumSet.of(ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS,
            ComplaintState.ESCALATED, ComplaintState.REOPENED)),
    /** The first response to the customer (D5, P6). */
    RESPONDED("record a response to the customer", null, Lists.HANDLING_OR_RECEIVED),
    /** The handling plan was given to the customer (D5). */
    PLAN_GIVEN("record a handling plan given", null, Lists.HANDLING_OR_RECEIVED),
    /** Staff arrived on site (D6). */
    ON_SITE("record an arrival on site", null, Lists.HANDLING_OR_RECEIVED),
    /** Progress was reported to the competent department and/or the customer (D7, P6). */
    PROGRESS_REPORTED("record a progress report", null, Lists.HANDLING_OR_RECEIVED),
    /** Handling waits for the customer: running deadlines pause. */
    WAITING_FOR_CUSTOMER("wait for the customer", null, Lists.HANDLING_OR_RECEIVED),
    /** The customer answered: paused deadlines run again. */
    CUSTOMER_REPLIED("record the customer's reply", null, Lists.HANDLING_OR_RECEIVED),
    /** A claim for compensation, or its first estimate, was recorded (P4). */
    CLAIM_RECORDED("record a claim", null, Lists.HANDLING_OR_RECEIVED),
    /** The complaint was judged to have a major social impact (P4). */
    SOCIAL_IMPACT_RECORDED("record a major social impact", null, Lists.HANDLING_OR_RECEIVED),
    /** The complaint became a lawsuit (P4). */
    LITIGATION_RECORDED("record litigation", null, Lists.HANDLING_OR_RECEIVED),
    /** A conflict was graded, its resolution method and responsibility determined (P7). */
    CONFLICT_RECORDED("record a conflict", null, Lists.HANDLING_OR_RECEIVED),
    /** The responsible person signed the responsibility finding (P11). */
    RESPONSIBILITY_CONFIRMED("confirm the responsibility finding", null, Lists.HANDLING_OR_DONE),
    /** The conflict's result was fed back to the customer and archived (P7). */
    CONFLICT_ARCHIVED("archive the conflict result", null, Lists.HANDLING_OR_DONE),
    /** The responsible unit evaluated the effect of the corrective action (P9). */
    CORRECTIVE_ACTION_EVALUATED("evaluate the corrective action", null, EnumSet.of(ComplaintState.RESOLVED, ComplaintState.REVIEWED)),
    /** A satisfaction follow-up (revisit) after resolution (R7, R8). */
    FOLLOWED_UP("follow it up", null, EnumSet.of(ComplaintState.RESOLVED, ComplaintState.REVIEWED, ComplaintState.CLOSED)),
    /** The post-mortem (复盘) of the handling (P10). */
    POST_MORTEM("hold its post-mortem", null, EnumSet.of(ComplaintState.RESOLVED, ComplaintState.REVIEWED, ComplaintState.CLOSED));

    private final String action;
    private final ComplaintState target;
    private final Set<ComplaintState> allowedFrom;

    ComplaintEventType(String action, ComplaintState target, EnumSet<ComplaintState> allowedFrom) {
        this.action = action;
        this.target = target;
        this.allowedFrom = Collections.unmodifiableSet(allowedFrom);
    }

    /** What a person does with this event, as a verb phrase on "it" (the complaint): {@code "close it"}. */
    public String action() {
        return action;
    }

    /** The state this transition leads to, or {@code null} for a record that keeps the state. */
    public ComplaintState target() {
        return target;
    }

    /** True when this event moves the complaint to another state (or re-enters ESCALATED). */
    public boolean isTransition() {
        return target != null;
    }

    /** The states in which this event is legal. Empty for {@link #RECEIVED}, which starts a complaint. */
    public Set<ComplaintState> allowedFrom() {
        return allowedFrom;
    }

    /** The state a complaint in {@code current} is in after this event. */
    public ComplaintState stateAfter(ComplaintState current) {
        return target == null ? current : target;
    }

    private static final class Lists {
        static final EnumSet<ComplaintState> HANDLING_OR_RECEIVED = EnumSet.of(ComplaintState.RECEIVED,
                ComplaintState.REGISTERED, ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS,
                ComplaintState.REOPENED, ComplaintState.ESCALATED);
        static final EnumSet<ComplaintState> HANDLING_OR_DONE = EnumSet.of(ComplaintState.REGISTERED,
                ComplaintState.ASSIGNED, ComplaintState.IN_PROGRESS, ComplaintState.REOPENED,
                ComplaintState.ESCALATED, ComplaintState.RESOLVED, ComplaintState.REVIEWED);
    }
}
