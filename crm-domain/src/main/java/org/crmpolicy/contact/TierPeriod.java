package org.crmpolicy.contact;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * One entry of a customer's tier history: the customer was in {@code tier} from {@code from} (inclusive) until
 * {@code to} (exclusive; {@code null} while it lasts). A contact obligation applies from the day the customer
 * entered the tier. Immutable.
 */
public record TierPeriod(
        @NotNull @Valid CustomerId customerId,
        @NotNull Tier tier,
        @NotNull LocalDate from,
        LocalDate to) {

    public TierPeriod {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("tier period of customer " + customerId + " in " + tier + ": to = " + to
                    + " must be after from = " + from);
        }
    }

    /**
     * True when any of {@code periods} is in one of {@code tiers}. The contact rules call it on a tier history's
     * {@code history} component (not through a method of the history) so that the constraint names a property of its
     * own pattern and the rule compilers do not fall back to class reactivity with a warning.
     */
    public static boolean anyIn(java.util.List<TierPeriod> periods, java.util.Set<Tier> tiers) {
        for (TierPeriod p : periods) {
            if (tiers.contains(p.tier())) {
                return true;
            }
        }
        return false;
    }

    /** An open-ended tier from {@code from}. */
    public static TierPeriod of(CustomerId customerId, Tier tier, LocalDate from) {
        return new TierPeriod(customerId, tier, from, null);
    }

    /** True when the customer was in this tier on {@code day}. */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
