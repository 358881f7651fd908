package org.crmpolicy.obligation;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.RuleId;

/**
 * The contact obligations of one customer as of an instant, and their status.
 *
 * @param customerId the customer
 * @param tier       its tier on the day of {@code asOf} (from the tier history, or the tiering rules)
 * @param statuses   one per obligation × period evaluated, in catalogue order
 */
public record CustomerCompliance(CustomerId customerId, Tier tier, List<ObligationStatus> statuses) {

    public CustomerCompliance {
        Objects.requireNonNull(customerId, "customerId");
        statuses = List.copyOf(statuses);
    }

    /** The statuses of one catalogue rule, oldest period first. */
    public List<ObligationStatus> statuses(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return statuses.stream().filter(s -> s.ruleId().equals(id)).toList();
    }

    /** True when nothing is OVERDUE. */
    public boolean isCompliant() {
        return statuses.stream().noneMatch(s -> s.state() == ObligationState.OVERDUE);
    }
}
