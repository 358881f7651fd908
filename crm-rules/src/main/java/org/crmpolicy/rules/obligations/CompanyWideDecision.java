package org.crmpolicy.rules.obligations;

import java.util.List;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;

/**
 * The company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6) decided over the merged contributions of
 * every chunk ({@link ChunkEvaluator#decide}). Immutable.
 *
 * @param statuses the company-wide statuses, by rule ID, obligation, period
 * @param findings their C and R findings, in the session's order
 */
public record CompanyWideDecision(List<ObligationStatus> statuses, List<Finding> findings) {

    public CompanyWideDecision {
        statuses = List.copyOf(statuses);
        findings = List.copyOf(findings);
    }
}
