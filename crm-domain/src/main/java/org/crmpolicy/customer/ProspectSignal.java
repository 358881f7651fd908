package org.crmpolicy.customer;

/** Why a customer without a contract is a prospect (T5). */
public enum ProspectSignal {
    /** Neither intent nor potential is on record. */
    NONE,
    /** The customer has declared the intent to do business (有意向进行业务往来). */
    DECLARED_INTENT,
    /** Market potential judged high, not yet developed (市场潜力较大的待开发用户). */
    HIGH_POTENTIAL
}
