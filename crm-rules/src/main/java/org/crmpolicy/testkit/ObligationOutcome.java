package org.crmpolicy.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.CustomerCompliance;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;

/** The contact compliance of a scenario, checked customer by customer. Immutable. */
public final class ObligationOutcome {

    private final PolicyScenario.Given given;
    private final ComplianceReport report;

    ObligationOutcome(PolicyScenario.Given given, ComplianceReport report) {
        this.given = given;
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Expectations about one customer of the scenario.
     *
     * @throws AssertionError when the scenario has no customer with this ID
     */
    public CustomerObligations customer(String customerId) {
        CustomerCompliance compliance = report.customer(CustomerId.of(customerId))
                .orElseThrow(() -> new AssertionError("customer " + customerId + " is not in the scenario; its "
                        + "customers are " + report.customers().stream().map(c -> c.customerId().value()).toList()));
        List<org.crmpolicy.finding.Finding> findings = report.findings().stream()
                .filter(f -> f.subjectId().equals(customerId)).toList();
        return new CustomerObligations(compliance, findings, given);
    }

    /** The whole report, for checks the kit does not word. */
    public ComplianceReport report() {
        return report;
    }

    /** Expectations about one customer's contact obligations. */
    public static final class CustomerObligations extends SubjectExpectations<CustomerObligations> {

        private final CustomerCompliance compliance;

        CustomerObligations(CustomerCompliance compliance, List<org.crmpolicy.finding.Finding> findings,
                            PolicyScenario.Given given) {
            super("customer", compliance.customerId().value(), findings, given);
            this.compliance = compliance;
        }

        /** The statuses of rule {@code ruleId} over every period evaluated (oldest first). */
        public RuleObligation rule(String ruleId) {
            RuleId id = RuleId.of(ruleId);
            return new RuleObligation(this, id, null);
        }

        /** The customer's compliance, for checks the kit does not word. */
        public CustomerCompliance compliance() {
            return compliance;
        }

        @Override
        protected String context() {
            return "Tier " + compliance.tier() + ". " + super.context();
        }
    }

    /**
     * Where one obligation stands for one customer: over every evaluated period, or, after {@link #in(String)}, one
     * period. Immutable.
     */
    public static final class RuleObligation {

        private final CustomerObligations customer;
        private final RuleId ruleId;
        private final String period;

        RuleObligation(CustomerObligations customer, RuleId ruleId, String period) {
            this.customer = customer;
            this.ruleId = ruleId;
            this.period = period;
        }

        /** Narrows to the period labelled {@code periodLabel}, e.g. {@code 2025-W47} or {@code 2025-11}. */
        public RuleObligation in(String periodLabel) {
            return new RuleObligation(customer, ruleId, Objects.requireNonNull(periodLabel, "periodLabel"));
        }

        /**
         * The obligation is in {@code state} in at least one evaluated period (or in the period chosen with
         * {@link #in(String)}). The failure names the rule, the customer, the as-of, the state of each period and
         * its explanation: the contacts that counted, those that did not and why, what is still needed.
         */
        public CustomerObligations is(ObligationState state) {
            Objects.requireNonNull(state, "state");
            List<ObligationStatus> statuses = statuses();
            if (statuses.stream().noneMatch(s -> s.state() == state)) {
                String where = period == null ? "" : " in " + period;
                customer.fail("rule " + ruleId + " should be " + state + where + " for " + customer.subject() + " "
                        + customer.given().when() + ", but " + (statuses.isEmpty()
                        ? "it does not apply" + where + " (evaluated periods: "
                                + customer.compliance.statuses(ruleId.value()).stream()
                                .map(s -> s.period().label()).toList() + ")"
                        : "it is " + statuses.stream().map(s -> s.state() + " in " + s.period().label())
                        .collect(Collectors.joining(", ")) + ":\n" + statuses.stream().map(ObligationStatus::explain)
                        .collect(Collectors.joining("\n"))) + "\n" + customer.context());
            }
            return customer;
        }

        /** The statuses this expectation looks at, oldest period first. */
        public List<ObligationStatus> statuses() {
            return customer.compliance.statuses(ruleId.value()).stream()
                    .filter(s -> period == null || s.period().label().equals(period)).toList();
        }
    }
}
