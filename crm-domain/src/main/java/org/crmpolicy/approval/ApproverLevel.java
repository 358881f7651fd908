package org.crmpolicy.approval;

/**
 * Who approves, reviews or signs off an act in the policy (003 §12-§18, §27; 000 §3; 002 ch.7; 004 ch.3). An approval
 * counts only when it comes from a level the requirement names: a higher body does not stand in for the one named
 * (the sources name a specific body for each act, not a hierarchy).
 */
public enum ApproverLevel {
    /** 主管领导 — the company leader in charge of the business area. */
    LEADER_IN_CHARGE,
    /** 公司领导 — company leadership. */
    COMPANY_LEADERSHIP,
    /** 公司办公室 — the company office (reviews reception plans, buys strategic partners' gifts). */
    COMPANY_OFFICE,
    /** 总经理办公会 — the general manager's office meeting. */
    GM_OFFICE_MEETING,
    /** 董事会 — the board of directors. */
    BOARD,
    /** 法律事务部 — the legal department. */
    LEGAL,
    /** 市场部 — the marketing department. */
    MARKETING,
    /** Management (管理层), as named by 000 §3(五) and 002 ch.7. */
    MANAGEMENT,
    /** 客户服务部 — customer service, the default owner who proposes policy revisions (A8). */
    CUSTOMER_SERVICE,
    /** 企业管理部 — enterprise management, owner of the rules in 003 §7(一). */
    ENTERPRISE_MANAGEMENT,
    /** A CRM committee, owner of the rules in 004 ch.1 §3. */
    CRM_COMMITTEE,
    /** 业务单位负责人 — the head of the business unit. */
    BU_HEAD
}
