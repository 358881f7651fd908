package org.crmpolicy.approval;

/**
 * What a {@link RequiredApproval} asks of its level: a review (审核, the level checks the act and may send it back;
 * e.g. A4 the company office reviews a reception plan, A12 the leader in charge reviews the training plan) or an
 * approval (审批, the level decides; e.g. A4 company leadership approves the plan, A7, A8, P4). A host routes the
 * two differently, so the type says which, not only the reason text.
 */
public enum ApprovalAct {
    /** 审核 — the level reviews the act. */
    REVIEW,
    /** 审批 — the level approves (decides on) the act. */
    APPROVE
}
