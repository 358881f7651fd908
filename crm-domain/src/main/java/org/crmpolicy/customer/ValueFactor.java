package org.crmpolicy.customer;

/**
 * The five factors of the T6 value assessment (001 §2.2 "合作规模、增长潜力、行业影响力、合作稳定性及对企业的战略意义"), in the
 * order of {@link ValueAssessment}'s components; each has one weight row in {@code tiers-table.drl}
 * ({@link ValueScoreWeight}).
 */
public enum ValueFactor {
    /** 合作规模 */
    COOPERATION_SCALE("cooperation scale"),
    /** 增长潜力 */
    GROWTH_POTENTIAL("growth potential"),
    /** 行业影响力 */
    INDUSTRY_INFLUENCE("industry influence"),
    /** 合作稳定性 */
    COOPERATION_STABILITY("cooperation stability"),
    /** 对企业的战略意义 */
    STRATEGIC_SIGNIFICANCE("strategic significance");

    private final String words;

    ValueFactor(String words) {
        this.words = words;
    }

    /** The factor in words, as its weight row names it: {@code cooperation scale}. */
    public String words() {
        return words;
    }
}
