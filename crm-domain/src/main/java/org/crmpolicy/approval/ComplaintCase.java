package org.crmpolicy.approval;

import java.util.Objects;
import org.crmpolicy.internal.Arguments;
import org.crmpolicy.money.Money;

/**
 * What the approval rules need to know about one complaint (A7, P4), whichever way the complaint reaches them: from
 * its history (complaints.drl classifies a {@code Complaint} into a case, with what the history shows granted) or from
 * a host's handling decision before it is taken ({@link ComplaintHandlingAssignment#toCase()}, nothing granted yet).
 * approvals.drl decides the A7 and P4 approvals on cases only, so both paths get the same approvals.
 *
 * @param complaintId              the complaint
 * @param responsibleUnit          the responsible unit, or {@code null} while none is assigned
 * @param handlingDeadline         the handling deadline as text, or {@code null} while none is assigned
 * @param claim                    the claim in CNY, or {@code null} when there is none
 * @param majorSocialImpact        true when the complaint has a major social impact
 * @param litigation               true when the complaint became a lawsuit
 * @param assignmentApproved       true when the leader in charge approved the assignment
 * @param escalatedForLargeClaim   true when the complaint went to the board or GM office meeting for its claim
 * @param escalatedForSocialImpact true when it went there for its social impact
 * @param escalatedForLitigation   true when it went to the legal department for the lawsuit
 */
public record ComplaintCase(String complaintId, String responsibleUnit, String handlingDeadline, Money claim,
                            boolean majorSocialImpact, boolean litigation, boolean assignmentApproved,
                            boolean escalatedForLargeClaim, boolean escalatedForSocialImpact,
                            boolean escalatedForLitigation) {

    public ComplaintCase {
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        if ((responsibleUnit == null) != (handlingDeadline == null)) {
            throw new IllegalArgumentException("complaint " + complaintId
                    + ": an assignment names both the responsible unit and the handling deadline, or neither");
        }
        Arguments.optionalCny(claim, "complaint " + complaintId + " claim");
    }

    /** True when a responsible unit and handling deadline were set. */
    public boolean isAssigned() {
        return responsibleUnit != null;
    }

    /** True when a claim is stated and it is at or above {@code bound} CNY. */
    public boolean hasClaimOfAtLeast(java.math.BigDecimal bound) {
        return claim != null && claim.isAtLeast(bound);
    }
}
