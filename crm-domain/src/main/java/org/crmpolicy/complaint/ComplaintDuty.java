package org.crmpolicy.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;

/**
 * A duty {@code complaints.drl} lays on a complaint: the rule, what must happen, who must act, and either a deadline
 * (a start plus a budget, or a fixed due instant) or no date at all. A dated duty becomes a {@link Deadline} on the
 * policy's work calendar ({@link #deadlineFor}), paused while the complaint waits for the customer when
 * {@code pausable}; its breach is {@link Deadline#breachAt}, the same as for every other deadline.
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

    /**
     * The duty as a deadline on {@code calendar}: paused by the complaint's waits for the customer (when pausable) from
     * the later of the wait's start and the duty's start, as long as the deadline still runs then; met when the duty
     * was fulfilled (a fulfilment before the start counts at the start).
     *
     * @throws IllegalStateException when the duty is undated
     */
    public Deadline deadlineFor(Complaint complaint, WorkCalendar calendar) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        if (!isDated()) {
            throw new IllegalStateException("duty " + ruleId + " of complaint " + complaintId + " has no date");
        }
        RuleId rule = RuleId.of(ruleId);
        String subject = complaintId.value();
        Deadline d = budget != null
                ? Deadline.within(rule, subject, duty, start, budget, basis, calendar)
                : Deadline.of(rule, subject, duty, start, max(due, start), basis, calendar);
        d = d.withResponsible(responsible);
        Instant met = metAt == null ? null : max(metAt, start);
        if (pausable) {
            for (Interval wait : complaint.waits()) {
                if (met != null && !wait.start().isBefore(met)) {
                    break;
                }
                if (wait.end() != null && !wait.end().isAfter(start)) {
                    continue;
                }
                Instant from = max(wait.start(), start);
                if (d.statusAt(from) != DeadlineStatus.RUNNING) {
                    continue;
                }
                d = d.pause(from);
                if (wait.end() == null || (met != null && !wait.end().isBefore(met))) {
                    break;
                }
                d = d.resume(wait.end());
            }
        }
        return met == null ? d : d.meet(met);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
