package org.crmpolicy.examples.report;

import java.util.Objects;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.RuleId;

/**
 * How many obligations of one rule, for one tier and responsible role, were met, are due, or are overdue on the
 * run date (C1–C7, R1–R5).
 *
 * @param tier    the customers' tier
 * @param role    who must act, e.g. {@code SALES_DEPARTMENT}
 * @param ruleId  the obligation's rule
 * @param met     met in the period
 * @param due     still open, not yet late
 * @param atRisk  still open, but little time is left (AT_RISK)
 * @param overdue late
 */
public record ObligationCount(Tier tier, String role, RuleId ruleId, long met, long due, long atRisk, long overdue) {

    public ObligationCount {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** Counts without an at-risk figure (0). */
    public ObligationCount(Tier tier, String role, RuleId ruleId, long met, long due, long overdue) {
        this(tier, role, ruleId, met, due, 0, overdue);
    }
}
