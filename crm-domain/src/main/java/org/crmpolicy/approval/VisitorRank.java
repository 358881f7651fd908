package org.crmpolicy.approval;

/** The rank of a visiting customer's delegation head; with the customer's tier it selects the A4 reception standard. */
public enum VisitorRank {
    /** 董事长或总经理 — chairman or general manager. */
    CHAIRMAN_OR_GM,
    /** 部门经理 — department manager. */
    DEPARTMENT_MANAGER,
    /** 部门经理以下人员 — below department manager. */
    BELOW_MANAGER
}
