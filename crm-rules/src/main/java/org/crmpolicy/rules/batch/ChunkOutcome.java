package org.crmpolicy.rules.batch;

import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.RejectedInput;

/**
 * What one customer or one chunk of customers comes to ({@link PortfolioEvaluator#evaluate}): the findings about its
 * customers (tiering, C and R obligations), the input set aside, the per-tier counts and its {@link Contributions} to
 * the company-wide obligations, which are only decided once every customer's are merged. Immutable.
 *
 * <p>Only {@link #contributions()} needs to travel between the tasks of a distributed engine; the findings are final
 * and go to the engine's sink, the tier metrics add up with {@link TierMetrics#plus}.
 *
 * @param customers     customers evaluated
 * @param contacts      their contacts, as handed in
 * @param findings      customer by customer in input order, each customer's in
 *                      {@link org.crmpolicy.obligation.ComplianceReport#findingOrder()}; findings about no customer of
 *                      the chunk last
 * @param rejected      input that could not be used, and why
 * @param tiers         per-tier counts of these customers
 * @param contributions their contributions to the company-wide obligations
 */
public record ChunkOutcome(int customers, long contacts, List<Finding> findings, List<RejectedInput> rejected,
        Map<Tier, TierMetrics> tiers, Contributions contributions) {

    public ChunkOutcome {
        findings = List.copyOf(findings);
        rejected = List.copyOf(rejected);
        tiers = Map.copyOf(tiers);
        java.util.Objects.requireNonNull(contributions, "contributions must not be null");
    }
}
