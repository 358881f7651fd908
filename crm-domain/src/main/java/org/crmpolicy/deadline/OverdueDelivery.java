package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A contract whose delivery is overdue, reported to production (D8): production answers with a confirmed
 * delivery date within 2 working days and delivers within one week, both counted from {@code reportedAt}; when the
 * shortfall has an internal cause (materials, organisation ...), production reports it to the sales department and
 * to the business unit within {@code D8.internal-cause-report-working-days} working days, counted from when the
 * cause was found, or from {@code reportedAt} when it was known before.
 *
 * @param contractId   the contract number
 * @param reportedAt   when the overdue contract was reported to production
 * @param cause        why it is short, never null ({@link ShortfallCause#NOT_ESTABLISHED} when not known)
 * @param causeFoundAt when production found an INTERNAL cause, {@code null} for any other cause
 */
public record OverdueDelivery(String contractId, Instant reportedAt, ShortfallCause cause, Instant causeFoundAt) {

    public OverdueDelivery {
        Triggers.requireId(contractId, "overdue delivery contractId");
        Objects.requireNonNull(reportedAt, "overdue delivery " + contractId + ": reportedAt must not be null");
        Objects.requireNonNull(cause, "overdue delivery " + contractId + ": cause must not be null");
        if (cause == ShortfallCause.INTERNAL) {
            Objects.requireNonNull(causeFoundAt, "overdue delivery " + contractId + ": causeFoundAt must not be null for an INTERNAL cause");
        } else if (causeFoundAt != null) {
            throw new IllegalArgumentException("overdue delivery " + contractId + ": causeFoundAt " + causeFoundAt
                    + " is given for cause " + cause + "; only an INTERNAL cause has one");
        }
    }

    /** An overdue delivery whose cause is not established (yet). */
    public OverdueDelivery(String contractId, Instant reportedAt) {
        this(contractId, reportedAt, ShortfallCause.NOT_ESTABLISHED, null);
    }

    /** An overdue delivery whose shortfall production found at {@code causeFoundAt} to have an internal cause. */
    public static OverdueDelivery internalCause(String contractId, Instant reportedAt, Instant causeFoundAt) {
        return new OverdueDelivery(contractId, reportedAt, ShortfallCause.INTERNAL, causeFoundAt);
    }

    /** True when the shortfall was caused inside the company (a report to sales and the business unit is owed). */
    public boolean hasInternalCause() {
        return cause == ShortfallCause.INTERNAL;
    }

    /** When the internal-cause report deadlines start: the later of {@code reportedAt} and {@code causeFoundAt}. */
    public Instant internalCauseReportStart() {
        if (!hasInternalCause()) {
            throw new IllegalStateException("overdue delivery " + contractId + ": cause " + cause + " owes no internal-cause report");
        }
        return causeFoundAt.isAfter(reportedAt) ? causeFoundAt : reportedAt;
    }
}
