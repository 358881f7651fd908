package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;

/**
 * Something still owed on a complaint as of an instant: a running (or paused) deadline, or a duty without a date
 * (a follow-up after resolution, a signature).
 *
 * @param ruleId      the catalogue rule
 * @param complaintId which complaint
 * @param duty        what must happen, short
 * @param responsible who must act (a unit code or a staff ID), or {@code null} when not known
 * @param due         when it falls due as known at the instant of the assessment, or {@code null} for an undated duty
 * @param status      RUNNING or PAUSED
 * @param deadline    the running deadline, or {@code null} for an undated duty
 */
public record ComplaintObligation(RuleId ruleId, ComplaintId complaintId, String duty, String responsible,
                                  Instant due, DeadlineStatus status, Deadline deadline) {

    public ComplaintObligation {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        Objects.requireNonNull(duty, "duty must not be null");
        Objects.requireNonNull(status, "status must not be null");
        if (status == DeadlineStatus.MET || status == DeadlineStatus.BREACHED) {
            throw new IllegalArgumentException("an open obligation is RUNNING or PAUSED, not " + status);
        }
    }

    /** True when the obligation has a due instant. */
    public boolean isDated() {
        return due != null;
    }
}
