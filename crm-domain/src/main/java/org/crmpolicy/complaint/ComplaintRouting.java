package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * Where a complaint belongs (P3): who takes it in, which unit accepts (受理) it, and which department is competent
 * for it. "Whoever provides the service (product) accepts the complaint"; product-quality complaints go to the quality
 * supervision department. The intake unit and the competent department are named parameters (the sources disagree).
 *
 * @param complaintId         which complaint
 * @param intakeUnit          who takes complaints in (parameter {@code P3.intake-unit}, default customer service)
 * @param acceptingUnit       who should accept it
 * @param competentDepartment who owns it (parameter {@code P3.competent-department}, default marketing)
 * @param priority            the handling priority its severity calls for (P1): the order to work complaints in, and
 *                            an URGENT one owes D10's immediate coordination and progress
 * @param reason              why, one sentence
 */
public record ComplaintRouting(ComplaintId complaintId, OrgUnit intakeUnit, OrgUnit acceptingUnit,
                               OrgUnit competentDepartment, Priority priority, String reason) {

    public ComplaintRouting {
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        Objects.requireNonNull(intakeUnit, "intakeUnit must not be null");
        Objects.requireNonNull(acceptingUnit, "acceptingUnit must not be null");
        Objects.requireNonNull(competentDepartment, "competentDepartment must not be null");
        Objects.requireNonNull(priority, "priority must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
