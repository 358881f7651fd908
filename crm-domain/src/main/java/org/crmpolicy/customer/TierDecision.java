package org.crmpolicy.customer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * The tier a customer is placed in, with every criterion that matched and every finding the tiering rules made
 * (T1–T7, T9, T10). The tier is the highest tier whose criteria matched and whose gates (T7) let it in.
 *
 * @param customerId the customer
 * @param tier       the decided tier
 * @param matched    every criterion that matched, highest tier first (a listed company with a low volume shows
 *                   both its T3 and its T4 criterion)
 * @param findings   findings about the decision: a T7 credit gate that held the tier down, a T9 missing account
 *                   manager, a T6 assessment due
 * @param assessor   who assessed the customer (T10): the unit and person of the customer's value assessment when it
 *                   has one, otherwise the assessor the policy was built with
 * @param assessedAt when: the start of the value assessment's day in the policy's zone when the customer has one,
 *                   otherwise the {@code asOf} of the evaluation
 */
public record TierDecision(
        CustomerId customerId,
        Tier tier,
        List<TierCriterion> matched,
        List<Finding> findings,
        Assessor assessor,
        Instant assessedAt) {

    public TierDecision {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(assessedAt, "assessedAt");
        matched = matched.stream()
                .sorted(Comparator.comparing(TierCriterion::tier).thenComparing(TierCriterion::ruleId)
                        .thenComparing(TierCriterion::reason))
                .toList();
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::ruleId).thenComparing(Finding::message))
                .toList();
    }

    /** The catalogue IDs that shaped the decision: matched criteria and findings, in catalogue order. */
    public Set<RuleId> ruleIds() {
        Set<RuleId> ids = new TreeSet<>();
        matched.forEach(c -> ids.add(c.ruleId()));
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    /** The reasons, one line each, for a report or a log. */
    public List<String> reasons() {
        return matched.stream().map(TierCriterion::toString).collect(Collectors.toList());
    }

    public boolean hasViolations() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.VIOLATION);
    }

    public List<Finding> findings(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }
}
