package org.crmpolicy.approval;

/** The plans A10 asks management to approve (000 §3(五)1). */
public enum ManagementPlanKind {
    /** 客户维护计划 — a customer-maintenance plan. */
    CUSTOMER_MAINTENANCE,
    /** 反馈处理方案 — a feedback-handling plan. */
    FEEDBACK_HANDLING
}
