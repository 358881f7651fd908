package org.crmpolicy.obligation;

/** Where an obligation stands for one period as of an instant. */
public enum ObligationState {
    /** Enough contacts counted. */
    MET,
    /** The period is open and not met yet; time remains. */
    DUE,
    /** The period is open, not met, and less time is left than the policy's grace threshold: warn now. */
    AT_RISK,
    /** The period closed without enough contacts. */
    OVERDUE;

    /** True for DUE and AT_RISK: still open, still possible. */
    public boolean isOpen() {
        return this == DUE || this == AT_RISK;
    }
}
