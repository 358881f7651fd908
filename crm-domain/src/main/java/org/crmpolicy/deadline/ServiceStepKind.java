package org.crmpolicy.deadline;

import java.util.Set;

/**
 * The recorded steps of a service request's flow (P10; 004 ch.5 §1.2, §2.2): classified (问题识别) → owner assigned
 * (问题分配) → resolved (问题解决) → feedback given to the customer (向客户反馈处理结果) → customer rating (服务评价) and
 * post-mortem (问题复盘). The first response to the customer (响应, D4) is a step of its own, outside that order.
 *
 * <p>Order ({@link ServiceRequest} refuses a list that breaks it, naming the step): a step comes after every recorded
 * step of {@link #comesAfter()}, and a step of {@link #requires()} must be recorded before it. Classification and
 * owner assignment may be missing (a resolution without them is a P10 finding, not an error); feedback, rating and
 * post-mortem cannot be recorded for a request that was not resolved, nor a rating before the feedback it rates.
 */
public enum ServiceStepKind {
    /** The customer got a first response (响应): bounded by D4 (URGENT 15 minutes, GENERAL 1 hour) from receipt. */
    RESPONDED("respond to the customer"),
    /** The problem type was identified and the request classified (问题识别, 分类). */
    CLASSIFIED("classify the request"),
    /** An owner (team or person) was assigned (问题分配). */
    OWNER_ASSIGNED("assign an owner"),
    /** The problem was resolved (问题解决). */
    RESOLVED("resolve"),
    /** The customer was told the result (向客户反馈处理结果). */
    FEEDBACK_GIVEN("give the customer feedback"),
    /** The customer rated the service (服务评价). */
    CUSTOMER_RATED("obtain the customer's rating"),
    /** The post-mortem was held (问题复盘). */
    POST_MORTEM_HELD("hold the post-mortem");

    private final String obligation;

    ServiceStepKind(String obligation) {
        this.obligation = obligation;
    }

    /** What the step owes, as a deadline's obligation, e.g. {@code give the customer feedback}. */
    public String obligation() {
        return obligation;
    }

    /** The steps that, when recorded, come before this one (not at a later instant, not later in the list). */
    public Set<ServiceStepKind> comesAfter() {
        return switch (this) {
            case RESPONDED, CLASSIFIED -> Set.of();
            case OWNER_ASSIGNED -> Set.of(CLASSIFIED);
            case RESOLVED -> Set.of(CLASSIFIED, OWNER_ASSIGNED);
            case FEEDBACK_GIVEN, POST_MORTEM_HELD -> Set.of(CLASSIFIED, OWNER_ASSIGNED, RESOLVED);
            case CUSTOMER_RATED -> Set.of(CLASSIFIED, OWNER_ASSIGNED, RESOLVED, FEEDBACK_GIVEN);
        };
    }

    /** The step that must be recorded before this one, or {@code null}: RESOLVED for feedback and post-mortem, FEEDBACK_GIVEN for the rating. */
    public ServiceStepKind requires() {
        return switch (this) {
            case FEEDBACK_GIVEN, POST_MORTEM_HELD -> RESOLVED;
            case CUSTOMER_RATED -> FEEDBACK_GIVEN;
            default -> null;
        };
    }
}
