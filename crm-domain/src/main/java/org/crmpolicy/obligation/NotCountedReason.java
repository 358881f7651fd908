package org.crmpolicy.obligation;

/** Why a contact that was considered for an obligation did not count. */
public enum NotCountedReason {
    /** Recorded in the host's log after the {@code knownAt} of the evaluation: not known then. */
    RECORDED_AFTER_KNOWN_AT,
    /** Made outside the period (or before the customer entered the tier the obligation is for). */
    OUTSIDE_PERIOD,
    /** An internal note, not a contact with the customer. */
    INTERNAL_NOTE,
    /** A company-wide obligation: the customer was not in a tier in scope on that day. */
    CUSTOMER_OUT_OF_SCOPE,
    /** The person did not hold a role the obligation accepts on that day. */
    WRONG_ROLE,
    /**
     * The person held an accepted role, but in another business unit than the one the duty belongs to (the BU head of
     * another unit phoning this unit's customer: not a C1 call of this customer).
     */
    OTHER_UNIT,
    /** The channel does not count (an email for a phone obligation; not on site for an on-site revisit). */
    WRONG_CHANNEL,
    /** The purpose does not count (a routine call for a revisit obligation). */
    WRONG_PURPOSE
}
