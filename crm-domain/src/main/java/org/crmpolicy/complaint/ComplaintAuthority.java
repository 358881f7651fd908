package org.crmpolicy.complaint;

/** Who must approve or take over a complaint (A7, P4). */
public enum ComplaintAuthority {
    /** 主管领导: approves the responsible unit and the handling deadline (A7). */
    LEADER_IN_CHARGE,
    /** 董事会 or 总经理办公会: takes large claims and complaints of major social impact (A7, P4). */
    GM_OFFICE_MEETING_OR_BOARD,
    /** 法律事务部, with the competent department and the responsible unit: takes litigation (P4). */
    LEGAL_DEPARTMENT
}
