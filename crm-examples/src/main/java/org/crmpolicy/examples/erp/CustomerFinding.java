package org.crmpolicy.examples.erp;

import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;

/**
 * A finding together with the customer it belongs to, so the report can place it in the customer's tier even when
 * its subject is a complaint, a contract or an approval.
 *
 * @param customerId the customer, not {@code null}
 * @param finding    the finding, not {@code null}
 */
public record CustomerFinding(CustomerId customerId, Finding finding) {

    public CustomerFinding {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(finding, "finding");
    }
}
