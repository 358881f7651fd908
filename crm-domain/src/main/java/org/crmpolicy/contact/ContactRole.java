package org.crmpolicy.contact;

/**
 * The company roles the contact rules address (003 §14, §17): who is responsible for a contact obligation and in
 * which capacity a person made a contact.
 */
public enum ContactRole {
    /** 业务人员/销售员 — sales and marketing staff of a business unit. */
    SALES_STAFF("sales staff"),
    /** 业务单位负责人 — the head of a business unit. */
    BU_HEAD("BU head"),
    /** 主管业务副总 — the vice president in charge of the business. */
    VP("VP in charge"),
    /** 总经理 — the general manager. */
    GM("GM"),
    /** 董事长 — the chairman. */
    CHAIRMAN("chairman");

    private final String phrase;

    ContactRole(String phrase) {
        this.phrase = phrase;
    }

    /** How a sentence names the role: {@code "BU head"}, {@code "VP in charge"}. */
    public String phrase() {
        return phrase;
    }

    /** VP, GM and CHAIRMAN: company leadership (公司领导), who approve ad-hoc revisit plans (R5). */
    public boolean isCompanyLeadership() {
        return this == VP || this == GM || this == CHAIRMAN;
    }
}
