package org.crmpolicy.complaint;

/**
 * Where a complaint stands in its P2 lifecycle. The legal moves are:
 * <pre>
 * RECEIVED → REGISTERED → ASSIGNED → IN_PROGRESS → RESOLVED → REVIEWED → CLOSED
 *                                                    RESOLVED, REVIEWED → REOPENED → ASSIGNED | IN_PROGRESS
 * REGISTERED, ASSIGNED, IN_PROGRESS, REOPENED, ESCALATED → ESCALATED → IN_PROGRESS | RESOLVED
 * </pre>
 */
public enum ComplaintState {
    /** Content and time recorded and confirmed with the customer. */
    RECEIVED,
    /** Type determined, acceptance form filled, passed to the competent department. */
    REGISTERED,
    /** Responsible unit and handling deadline set by the competent department (approved by the leader in charge). */
    ASSIGNED,
    /** The responsible unit analyses the cause and carries out the corrective action. */
    IN_PROGRESS,
    /** The result was told to the customer, whose opinion is asked. */
    RESOLVED,
    /** The result was reviewed (复核). */
    REVIEWED,
    /** The customer confirmed satisfaction. Final. */
    CLOSED,
    /** The customer was not satisfied: the complaint is handled again. */
    REOPENED,
    /** Handed to the GM office meeting, the board or the legal department (P4). */
    ESCALATED;

    /**
     * True while the complaint is being handled: from registration until the result is told to the customer, and
     * again after a reopening. D7 progress reports are owed in these states.
     */
    public boolean isInHandling() {
        return this == REGISTERED || this == ASSIGNED || this == IN_PROGRESS || this == REOPENED || this == ESCALATED;
    }

    /** True once the customer confirmed satisfaction. */
    public boolean isClosed() {
        return this == CLOSED;
    }
}
