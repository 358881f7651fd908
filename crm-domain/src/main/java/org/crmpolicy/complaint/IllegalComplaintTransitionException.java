package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * A caller asked a complaint for a move its state does not allow (resolving a complaint nobody was assigned to,
 * reopening a closed one). The complaint is unchanged. Carries the complaint, its current state and the attempted
 * event as typed fields; the message names all three and never contains personal data, e.g. {@code complaint
 * TS-2025-0042 is RECEIVED: cannot close it (CLOSED is allowed only in REVIEWED)}.
 */
public final class IllegalComplaintTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final ComplaintId complaintId;
    private final ComplaintState current;
    private final ComplaintEventType attempted;

    public IllegalComplaintTransitionException(ComplaintId complaintId, ComplaintState current,
                                               ComplaintEventType attempted, String detail) {
        super(message(complaintId, current, attempted, detail));
        this.complaintId = Objects.requireNonNull(complaintId, "complaintId");
        this.current = current;
        this.attempted = Objects.requireNonNull(attempted, "attempted");
    }

    private static String message(ComplaintId id, ComplaintState current, ComplaintEventType attempted, String detail) {
        String allowed = attempted.allowedFrom().isEmpty() ? "it only starts a complaint"
                : "allowed only in " + String.join(" or ", attempted.allowedFrom().stream().map(Enum::name).toList());
        String now = current == null ? "has no history" : "is " + current;
        return "complaint " + id + " " + now + ": cannot " + attempted.action() + " (" + attempted + " is "
                + allowed + ")" + (detail == null ? "" : "; " + detail);
    }

    public ComplaintId complaintId() {
        return complaintId;
    }

    /** The state the complaint is in (and stays in); {@code null} when the history is empty. */
    public ComplaintState current() {
        return current;
    }

    public ComplaintEventType attempted() {
        return attempted;
    }

    /** The state the attempted transition would have led to, or {@code null} for a record. */
    public ComplaintState attemptedState() {
        return attempted.target();
    }
}
