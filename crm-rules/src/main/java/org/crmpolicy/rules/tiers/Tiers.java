package org.crmpolicy.rules.tiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierCriterion;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.customer.ValueAssessment;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.ChunkSession;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * The tier area (T1-T7, T9, T10): places customers in their tier as of an instant, with every matched criterion as a
 * reason and the findings of the tier rules. Runs {@code tiers.drl}: validates, evaluates in chunks, assembles
 * {@link TierDecision}s. Obtained from {@code CrmPolicy.tiers()}; thread-safe, stateless between calls.
 */
public final class Tiers {

    /** Customers per rule session of {@link #classifyAll}. */
    public static final int CHUNK = 1_000;

    private static final Set<PolicyArea> AREAS = EnumSet.of(PolicyArea.TIERS);

    private final PolicyRuntime policy;

    public Tiers(PolicyRuntime policy) {
        this.policy = policy;
    }

    /**
     * Places one customer in its tier as of {@code asOf}.
     *
     * @throws InvalidFactException naming every bad field of the customer
     * @throws NullPointerException when customer or asOf is null
     */
    public TierDecision classify(Customer customer, Instant asOf) {
        return classifyAll(List.of(validate(customer, asOf, "customer")), asOf).get(0);
    }

    /**
     * {@link #classify(Customer, Instant)} as of the policy's clock.
     *
     * @throws IllegalStateException when the policy was built without a clock
     */
    public TierDecision classify(Customer customer) {
        return classify(customer, policy.now());
    }

    /**
     * Places many customers, in input order. Customers are evaluated in chunks, so memory grows with the result
     * list, not with the rule sessions.
     *
     * @throws InvalidFactException on the first invalid customer (nothing is returned for any of them)
     * @throws IllegalArgumentException when two customers share an ID
     */
    public List<TierDecision> classifyAll(Collection<Customer> customers, Instant asOf) {
        Objects.requireNonNull(customers, "customers must not be null");
        SupportedRange.requireInstant(asOf, "asOf");
        Set<CustomerId> seen = new HashSet<>();
        int index = 0;
        for (Customer c : customers) {
            validate(c, asOf, "customers[" + index++ + "]");
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("customers: customer id " + c.id() + " appears more than once");
            }
        }
        RuleBase rules = policy.ruleBase(); // once per call: a reload meanwhile does not mix two rule sets
        List<TierDecision> decisions = new ArrayList<>(customers.size());
        List<Customer> chunk = new ArrayList<>(CHUNK);
        for (Customer c : customers) {
            chunk.add(c);
            if (chunk.size() == CHUNK) {
                decisions.addAll(evaluate(rules, chunk, asOf));
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            decisions.addAll(evaluate(rules, chunk, asOf));
        }
        return decisions;
    }

    private Customer validate(Customer customer, Instant asOf, String what) {
        SupportedRange.requireInstant(asOf, "asOf");
        FactValidator.require(customer, customer == null ? what : what + " " + customer.id());
        LocalDate today = LocalDate.ofInstant(asOf, policy.zone());
        if (customer.since().isAfter(today)) {
            throw new IllegalArgumentException(what + " " + customer.id() + ": since = " + customer.since()
                    + " is after asOf " + today + "; the customer did not exist yet");
        }
        if (customer.valueAssessment() != null && customer.valueAssessment().assessedOn().isAfter(today)) {
            throw new IllegalArgumentException(what + " " + customer.id() + ": valueAssessment.assessedOn = "
                    + customer.valueAssessment().assessedOn() + " is after asOf " + today);
        }
        return customer;
    }

    private List<TierDecision> evaluate(RuleBase rules, List<Customer> chunk, Instant asOf) {
        Facts facts = ChunkSession.evaluate(policy, rules, asOf, insert -> chunk.forEach(insert));
        Map<CustomerId, Set<TierCriterion>> criteria = new HashMap<>();
        for (TierCriterion c : facts.ofType(TierCriterion.class)) {
            criteria.computeIfAbsent(c.customerId(), k -> new LinkedHashSet<>()).add(c);
        }
        Map<CustomerId, TierAssignment> assignments = new HashMap<>();
        for (TierAssignment a : facts.ofType(TierAssignment.class)) {
            TierAssignment previous = assignments.put(a.customerId(), a);
            if (previous != null && previous.tier() != a.tier()) {
                throw new IllegalStateException("tiers.drl placed customer " + a.customerId() + " in two tiers: "
                        + previous.tier() + " and " + a.tier() + "; the T10 rule must leave exactly one");
            }
        }
        Map<String, Set<Finding>> findings = new HashMap<>();
        for (Finding f : ChunkSession.findings(facts, AREAS)) {
            findings.computeIfAbsent(f.subjectId(), k -> new LinkedHashSet<>()).add(f);
        }
        List<TierDecision> decisions = new ArrayList<>(chunk.size());
        for (Customer c : chunk) {
            TierAssignment assignment = assignments.get(c.id());
            if (assignment == null) {
                throw new IllegalStateException("tiers.drl placed customer " + c.id() + " in no tier; the rule set "
                        + "must give every customer a tier (T1)");
            }
            // T10: who assessed and when is the host's assessment when there is one; otherwise the policy's
            // configured assessor, at the instant of the evaluation
            ValueAssessment assessment = c.valueAssessment();
            decisions.add(new TierDecision(c.id(), assignment.tier(),
                    List.copyOf(criteria.getOrDefault(c.id(), Set.of())),
                    List.copyOf(findings.getOrDefault(c.id().value(), Set.of())),
                    assessment == null ? policy.assessor() : assessment.assessedBy(),
                    assessment == null ? asOf : assessment.assessedOn().atStartOfDay(policy.zone()).toInstant()));
        }
        return decisions;
    }
}
