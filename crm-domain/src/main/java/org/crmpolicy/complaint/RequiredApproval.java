package org.crmpolicy.complaint;

import java.util.Objects;
import org.crmpolicy.finding.RuleId;

/**
 * An approval or escalation a complaint needs (A7, P4), and whether it was given.
 *
 * @param ruleId      the catalogue rule that requires it
 * @param complaintId which complaint
 * @param authority   who must approve or take the complaint over
 * @param reason      why, one sentence without personal data
 * @param granted     true when the history shows it was given (approved, or escalated there)
 */
public record RequiredApproval(RuleId ruleId, ComplaintId complaintId, ComplaintAuthority authority, String reason,
                               boolean granted) {

    public RequiredApproval {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        Objects.requireNonNull(authority, "authority must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    public static RequiredApproval of(String ruleId, ComplaintId complaintId, ComplaintAuthority authority,
                                      String reason, boolean granted) {
        return new RequiredApproval(RuleId.of(ruleId), complaintId, authority, reason, granted);
    }

    /** True while the approval or escalation is still outstanding. */
    public boolean isPending() {
        return !granted;
    }
}
