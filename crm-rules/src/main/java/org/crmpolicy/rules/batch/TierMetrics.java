package org.crmpolicy.rules.batch;

import org.crmpolicy.customer.Tier;

/**
 * Per-tier counts of a streaming run (M1): customers, their contacts, the obligation statuses assessed for them and
 * how those ended, and the findings about them. Immutable.
 *
 * @param tier       the tier on asOf
 * @param customers  customers in the tier
 * @param contacts   their contacts (as handed in)
 * @param statuses   per-customer obligation statuses assessed (rule × period)
 * @param met        of which MET
 * @param atRisk     of which AT_RISK
 * @param overdue    of which OVERDUE
 * @param violations VIOLATION findings about these customers (all areas)
 * @param warnings   WARNING findings about these customers
 */
public record TierMetrics(Tier tier, long customers, long contacts, long statuses, long met, long atRisk, long overdue,
        long violations, long warnings) {

    /** The sum of two metrics of the same tier. */
    public TierMetrics plus(TierMetrics other) {
        return new TierMetrics(tier, customers + other.customers, contacts + other.contacts, statuses + other.statuses,
                met + other.met, atRisk + other.atRisk, overdue + other.overdue, violations + other.violations,
                warnings + other.warnings);
    }

    /** Share of statuses that are met, or 0 without statuses. */
    public double metRate() {
        return statuses == 0 ? 0 : (double) met / statuses;
    }
}
