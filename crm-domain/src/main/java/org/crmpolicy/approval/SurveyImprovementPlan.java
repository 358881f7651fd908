package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;

/**
 * The improvement plan that follows a satisfaction survey (A11, 003 §15(五)).
 *
 * @param planId   the host's number for the plan
 * @param surveyId the survey it answers
 * @param on       the day it is put into effect
 */
public record SurveyImprovementPlan(String planId, String surveyId, LocalDate on) implements HostAction {

    public SurveyImprovementPlan {
        Arguments.id(planId, "planId");
        Arguments.id(surveyId, "plan " + planId + " surveyId");
        Arguments.nonNull(on, "plan " + planId + " on");
    }

    @Override
    public String subjectId() {
        return planId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.SURVEY_IMPROVEMENT_PLAN;
    }
}
