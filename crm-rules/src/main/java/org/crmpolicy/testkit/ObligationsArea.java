package org.crmpolicy.testkit;

import java.util.List;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.rules.obligations.ComplianceRequest;

/**
 * The contact-obligations area of the test kit (C1–C11, R1–R6): evaluates every {@link Customer} and {@link Contact}
 * of the scenario with {@code CrmPolicy.compliance(request)} and returns an {@link ObligationOutcome}. The tier
 * history ({@link TierPeriod}), role holders ({@link RoleAssignment}), events ({@link CustomerEvent}) and revisit
 * plans ({@link RevisitPlan}) of the scenario are passed on when given; without a tier history each customer is
 * classified as of {@code asOf}. Stateless and thread-safe.
 */
public final class ObligationsArea implements Area<ObligationOutcome> {

    private static final ObligationsArea INSTANCE = new ObligationsArea();

    private ObligationsArea() {
    }

    /** The contact-obligations area, for {@code scenario.then(ObligationsArea.obligations())}. */
    public static ObligationsArea obligations() {
        return INSTANCE;
    }

    @Override
    public ObligationOutcome evaluate(PolicyScenario.Given given) {
        ComplianceRequest request = ComplianceRequest.of(given.facts(Customer.class), given.facts(Contact.class),
                given.asOf());
        List<TierPeriod> tiers = given.facts(TierPeriod.class);
        if (!tiers.isEmpty()) {
            request = request.withTierHistory(tiers);
        }
        List<RoleAssignment> roles = given.facts(RoleAssignment.class);
        if (!roles.isEmpty()) {
            request = request.withRoleHolders(roles);
        }
        List<CustomerEvent> events = given.facts(CustomerEvent.class);
        if (!events.isEmpty()) {
            request = request.withEvents(events);
        }
        List<RevisitPlan> plans = given.facts(RevisitPlan.class);
        if (!plans.isEmpty()) {
            request = request.withRevisitPlans(plans);
        }
        return new ObligationOutcome(given, given.policy().obligations().compliance(request));
    }
}
