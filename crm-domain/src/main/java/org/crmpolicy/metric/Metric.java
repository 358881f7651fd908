package org.crmpolicy.metric;

import org.crmpolicy.finding.RuleId;

/**
 * Every indicator of the catalogue's M1 and M2 (POLICY.md; 004 ch.7 §2, ch.5 §4.2; 002 §6.1), with its catalogue ID,
 * the name a report shows (English and the sources' Chinese term), which way it improves and how its value reads.
 * How each is counted is in {@link Indicator#definition()} of the computed value and in {@code docs/metrics.md}.
 */
public enum Metric {
    /** M1 customer satisfaction: survey answers with a CSAT score at or above the "satisfied" bound / CSAT answers. */
    CSAT("M1", "customer satisfaction CSAT 客户满意度", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M1 net promoter score: (promoters − detractors) / NPS answers, from −1 to 1 (shown −100 to +100). */
    NPS("M1", "net promoter score NPS 净推荐值", Direction.HIGHER_IS_BETTER, Unit.NET_SCORE),
    /** M1 churn rate: customers with a contract in force at the start who have none at the end / those at the start. */
    CHURN_RATE("M1", "churn rate 客户流失率", Direction.LOWER_IS_BETTER, Unit.RATE),
    /** M1 complaint rate: customers with a complaint received in the period / customers. */
    COMPLAINT_RATE("M1", "complaint rate 投诉率", Direction.LOWER_IS_BETTER, Unit.RATE),
    /** M1 response-deadline compliance: complaint deadlines met before they fell due / deadlines decided. */
    RESPONSE_DEADLINE_COMPLIANCE("M1", "response-deadline compliance 响应及时率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M1 resolution rate: complaints resolved, reviewed or closed / complaints. */
    RESOLUTION_RATE("M1", "resolution rate 解决率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M1 revisit coverage, per tier: customers whose C5 quarterly revisit is met / customers in the tier. */
    REVISIT_COVERAGE("M1", "revisit coverage 回访覆盖率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M1 interaction frequency, per tier: customer-facing contacts / customers in the tier. */
    INTERACTION_FREQUENCY("M1", "interaction frequency 互动频次", Direction.HIGHER_IS_BETTER, Unit.PER_CUSTOMER),
    /** M2 complaint handling timeliness (投诉处理时效): complaints resolved before their handling deadline / resolved. */
    COMPLAINT_HANDLING_TIMELINESS("M2", "complaint handling timeliness 投诉处理时效", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M2 complaint handling satisfaction: complaints whose latest follow-up rating is "satisfied" / rated complaints. */
    COMPLAINT_HANDLING_SATISFACTION("M2", "complaint handling satisfaction 投诉处理满意度", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M2 complaint review rate: complaints reviewed (复核) / complaints resolved at least once. */
    COMPLAINT_REVIEW_RATE("M2", "complaint review rate 复核率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M2 complaint review timeliness: complaints reviewed before their handling deadline / complaints reviewed. */
    COMPLAINT_REVIEW_TIMELINESS("M2", "complaint review timeliness 复核及时率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /**
     * M2 complaint prevention rate (投诉预防率): customer × complaint type pairs of the previous period with no
     * complaint of that type from that customer in this period / pairs of the previous period.
     */
    COMPLAINT_PREVENTION_RATE("M2", "complaint prevention rate 投诉预防率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M2 customer acquisition cost: acquisition cost of the customers acquired in the period / those customers. */
    ACQUISITION_COST("M2", "customer acquisition cost 客户获取成本", Direction.LOWER_IS_BETTER, Unit.AMOUNT_CNY),
    /** M2 customer lifetime value: revenue to date of the customers that have done business / those customers. */
    LIFETIME_VALUE("M2", "customer lifetime value 客户生命周期价值", Direction.HIGHER_IS_BETTER, Unit.AMOUNT_CNY),
    /** M2 loyalty, read as retention: customers with a contract in force at the start and at the end / at the start. */
    LOYALTY("M2", "customer loyalty (retention) 客户忠诚度", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /** M2 feedback rate: customers who answered a survey in the period / customers. */
    FEEDBACK_RATE("M2", "feedback rate 客户反馈率", Direction.HIGHER_IS_BETTER, Unit.RATE),
    /**
     * M2 satisfaction counted in staff appraisal (002 §6.1(2)), per account manager: CSAT answers of the manager's
     * customers at or above the "satisfied" bound / CSAT answers of those customers.
     */
    CSAT_BY_ACCOUNT_MANAGER("M2", "CSAT by account manager 客户满意度(考核)", Direction.HIGHER_IS_BETTER, Unit.RATE);

    /** How a value reads. */
    public enum Unit {
        /** A share from 0 to 1, shown as a percentage. */
        RATE,
        /** A difference of two shares, from −1 to 1, shown from −100 to +100 (NPS). */
        NET_SCORE,
        /** An average per customer. */
        PER_CUSTOMER,
        /** An amount in CNY per customer, two decimals. */
        AMOUNT_CNY
    }

    private final RuleId ruleId;
    private final String title;
    private final Direction direction;
    private final Unit unit;

    Metric(String ruleId, String title, Direction direction, Unit unit) {
        this.ruleId = RuleId.of(ruleId);
        this.title = title;
        this.direction = direction;
        this.unit = unit;
    }

    /** M1 or M2. */
    public RuleId ruleId() {
        return ruleId;
    }

    /** The name a report shows, e.g. {@code complaint rate 投诉率}. */
    public String title() {
        return title;
    }

    public Direction direction() {
        return direction;
    }

    public Unit unit() {
        return unit;
    }
}
