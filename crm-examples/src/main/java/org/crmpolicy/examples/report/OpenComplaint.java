package org.crmpolicy.examples.report;

import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;

/**
 * A complaint not yet closed, with its next deadline (P2, D1–D6).
 *
 * @param complaintId  the complaint
 * @param customerId   the customer
 * @param status       its state after replaying its events, e.g. {@code ASSIGNED}
 * @param deadlineRule the rule of the next deadline, e.g. D1; {@code null} when none runs
 * @param deadline     when it falls due; {@code null} when none runs
 * @param responsible  who must act
 */
public record OpenComplaint(String complaintId, CustomerId customerId, String status, RuleId deadlineRule,
                            Instant deadline, String responsible) {

    public OpenComplaint {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
    }
}
