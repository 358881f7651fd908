package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;

/**
 * The technology centre's yearly customer-training plan (A12, 003 §18(二)).
 *
 * @param planId the host's number for the plan
 * @param year   the year it covers
 * @param on     the day it is put into effect
 */
public record TrainingPlan(String planId, int year, LocalDate on) implements HostAction {

    public TrainingPlan {
        Arguments.id(planId, "planId");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("training plan " + planId + " year = " + year + " is outside 2000-2100");
        }
        Arguments.nonNull(on, "training plan " + planId + " on");
    }

    @Override
    public String subjectId() {
        return planId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.TRAINING_PLAN;
    }
}
