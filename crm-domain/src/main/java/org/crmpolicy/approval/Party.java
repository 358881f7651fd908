package org.crmpolicy.approval;

/** Who carries out an arrangement of an {@link ApprovalPlan} (A4, A5, I9). */
public enum Party {
    /** 业务单位 — the business unit that hosts the customer. */
    BUSINESS_UNIT,
    /** 业务单位负责人 — the head of the business unit. */
    BU_HEAD,
    /** 业务单位领导 — a leader of the business unit. */
    BU_LEADER,
    /** 业务单位领导或业务人员 — a BU leader or a salesperson. */
    BU_LEADER_OR_SALESPERSON,
    /** 公司领导或业务单位领导 — a company leader or a BU leader. */
    COMPANY_OR_BU_LEADER,
    /** 公司领导 — a company leader. */
    COMPANY_LEADER,
    /** 主管领导 — the leader in charge. */
    LEADER_IN_CHARGE,
    /** 公司办公室 — the company office. */
    COMPANY_OFFICE,
    /** 总经理办公室 — the general manager's office. */
    GM_OFFICE,
    /** 市场部 — the marketing department. */
    MARKETING_DEPARTMENT,
    /** 销售部 — the sales department. */
    SALES_DEPARTMENT,
    /** The unit that holds the customer information concerned. */
    INFORMATION_OWNER
}
