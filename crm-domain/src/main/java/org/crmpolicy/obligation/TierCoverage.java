package org.crmpolicy.obligation;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.customer.Tier;

/**
 * The M1 contact metrics of one tier as of an instant: interaction frequency and revisit coverage, and the coverage of
 * every obligation by responsible role.
 *
 * @param tier               the tier (on the day of asOf)
 * @param customers          customers in it
 * @param contactsThisQuarter customer-facing contacts (not internal notes) with them in the quarter of asOf, up to asOf
 * @param revisitedThisQuarter customers whose C5 quarterly revisit is MET
 * @param obligations        per obligation and responsible role
 */
public record TierCoverage(Tier tier, int customers, long contactsThisQuarter, int revisitedThisQuarter,
        List<ObligationCoverage> obligations) {

    public TierCoverage {
        Objects.requireNonNull(tier, "tier");
        obligations = List.copyOf(obligations);
    }

    /** M1 interaction frequency: contacts per customer in the quarter so far; 0 when the tier is empty. */
    public double interactionFrequency() {
        return customers == 0 ? 0 : (double) contactsThisQuarter / customers;
    }

    /** M1 revisit coverage: share of the tier's customers revisited this quarter (C5), 0 to 1; 1 when empty. */
    public double revisitCoverage() {
        return customers == 0 ? 1.0 : (double) revisitedThisQuarter / customers;
    }
}
