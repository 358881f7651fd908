package org.crmpolicy.customer;

/**
 * An enterprise credit rating kept in the customer file (T7; 004 ch.2 §6.2), best first. Which ratings count as
 * failing is a named policy parameter ({@code T7.lowest-passing-credit-rating}), not a property of the enum.
 */
public enum CreditRating {
    AAA, AA, A, BBB, BB, B, CCC, CC, C;

    /** True when this rating is {@code floor} or better. */
    public boolean isAtLeast(CreditRating floor) {
        return ordinal() <= floor.ordinal();
    }
}
