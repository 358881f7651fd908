package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;

/**
 * A customer-maintenance or feedback-handling plan (A10).
 *
 * @param planId   the host's number for the plan
 * @param planKind which kind
 * @param on       the day it starts
 */
public record ManagementPlan(String planId, ManagementPlanKind planKind, LocalDate on) implements HostAction {

    public ManagementPlan {
        Arguments.id(planId, "planId");
        Arguments.nonNull(planKind, "plan " + planId + " planKind");
        Arguments.nonNull(on, "plan " + planId + " on");
    }

    @Override
    public String subjectId() {
        return planId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.MANAGEMENT_PLAN;
    }
}
