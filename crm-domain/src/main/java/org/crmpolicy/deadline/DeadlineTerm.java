package org.crmpolicy.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.finding.RuleId;

/**
 * One row of the deadline table in {@code deadlines.drl}: which rule, what it applies to (a channel, a severity, an
 * event), the obligation, how long, in which unit and basis, and who is responsible. The numbers are written in the
 * DRL; this type only carries them.
 *
 * @param ruleId      the catalogue rule, e.g. {@code D1}
 * @param appliesTo   the key the rule matches on, e.g. {@code PHONE}, {@code URGENT}, {@code OVERDUE_DELIVERY}
 * @param obligation  what must happen, e.g. {@code answer}
 * @param amount      how many units, at least 1
 * @param unit        minutes, hours, working days or calendar days
 * @param basis       CLOCK or BUSINESS; WORKING_DAYS must be BUSINESS and CALENDAR_DAYS must be CLOCK
 * @param responsible who must act
 */
public record DeadlineTerm(String ruleId, String appliesTo, String obligation, int amount, TermUnit unit, TimeBasis basis,
        String responsible) {

    public DeadlineTerm {
        RuleId.of(ruleId);
        Objects.requireNonNull(appliesTo, "deadline term " + ruleId + ": appliesTo");
        Objects.requireNonNull(obligation, "deadline term " + ruleId + ": obligation");
        Objects.requireNonNull(unit, "deadline term " + ruleId + ": unit");
        Objects.requireNonNull(basis, "deadline term " + ruleId + ": basis");
        Objects.requireNonNull(responsible, "deadline term " + ruleId + ": responsible");
        if (amount < 1) {
            throw new IllegalArgumentException("deadline term " + ruleId + " " + obligation + ": amount must be at least 1, was " + amount);
        }
        if (unit == TermUnit.WORKING_DAYS && basis != TimeBasis.BUSINESS
                || unit == TermUnit.CALENDAR_DAYS && basis != TimeBasis.CLOCK) {
            throw new IllegalArgumentException("deadline term " + ruleId + " " + obligation + ": " + unit
                    + " count in " + (unit == TermUnit.WORKING_DAYS ? "BUSINESS" : "CLOCK") + " time, not " + basis);
        }
    }

    /** The deadline this term sets for {@code subjectId}, running from {@code start} on {@code calendar}. */
    public Deadline startAt(String subjectId, Instant start, WorkCalendar calendar) {
        RuleId rule = RuleId.of(ruleId);
        Deadline d = switch (unit) {
            case MINUTES -> Deadline.within(rule, subjectId, obligation, start, Duration.ofMinutes(amount), basis, calendar);
            case HOURS -> Deadline.within(rule, subjectId, obligation, start, Duration.ofHours(amount), basis, calendar);
            case WORKING_DAYS -> Deadline.withinWorkingDays(rule, subjectId, obligation, start, amount, calendar);
            case CALENDAR_DAYS -> Deadline.of(rule, subjectId, obligation, start, calendar.plusCalendarDays(start, amount),
                    TimeBasis.CLOCK, calendar);
        };
        return d.withResponsible(responsible);
    }
}
