package org.crmpolicy.complaint;

/** Where a complaint is escalated to (P4). */
public enum EscalationBody {
    /** 总经理办公会. Large claim or major social impact. */
    GM_OFFICE_MEETING,
    /** 董事会. Large claim or major social impact. */
    BOARD,
    /** 法律事务部, together with the competent department and the responsible unit. Litigation. */
    LEGAL_DEPARTMENT;

    /** True for the bodies that take large claims and complaints of major social impact. */
    public boolean isLeadership() {
        return this == GM_OFFICE_MEETING || this == BOARD;
    }
}
