package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.customer.CustomerId;

/**
 * An ad-hoc (临时) revisit plan for needs a customer raised or problems customers reported together (A6 / R5).
 *
 * @param planId     the host's number for the plan
 * @param customerId the customer to revisit
 * @param on         the day the revisits start
 */
public record AdHocRevisitPlan(String planId, CustomerId customerId, LocalDate on) implements HostAction {

    public AdHocRevisitPlan {
        Arguments.id(planId, "planId");
        Arguments.nonNull(customerId, "revisit plan " + planId + " customerId");
        Arguments.nonNull(on, "revisit plan " + planId + " on");
    }

    @Override
    public String subjectId() {
        return planId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.AD_HOC_REVISIT_PLAN;
    }
}
