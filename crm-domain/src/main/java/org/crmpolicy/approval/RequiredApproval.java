package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.util.List;
import org.crmpolicy.finding.RuleId;

/**
 * An approval an act needs: from which level (or one of which levels, e.g. "the board or the GM office meeting"),
 * under which catalogue rule, and why.
 *
 * @param ruleId         the catalogue rule that requires it
 * @param subjectId      the act it is for
 * @param acceptedLevels the levels whose approval counts, the usual one first; never empty
 * @param reason         one sentence a manager understands
 */
public record RequiredApproval(RuleId ruleId, String subjectId, List<ApproverLevel> acceptedLevels, String reason) {

    public RequiredApproval {
        Arguments.nonNull(ruleId, "required approval ruleId");
        Arguments.nonNull(subjectId, "required approval subjectId");
        acceptedLevels = List.copyOf(Arguments.nonNull(acceptedLevels, "required approval acceptedLevels"));
        if (acceptedLevels.isEmpty()) {
            throw new IllegalArgumentException("required approval acceptedLevels is empty: name at least one level");
        }
        Arguments.nonNull(reason, "required approval reason");
    }

    /** An approval from exactly one level. */
    public static RequiredApproval of(String ruleId, String subjectId, ApproverLevel level, String reason) {
        return new RequiredApproval(RuleId.of(ruleId), subjectId, List.of(level), reason);
    }

    /** An approval from any one of {@code levels}. */
    public static RequiredApproval ofAny(String ruleId, String subjectId, List<ApproverLevel> levels, String reason) {
        return new RequiredApproval(RuleId.of(ruleId), subjectId, levels, reason);
    }

    /** The usual level: the first accepted one. */
    public ApproverLevel level() {
        return acceptedLevels.get(0);
    }

    /** True when {@code approval} is for {@code act}, from an accepted level, and given on or before the act's day. */
    public boolean isSatisfiedBy(Approval approval, HostAction act) {
        return approval.isFor(act) && acceptedLevels.contains(approval.level()) && !approval.approvedOn().isAfter(act.on());
    }
}
