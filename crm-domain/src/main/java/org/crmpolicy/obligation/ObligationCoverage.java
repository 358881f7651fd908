package org.crmpolicy.obligation;

import java.util.Objects;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.RuleId;

/**
 * How well one obligation is kept for one tier (M1): of the statuses evaluated for the current periods, how many are
 * met. Per responsible role, so a report reads "C1 BU head: 37 of 40 key customers phoned this week".
 *
 * @param tier        the customers' tier
 * @param ruleId      the obligation's catalogue rule
 * @param responsible the responsible role
 * @param applicable  statuses of the current period (or open occasions) evaluated
 * @param met         of which MET
 * @param overdue     of which OVERDUE (closed occasions, rolling windows)
 */
public record ObligationCoverage(Tier tier, RuleId ruleId, ContactRole responsible, int applicable, int met, int overdue) {

    public ObligationCoverage {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(responsible, "responsible");
    }

    /** met / applicable, 0 to 1; 1 when nothing applies. */
    public double rate() {
        return applicable == 0 ? 1.0 : (double) met / applicable;
    }
}
