package org.crmpolicy.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierCriterion;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.RuleId;

/** The tier decisions of a scenario, checked customer by customer. Immutable. */
public final class TierOutcome {

    private final PolicyScenario.Given given;
    private final List<TierDecision> decisions;

    TierOutcome(PolicyScenario.Given given, List<TierDecision> decisions) {
        this.given = given;
        this.decisions = List.copyOf(decisions);
    }

    /**
     * Expectations about one customer of the scenario.
     *
     * @throws AssertionError when the scenario has no customer with this ID
     */
    public CustomerTier customer(String customerId) {
        TierDecision decision = decisions.stream().filter(d -> d.customerId().value().equals(customerId)).findFirst()
                .orElseThrow(() -> new AssertionError("customer " + customerId + " is not in the scenario; its "
                        + "customers are " + decisions.stream().map(d -> d.customerId().value()).toList()));
        return new CustomerTier(decision, given);
    }

    /** Every decision, in the order the customers were given. */
    public List<TierDecision> decisions() {
        return decisions;
    }

    /** Expectations about one customer's tier decision. */
    public static final class CustomerTier extends SubjectExpectations<CustomerTier> {

        private final TierDecision decision;

        CustomerTier(TierDecision decision, PolicyScenario.Given given) {
            super("customer", decision.customerId().value(), decision.findings(), given);
            this.decision = decision;
        }

        /** The customer was placed in {@code tier}. */
        public CustomerTier isIn(Tier tier) {
            if (decision.tier() != tier) {
                fail(subject() + " should be in tier " + tier + " " + given().when() + ", but T10 placed it in "
                        + decision.tier() + ". " + context());
            }
            return this;
        }

        /** A criterion of rule {@code ruleId} matched (whether or not its tier won). */
        public CustomerTier matched(String ruleId) {
            RuleId id = RuleId.of(ruleId);
            if (decision.matched().stream().noneMatch(c -> c.ruleId().equals(id))) {
                fail("rule " + id + " should have matched for " + subject() + " " + given().when()
                        + ", but it did not. " + context());
            }
            return this;
        }

        /** A criterion of rule {@code ruleId} whose reason contains {@code reason} matched. */
        public CustomerTier matched(String ruleId, String reason) {
            matched(ruleId);
            RuleId id = RuleId.of(ruleId);
            if (decision.matched().stream().noneMatch(c -> c.ruleId().equals(id) && c.reason().contains(reason))) {
                fail("rule " + id + " should have matched for " + subject() + " because of \"" + reason + "\" "
                        + given().when() + ", but it matched for other reasons. " + context());
            }
            return this;
        }

        /** No criterion of rule {@code ruleId} matched. */
        public CustomerTier didNotMatch(String ruleId) {
            RuleId id = RuleId.of(ruleId);
            List<TierCriterion> hits = decision.matched().stream().filter(c -> c.ruleId().equals(id)).toList();
            if (!hits.isEmpty()) {
                fail("rule " + id + " should not have matched for " + subject() + " " + given().when()
                        + ", but it did: " + hits + ". " + context());
            }
            return this;
        }

        /** The decision, for checks the kit does not word. */
        public TierDecision decision() {
            return decision;
        }

        @Override
        protected String context() {
            return "Tier " + decision.tier() + ", matched criteria: "
                    + (decision.matched().isEmpty() ? "none" : decision.matched().stream().map(TierCriterion::toString)
                    .collect(Collectors.joining("; ", "[", "]"))) + ". " + super.context();
        }
    }
}
