package org.crmpolicy.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;

/**
 * A duty {@code complaints.drl} lays on a complaint: the rule, what must happen, who must act, and either a deadline
 * (a start plus a budget, or a fixed due instant) or no date at all. The façade turns dated duties into
 * {@link org.crmpolicy.deadline.Deadline}s on the policy's work calendar, paused while the complaint waits for the
 * customer when {@code pausable}.
 *
 * @param ruleId      the catalogue rule, e.g. {@code D5}
 * @param complaintId which complaint
 * @param duty        what must happen, short
 * @param responsible who must act, or {@code null}
 * @param start       when the deadline starts; {@code null} for an undated duty
 * @param budget      how long it runs, or {@code null} when {@code due} is given or the duty is undated
 * @param due         the fixed due instant, or {@code null}
 * @param basis       what {@code budget} counts: CLOCK or BUSINESS time
 * @param metAt       when the duty was fulfilled, or {@code null}
 * @param pausable    true when waiting for the customer pauses it
 */
public record ComplaintDuty(String ruleId, ComplaintId complaintId, String duty, String responsible, Instant start,
                            Duration budget, Instant due, TimeBasis basis, Instant metAt, boolean pausable) {

    public ComplaintDuty {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(duty, "duty");
        if (start != null && budget == null && due == null) {
            throw new IllegalArgumentException("duty " + ruleId + " of complaint " + complaintId
                    + " has a start but neither a budget nor a due instant");
        }
    }

    /** "Within {@code budget} of {@code start}", paused while the complaint waits for the customer. */
    public static ComplaintDuty within(String ruleId, Complaint complaint, String duty, String responsible,
                                       Instant start, Duration budget, TimeBasis basis, Instant metAt) {
        return new ComplaintDuty(ruleId, complaint.id(), duty, responsible, start, budget, null, basis, metAt, true);
    }

    /** "By {@code due}", started at {@code start}. */
    public static ComplaintDuty by(String ruleId, ComplaintId complaintId, String duty, String responsible,
                                   Instant start, Instant due, Instant metAt, boolean pausable) {
        return new ComplaintDuty(ruleId, complaintId, duty, responsible, start, null, due, TimeBasis.CLOCK, metAt,
                pausable);
    }

    /** A duty without a date, owed until the facts change. */
    public static ComplaintDuty undated(String ruleId, ComplaintId complaintId, String duty, String responsible) {
        return new ComplaintDuty(ruleId, complaintId, duty, responsible, null, null, null, TimeBasis.CLOCK, null, false);
    }

    public boolean isDated() {
        return start != null;
    }
}
