package org.crmpolicy.testkit;

import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.customer.Customer;

/**
 * The complaint area of the test kit (P1–P11, D5–D7, D10, R1, R7, R8, A7): assesses every {@link Complaint} of the
 * scenario with {@code CrmPolicy.complaints().assess(complaint, customer, asOf)} — with its {@link Customer} when the
 * scenario holds one of the complaint's customer ID (D6 reads its province), else without — and returns a
 * {@link ComplaintOutcome}. Stateless and thread-safe.
 *
 * <pre>{@code
 * PolicyScenario.of(policy).given(complaint).asOf("2025-11-25T10:00:00Z")
 *         .then(ComplaintRulesArea.complaints())
 *         .complaint("TS-2025-0042").rule("D5").duty("respond").dueAt("2025-11-25T09:00").isBreached();
 * }</pre>
 */
public final class ComplaintRulesArea implements Area<ComplaintOutcome> {

    private static final ComplaintRulesArea INSTANCE = new ComplaintRulesArea();

    private ComplaintRulesArea() {
    }

    /** The complaint area, for {@code scenario.then(ComplaintRulesArea.complaints())}. */
    public static ComplaintRulesArea complaints() {
        return INSTANCE;
    }

    @Override
    public ComplaintOutcome evaluate(PolicyScenario.Given given) {
        List<Customer> customers = given.facts(Customer.class);
        List<ComplaintAssessment> assessments = new ArrayList<>();
        for (Complaint complaint : given.facts(Complaint.class)) {
            Customer customer = customers.stream().filter(c -> c.id().equals(complaint.customerId())).findFirst()
                    .orElse(null);
            assessments.add(given.policy().complaints().assess(complaint, customer, given.asOf()));
        }
        return new ComplaintOutcome(given, assessments);
    }
}
