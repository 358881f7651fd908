package org.crmpolicy.approval;

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
        Require.id(planId, "planId");
        Require.nonNull(planKind, "plan " + planId + " planKind");
        Require.nonNull(on, "plan " + planId + " on");
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
