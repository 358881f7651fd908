package org.crmpolicy.examples.report;

import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;

/**
 * An approval requested and not yet decided (A1–A12).
 *
 * @param approvalId   the approval
 * @param kind         what is to be approved, e.g. {@code SALES_CONTRACT}
 * @param subjectId    the contract, plan or complaint it is about
 * @param customerId   the customer; {@code null} when it concerns none
 * @param approverRole who must decide
 * @param requestedAt  when it was requested; {@code null} when nobody has requested it yet
 * @param ruleId       the rule requiring it; {@code null} when unknown
 */
public record PendingApproval(String approvalId, String kind, String subjectId, CustomerId customerId,
                              String approverRole, Instant requestedAt, RuleId ruleId) {

    public PendingApproval {
        Objects.requireNonNull(approvalId, "approvalId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(approverRole, "approverRole");
    }
}
