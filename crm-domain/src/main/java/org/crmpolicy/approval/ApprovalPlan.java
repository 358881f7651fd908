package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.util.List;
import org.crmpolicy.finding.Finding;

/**
 * What an act needs before it happens: the approvals (level, rule ID, reason), the documents still missing, the
 * arrangements to make (A4: who meets the visitor, who chairs the meeting, who hosts the banquet, the e-screen
 * welcome, lodging on request) and any refusal (a VIOLATION finding such as T8 "not eligible" or I6 "purpose not
 * allowed"). Immutable and thread-safe; lists are in a stable order (by rule ID, then level or task).
 *
 * @param subjectId         the act
 * @param kind              the kind of act
 * @param approvals         the approvals to obtain first
 * @param documentsRequired the documents the act requires (A2), whether on file or not
 * @param documentsMissing  those of {@code documentsRequired} not on file on the day of the act
 * @param arrangements      what to arrange, by whom
 * @param findings          refusals and notes: a VIOLATION here means the act must not go ahead as planned
 */
public record ApprovalPlan(String subjectId, ActionKind kind, List<RequiredApproval> approvals,
                           List<QualificationDocument> documentsRequired, List<QualificationDocument> documentsMissing,
                           List<Arrangement> arrangements, List<Finding> findings) {

    public ApprovalPlan {
        Arguments.nonNull(subjectId, "plan subjectId");
        Arguments.nonNull(kind, "plan kind");
        approvals = List.copyOf(approvals);
        documentsRequired = List.copyOf(documentsRequired);
        documentsMissing = List.copyOf(documentsMissing);
        arrangements = List.copyOf(arrangements);
        findings = List.copyOf(findings);
    }

    /** True when at least one approval is required. */
    public boolean needsApproval() {
        return !approvals.isEmpty();
    }

    /** True when an approval from {@code level} is among the required ones (as the usual or an accepted level). */
    public boolean needsApprovalFrom(ApproverLevel level) {
        return approvals.stream().anyMatch(a -> a.acceptedLevels().contains(level));
    }

    /** True when nothing refuses the act: no VIOLATION finding and no missing document. */
    public boolean isPermitted() {
        return documentsMissing.isEmpty() && findings.stream().noneMatch(Finding::isViolation);
    }

    /** The arrangements for one task, e.g. who chairs the meeting. */
    public List<Arrangement> arrangements(ArrangementTask task) {
        return arrangements.stream().filter(a -> a.task() == task).toList();
    }
}
