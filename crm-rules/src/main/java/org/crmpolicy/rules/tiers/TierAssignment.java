package org.crmpolicy.rules.tiers;

import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * Inserted by the T10 decision rule: the tier a customer is placed in. Read by the rules that depend on the tier
 * (T7 findings, T9) and by the façade to build the {@link org.crmpolicy.customer.TierDecision}.
 */
public record TierAssignment(CustomerId customerId, Tier tier) {
}
