package org.crmpolicy.customer;

/** Whether the customer does business under contract with the company (T5: RESERVE customers have none yet). */
public enum ContractStatus {
    /** No contract signed yet: a prospect. */
    NONE,
    /** At least one contract in force. */
    ACTIVE,
    /** Contracts were signed in the past; none is in force now. Still a customer. */
    LAPSED;

    public boolean hasDoneBusiness() {
        return this != NONE;
    }
}
