package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.money.Money;

/**
 * The competent department's decision on a complaint: the responsible unit and the handling deadline (A7 / P2), and,
 * for a large claim or a complaint with major social impact, the escalation (P4). Only the approval level is decided
 * here; the complaint itself lives in the complaint aggregate.
 *
 * @param complaintId       the complaint
 * @param responsibleUnit   the unit that will handle it
 * @param deadline          the handling deadline
 * @param claimAmount       the claimed or first-estimated compensation, CNY, or {@code null} when there is none
 * @param majorSocialImpact whether the complaint has major social impact (社会影响重大)
 * @param on                the day of the decision
 */
public record ComplaintHandlingAssignment(String complaintId, String responsibleUnit, LocalDate deadline,
                                          Money claimAmount, boolean majorSocialImpact, LocalDate on)
        implements HostAction {

    public ComplaintHandlingAssignment {
        Arguments.id(complaintId, "complaintId");
        Arguments.id(responsibleUnit, "complaint " + complaintId + " responsibleUnit");
        Arguments.nonNull(deadline, "complaint " + complaintId + " deadline");
        Arguments.optionalCny(claimAmount, "complaint " + complaintId + " claimAmount");
        Arguments.nonNull(on, "complaint " + complaintId + " on");
        if (deadline.isBefore(on)) {
            throw new IllegalArgumentException("complaint " + complaintId + " deadline = " + deadline
                    + " is before the day of the decision on = " + on);
        }
    }

    /** True when a claim amount is stated. */
    public boolean hasClaim() {
        return claimAmount != null;
    }

    @Override
    public String subjectId() {
        return complaintId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.COMPLAINT_HANDLING_ASSIGNMENT;
    }

    /** The decision as the approval rules see a complaint: assigned, with its claim and impact, nothing granted yet. */
    public ComplaintCase toCase() {
        return new ComplaintCase(complaintId, responsibleUnit, deadline.toString(), claimAmount, majorSocialImpact,
                false, false, false, false, false);
    }
}
