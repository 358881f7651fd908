package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A contract whose delivery is overdue, reported to production (D8): production answers with a confirmed
 * delivery date within 2 working days and delivers within one week, both counted from {@code reportedAt}.
 *
 * @param contractId the contract number
 * @param reportedAt when the overdue contract was reported to production
 */
public record OverdueDelivery(String contractId, Instant reportedAt) {

    public OverdueDelivery {
        Triggers.requireId(contractId, "overdue delivery contractId");
        Objects.requireNonNull(reportedAt, "overdue delivery " + contractId + ": reportedAt must not be null");
    }
}
