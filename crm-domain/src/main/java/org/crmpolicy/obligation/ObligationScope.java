package org.crmpolicy.obligation;

/** Whom an obligation is owed to. */
public enum ObligationScope {
    /** Every customer in the scope's tiers, each on its own (C1: each strategic and key customer weekly). */
    PER_CUSTOMER,
    /**
     * The company (or the unit evaluated) as a whole: met by contacts with any customer in scope ("selectively":
     * C4, R2 chairman and GM, R4 BU head), or by internal records that concern no single customer (R6).
     */
    COMPANY_WIDE
}
