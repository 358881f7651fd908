package org.crmpolicy.deadline;

/** Where one step of a service request's flow (P10, D4) stands as of an instant. */
public enum ServiceStepStatus {
    /** Recorded, and before its due instant when it has one. */
    MET,
    /** Owed and not recorded; its due instant (if any) not yet reached. */
    DUE,
    /** Recorded at or after its due instant, not recorded by it, or skipped (a later step recorded without it). */
    OVERDUE,
    /** Not owed yet: the step it follows ({@link ServiceStepKind#requires()}) is not recorded. */
    WAITING;

    /** True for DUE: owed, not recorded, still in time. */
    public boolean isOpen() {
        return this == DUE;
    }
}
