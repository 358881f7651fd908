package org.crmpolicy.rules.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;

/**
 * The end of a streaming run: the per-tier metrics, the company-wide statuses (C4, C8, C10, R2 chairman/GM, R4 BU
 * head, R6) decided over the whole portfolio, and their findings (also delivered to the sink). Immutable.
 *
 * @param asOf            the policy instant
 * @param customers       customers evaluated
 * @param contacts        contacts handed in
 * @param findings        findings delivered to the sink, company-wide ones included
 * @param tiers           metrics per tier on asOf
 * @param companyStatuses the company-wide statuses
 * @param companyFindings the findings about them
 * @param elapsed         wall time of the run
 */
public record BatchSummary(Instant asOf, long customers, long contacts, long findings, Map<Tier, TierMetrics> tiers,
        List<ObligationStatus> companyStatuses, List<Finding> companyFindings, Duration elapsed) {

    public BatchSummary {
        tiers = Map.copyOf(tiers);
        companyStatuses = List.copyOf(companyStatuses);
        companyFindings = List.copyOf(companyFindings);
    }

    /** Customers per second over the whole run. */
    public double customersPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : customers / seconds;
    }
}
