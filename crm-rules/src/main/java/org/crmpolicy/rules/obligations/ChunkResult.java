package org.crmpolicy.rules.obligations;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;

/**
 * What one chunk of customers comes to ({@link ChunkEvaluator}): per customer its tier, obligation statuses and
 * findings; and what the chunk contributes to the company-wide obligations, to be merged with the other chunks'
 * and decided once ({@link ChunkEvaluator#decide}). Contributions merge associatively and commutatively
 * ({@link CompanyContribution#merge}), so chunks may be evaluated anywhere and in any order. Immutable views.
 *
 * @param classified     the tier decisions of the customers classified in this chunk (T findings inside), input order
 * @param tiers          each customer's tier on the day of asOf; absent when it has none that day
 * @param statuses       each customer's obligation statuses, unsorted
 * @param findings       the contact-obligation and revisit findings (C, R) about the chunk's customers
 * @param companyFindings the C and R findings the chunk's session made about the company as a whole
 * @param contributions  the chunk's contributions to the company-wide obligations, one per obligation
 * @param companyWide    the company-wide obligations of the rule set, by {@link ContactObligation#key()}
 * @param rejected       input of the chunk that could not be used, and why
 */
public record ChunkResult(List<TierDecision> classified, Map<CustomerId, Tier> tiers,
        Map<CustomerId, List<ObligationStatus>> statuses, List<Finding> findings, List<Finding> companyFindings,
        List<CompanyContribution> contributions, Map<String, ContactObligation> companyWide,
        List<RejectedInput> rejected) {

    public ChunkResult {
        classified = Collections.unmodifiableList(classified);
        tiers = Collections.unmodifiableMap(tiers);
        statuses = Collections.unmodifiableMap(statuses);
        findings = Collections.unmodifiableList(findings);
        companyFindings = Collections.unmodifiableList(companyFindings);
        contributions = Collections.unmodifiableList(contributions);
        companyWide = Collections.unmodifiableMap(companyWide);
        rejected = Collections.unmodifiableList(rejected);
    }

    /** The statuses of one customer, unsorted; empty when none. */
    public List<ObligationStatus> statusesOf(CustomerId customer) {
        return statuses.getOrDefault(customer, List.of());
    }
}
