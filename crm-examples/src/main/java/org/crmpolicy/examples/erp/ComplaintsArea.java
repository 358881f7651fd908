package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The complaints area of a compliance run (P1–P11, D5–D7, D10, R1, R7, R8, A7): loads the chunk's complaints from
 * their stored events ({@link StoredComplaints}), replays each, and asks {@code policy.complaints().assess(events,
 * asOf)}. Every finding is returned with the complaining customer. Thread-safe.
 */
public final class ComplaintsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ComplaintsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        List<CustomerFinding> findings = new ArrayList<>();
        if (customers.isEmpty()) {
            return findings;
        }
        Map<String, Customer> byId = new HashMap<>();
        customers.forEach(c -> byId.put(c.id().value(), c));
        for (StoredComplaints.Loaded loaded : StoredComplaints.load(connection, customers.get(0).id().value(),
                customers.get(customers.size() - 1).id().value(), asOf)) {
            Customer customer = byId.get(loaded.customerId().value());
            ComplaintAssessment a = customer == null ? policy.complaints().assess(loaded.events(), asOf)
                    : policy.complaints().assess(loaded.events(), customer, asOf); // D6 reads its province
            for (Finding f : a.findings()) {
                findings.add(new CustomerFinding(loaded.customerId(), f));
            }
        }
        return findings;
    }
}
