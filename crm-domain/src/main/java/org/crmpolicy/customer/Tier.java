package org.crmpolicy.customer;

/**
 * The four customer tiers of T1, highest first. Reception and contact rules address the first three; RESERVE
 * customers are prospects.
 */
public enum Tier {
    /** 战略合作(伙伴)客户 — joint development with the company (T2). */
    STRATEGIC_PARTNER,
    /** 重点客户 — military, aviation, large SOE, listed, research, substantive-business units (T3). */
    KEY,
    /** 一般客户 — small private companies, individual businesses, low annual volume (T4). */
    GENERAL,
    /** 储备客户 — prospects with declared intent or high potential, no contract yet (T5). */
    RESERVE;

    /** True when this tier ranks above {@code other} (STRATEGIC_PARTNER is the highest). */
    public boolean isHigherThan(Tier other) {
        return ordinal() < other.ordinal();
    }

    /** STRATEGIC_PARTNER and KEY: the tiers with a dedicated account manager (T9) and a credit gate (T7). */
    public boolean isStrategicOrKey() {
        return this == STRATEGIC_PARTNER || this == KEY;
    }
}
