package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The approvals area of a compliance run for sales contracts (A1 cumulative amount, A2 new customer's documents):
 * every contract signed on or before the run's day is checked with {@code policy.approvals().check(signing,
 * approvalsGranted, documentsOnFile)}; drafts are not acts yet (the report plans them, see
 * {@code PolicyPendingApprovals}). Every finding is returned with the contract's customer. Thread-safe.
 */
public final class ContractApprovalsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ContractApprovalsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        List<CustomerFinding> findings = new ArrayList<>();
        for (ContractFiles.ContractFile file : ContractFiles.load(connection, customers, policy.zone())) {
            if (file.draft() || file.signing().signedOn().isAfter(asOf.atZone(policy.zone()).toLocalDate())) {
                continue;
            }
            for (Finding f : policy.approvals().check(file.signing(), file.granted(), file.onFile())) {
                findings.add(new CustomerFinding(file.signing().customerId(), f));
            }
        }
        return findings;
    }
}
