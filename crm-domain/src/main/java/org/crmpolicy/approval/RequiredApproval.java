package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.util.Comparator;
import java.util.List;
import org.crmpolicy.finding.RuleId;

/**
 * An approval an act needs: from which level (or one of which levels, e.g. "the board or the GM office meeting"),
 * under which catalogue rule, why, and whether the record already shows it given. The one type for every approval
 * and escalation the policy requires — of contracts, receptions, plans, customer information and complaints (A7
 * leader-in-charge approval, P4 escalations).
 *
 * @param ruleId         the catalogue rule that requires it
 * @param subjectId      the act it is for (a contract, a visit, a complaint ID ...)
 * @param acceptedLevels the levels whose approval counts, the usual one first; never empty
 * @param reason         one sentence a manager understands, no personal data
 * @param granted        true when the subject's own record shows it was given (a complaint's history: the
 *                       assignment approved, or escalated there); always false before an act
 *                       ({@code Approvals.plan}), where approvals are matched against the {@link Approval}s on file
 * @param act            whether the level reviews the act or approves it ({@link ApprovalAct}); never null
 */
public record RequiredApproval(RuleId ruleId, String subjectId, List<ApproverLevel> acceptedLevels, String reason,
                               boolean granted, ApprovalAct act) {

    /** The order approvals are reported in: by rule, subject, usual level, then reason — the same on every call. */
    public static final Comparator<RequiredApproval> ORDER = Comparator.comparing(RequiredApproval::ruleId)
            .thenComparing(RequiredApproval::subjectId).thenComparing(RequiredApproval::level)
            .thenComparing(RequiredApproval::reason).thenComparing(RequiredApproval::granted)
            .thenComparing(RequiredApproval::act);

    public RequiredApproval {
        Arguments.nonNull(ruleId, "required approval ruleId");
        Arguments.nonNull(subjectId, "required approval subjectId");
        acceptedLevels = List.copyOf(Arguments.nonNull(acceptedLevels, "required approval acceptedLevels"));
        if (acceptedLevels.isEmpty()) {
            throw new IllegalArgumentException("required approval acceptedLevels is empty: name at least one level");
        }
        Arguments.nonNull(reason, "required approval reason");
        Arguments.nonNull(act, "required approval act");
    }

    /** An approval ({@link ApprovalAct#APPROVE}), as in earlier versions. */
    public RequiredApproval(RuleId ruleId, String subjectId, List<ApproverLevel> acceptedLevels, String reason,
            boolean granted) {
        this(ruleId, subjectId, acceptedLevels, reason, granted, ApprovalAct.APPROVE);
    }

    /** A review ({@link ApprovalAct#REVIEW}) by exactly one level, not yet given. */
    public static RequiredApproval reviewBy(String ruleId, String subjectId, ApproverLevel level, String reason) {
        return new RequiredApproval(RuleId.of(ruleId), subjectId, List.of(level), reason, false, ApprovalAct.REVIEW);
    }

    /** An approval ({@link ApprovalAct#APPROVE}) from exactly one level, not yet given. */
    public static RequiredApproval of(String ruleId, String subjectId, ApproverLevel level, String reason) {
        return new RequiredApproval(RuleId.of(ruleId), subjectId, List.of(level), reason, false);
    }

    /** An approval ({@link ApprovalAct#APPROVE}) from any one of {@code levels}, not yet given. */
    public static RequiredApproval ofAny(String ruleId, String subjectId, List<ApproverLevel> levels, String reason) {
        return new RequiredApproval(RuleId.of(ruleId), subjectId, levels, reason, false);
    }

    /** A copy that is given ({@code true}) or still outstanding. */
    public RequiredApproval withGranted(boolean given) {
        return new RequiredApproval(ruleId, subjectId, acceptedLevels, reason, given, act);
    }

    /** The usual level: the first accepted one. */
    public ApproverLevel level() {
        return acceptedLevels.get(0);
    }

    /** True when the level reviews the act rather than approving it. */
    public boolean isReview() {
        return act == ApprovalAct.REVIEW;
    }

    /** True while the approval or escalation is still outstanding. */
    public boolean isPending() {
        return !granted;
    }

    /** True when {@code approval} is for {@code act}, from an accepted level, and given on or before the act's day. */
    public boolean isSatisfiedBy(Approval approval, HostAction act) {
        return approval.isFor(act) && acceptedLevels.contains(approval.level()) && !approval.approvedOn().isAfter(act.on());
    }
}
