package org.crmpolicy.customer;

/**
 * The kinds of unit the tier criteria name (T3, T4 of POLICY.md; 003 §12). A customer may be of several kinds
 * (a listed aviation OEM); every kind that matches a criterion is reported.
 */
public enum CustomerCategory {
    /** 部队 (T3). */
    MILITARY_UNIT(Tier.KEY),
    /** 航空主机厂 — aviation engine/airframe OEM (T3). */
    AVIATION_OEM(Tier.KEY),
    /** 航修厂 (T3). */
    AVIATION_REPAIR_PLANT(Tier.KEY),
    /** 军队部委直属单位 (T3). */
    MILITARY_COMMISSION_UNIT(Tier.KEY),
    /** 大型国企 (T3). */
    LARGE_STATE_OWNED_ENTERPRISE(Tier.KEY),
    /** 上市公司 (T3). */
    LISTED_COMPANY(Tier.KEY),
    /** 研究院所 (T3). */
    RESEARCH_INSTITUTE(Tier.KEY),
    /** 有实体业务的单位 — a unit with substantive (physical) business (T3). */
    SUBSTANTIVE_BUSINESS_UNIT(Tier.KEY),
    /** 小型民营公司 (T4). */
    SMALL_PRIVATE_COMPANY(Tier.GENERAL),
    /** 个体经营者 (T4). */
    INDIVIDUAL_BUSINESS(Tier.GENERAL),
    /** Dealers, distributors and other kinds the sources do not name; they match no category criterion. */
    OTHER(null);

    private final Tier indicatedTier;

    CustomerCategory(Tier indicatedTier) {
        this.indicatedTier = indicatedTier;
    }

    /**
     * The tier the sources list this kind under, or {@code null} for {@link #OTHER}. Informational: the tier
     * decision itself is made by the rules in {@code tiers.drl}.
     */
    public Tier indicatedTier() {
        return indicatedTier;
    }
}
