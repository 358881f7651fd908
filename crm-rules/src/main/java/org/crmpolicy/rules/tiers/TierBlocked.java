package org.crmpolicy.rules.tiers;

import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * Inserted by a gate rule (T7): the customer may not enter {@code tier} although a criterion for it matched.
 *
 * @param ruleId the gate's catalogue ID
 * @param reason why, in words
 */
public record TierBlocked(CustomerId customerId, Tier tier, String ruleId, String reason) {
}
