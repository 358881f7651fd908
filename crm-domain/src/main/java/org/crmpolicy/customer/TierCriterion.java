package org.crmpolicy.customer;

import java.util.Objects;
import org.crmpolicy.finding.RuleId;

/**
 * One tier criterion a customer matched: the rule, the tier it points to and why (T6, T10: a decision lists every
 * criterion that matched, not only the winning one).
 *
 * @param customerId the customer
 * @param ruleId     T2 to T6 (criteria) or T7 (a customer held at GENERAL by the credit gate)
 * @param tier       the tier this criterion indicates
 * @param reason     the matched fact in words, e.g. {@code category LISTED_COMPANY}
 */
public record TierCriterion(CustomerId customerId, RuleId ruleId, Tier tier, String reason) {

    public TierCriterion {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(reason, "reason");
    }

    public static TierCriterion of(CustomerId customerId, String ruleId, Tier tier, String reason) {
        return new TierCriterion(customerId, RuleId.of(ruleId), tier, reason);
    }

    @Override
    public String toString() {
        return ruleId + " " + tier + ": " + reason;
    }
}
