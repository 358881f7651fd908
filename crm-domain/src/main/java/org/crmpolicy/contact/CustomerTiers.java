package org.crmpolicy.contact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * A customer's tier history, sorted, as the contact rules read it: the tier on a day, and since when the customer
 * has been continuously in one of a set of tiers (an obligation applies from that day).
 *
 * @param customerId the customer
 * @param history    non-overlapping tier periods, oldest first
 */
public record CustomerTiers(CustomerId customerId, List<TierPeriod> history) {

    public CustomerTiers {
        Objects.requireNonNull(customerId, "customerId");
        history = history.stream().sorted(Comparator.comparing(TierPeriod::from)).toList();
    }

    /** True when any period of the history is in one of {@code tiers}: only then can an obligation of those tiers apply. */
    public boolean everIn(Set<Tier> tiers) {
        return TierPeriod.anyIn(history, tiers);
    }

    /** The tier on {@code day}, if the history covers it. */
    public Optional<Tier> tierOn(LocalDate day) {
        for (TierPeriod p : history) {
            if (p.covers(day)) {
                return Optional.of(p.tier());
            }
        }
        return Optional.empty();
    }

    /**
     * The first day of the unbroken stretch of tiers in {@code tiers} that covers {@code day}; empty when the customer
     * is not in one of them on {@code day}. (STRATEGIC_PARTNER followed by KEY is one stretch for C1.)
     */
    public Optional<LocalDate> inScopeSince(Set<Tier> tiers, LocalDate day) {
        int i = 0;
        while (i < history.size() && !history.get(i).covers(day)) {
            i++;
        }
        if (i == history.size() || !tiers.contains(history.get(i).tier())) {
            return Optional.empty();
        }
        LocalDate since = history.get(i).from();
        while (i > 0 && since.equals(history.get(i - 1).to()) && tiers.contains(history.get(i - 1).tier())) {
            i--;
            since = history.get(i).from();
        }
        return Optional.of(since);
    }

    /**
     * The last day in {@code [first, last]} on which the customer is in one of {@code tiers}; empty when it is in none
     * of them on any day of that span. A period the customer spent part of in the tiers owes their obligations: this
     * finds that part even when the customer has left the tiers by the period's end.
     */
    public Optional<LocalDate> lastDayInScope(Set<Tier> tiers, LocalDate first, LocalDate last) {
        LocalDate best = null;
        for (TierPeriod p : history) {
            if (!tiers.contains(p.tier()) || p.from().isAfter(last)) {
                continue;
            }
            LocalDate end = p.to() == null || p.to().isAfter(last) ? last : p.to().minusDays(1);
            if (end.isBefore(first) || end.isBefore(p.from())) {
                continue;
            }
            if (best == null || end.isAfter(best)) {
                best = end;
            }
        }
        return Optional.ofNullable(best);
    }
}
