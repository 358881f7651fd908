package org.crmpolicy.examples.erp;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What one call of {@link ComplianceJob#run(LocalDate, Instant)} did.
 *
 * @param runDate          the evaluation day
 * @param alreadyComplete  true when the day had been completed before: nothing was read or written
 * @param resumedAfter     the last customer ID an earlier, interrupted attempt had committed; {@code null} when
 *                         this call started from the beginning
 * @param customersRead    customers evaluated by this call
 * @param chunksCommitted  chunks committed by this call
 * @param findingsWritten  finding rows inserted by this call (rows already present are not counted)
 * @param findingsTotal    finding rows stored for the day after this call
 */
public record RunSummary(LocalDate runDate, boolean alreadyComplete, String resumedAfter, int customersRead,
                         int chunksCommitted, int findingsWritten, int findingsTotal) {
}
