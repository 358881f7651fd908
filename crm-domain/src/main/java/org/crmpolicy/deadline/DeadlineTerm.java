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
 * @param basis       CLOCK or BUSINESS; WORKING_DAYS must be BUSINESS and CALENDAR_DAYS must be CLOCK. For MINUTES and
 *                    HOURS, BUSINESS means <em>the host's business hours</em>: on a calendar without business hours
 *                    ({@link WorkCalendar#hasBusinessHours()} false, the shipped default) they count elapsed clock
 *                    time, because POLICY.md reads "hours" as clock hours unless the host configures business hours
 *                    (see {@link #basisOn(WorkCalendar)})
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

    /**
     * A table row of {@code deadlines.drl} ({@code "D1 Table: ..."}): the term of {@code ruleId} of the given
     * {@code length} ({@link TermLength#parse}, e.g. {@code "3 working days"}). Working days count in BUSINESS time and
     * calendar days in CLOCK time whatever {@code hoursBasis} says; minutes and hours count in {@code hoursBasis}, so a
     * host may change a row's length to another unit without touching its basis.
     *
     * @throws IllegalArgumentException naming the row and the text when {@code length} is not a term length
     */
    public static DeadlineTerm term(String ruleId, String length, String appliesTo, String obligation,
                                    TimeBasis hoursBasis, String responsible) {
        TermLength l;
        try {
            l = TermLength.parse(length);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("deadline term " + ruleId + " " + obligation + ": " + e.getMessage(), e);
        }
        TimeBasis basis = switch (l.unit()) {
            case WORKING_DAYS -> TimeBasis.BUSINESS;
            case CALENDAR_DAYS -> TimeBasis.CLOCK;
            case MINUTES, HOURS -> hoursBasis;
        };
        return new DeadlineTerm(ruleId, appliesTo, obligation, l.amount(), l.unit(), basis, responsible);
    }

    /**
     * A table row of {@code complaints.drl} ({@code "D5 Table: ..."}): a term of {@code ruleId} that counts clock time
     * from its start, of the given {@code length} in minutes, hours or calendar days ({@code "24 hours"}); a complaint
     * deadline pauses while the complaint waits for the customer, so it is not counted in working days.
     *
     * @throws IllegalArgumentException naming the row and the text when {@code length} is not a term length or is in
     *                                  working days
     */
    public static DeadlineTerm clockTerm(String ruleId, String length, String appliesTo, String obligation,
                                         String responsible) {
        TermLength l;
        try {
            l = clockLength(length);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("deadline term " + ruleId + " " + obligation + ": " + e.getMessage(), e);
        }
        return new DeadlineTerm(ruleId, appliesTo, obligation, l.amount(), l.unit(), TimeBasis.CLOCK, responsible);
    }

    /**
     * {@code text} as a clock-time length: minutes, hours or calendar days ({@code "48 hours"}).
     *
     * @throws IllegalArgumentException naming {@code text} when it is not a term length or is in working days
     */
    public static TermLength clockLength(String text) {
        TermLength l = TermLength.parse(text);
        if (l.unit() == TermUnit.WORKING_DAYS) {
            throw new IllegalArgumentException("\"" + text + "\" is not a clock-time length: this deadline counts"
                    + " clock time, write minutes, hours or calendar days (e.g. 48 hours or 2 calendar days)");
        }
        return l;
    }

    /**
     * The clock time this term allows: its minutes, hours or calendar days (of 24 hours) as a duration.
     *
     * @throws IllegalStateException when the term is in working days, which no duration measures
     */
    public Duration clockBudget() {
        return switch (unit) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case CALENDAR_DAYS -> Duration.ofDays(amount);
            case WORKING_DAYS -> throw new IllegalStateException("deadline term " + ruleId + " " + obligation + " is "
                    + length() + ", not a clock-time length");
        };
    }

    /** How long this term runs: {@code "3 working days"}. */
    public TermLength length() {
        return new TermLength(amount, unit);
    }

    /**
     * The basis this term counts in on {@code calendar}: CLOCK for calendar days, BUSINESS for working days; for
     * minutes and hours the row's basis, except that BUSINESS becomes CLOCK on a calendar without business hours
     * (an online inquiry on Friday 23:58 is due Saturday 00:03, not Monday 00:03).
     */
    public TimeBasis basisOn(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "deadline term " + ruleId + ": calendar must not be null");
        return switch (unit) {
            case WORKING_DAYS -> TimeBasis.BUSINESS;
            case CALENDAR_DAYS -> TimeBasis.CLOCK;
            case MINUTES, HOURS -> basis == TimeBasis.BUSINESS && !calendar.hasBusinessHours() ? TimeBasis.CLOCK : basis;
        };
    }

    /**
     * The deadline this term sets for {@code subjectId}, running from {@code start} on {@code calendar}, in
     * {@link #basisOn(WorkCalendar)}; the deadline's {@link Deadline#basis()} says which.
     */
    public Deadline startAt(String subjectId, Instant start, WorkCalendar calendar) {
        RuleId rule = RuleId.of(ruleId);
        TimeBasis counted = basisOn(calendar);
        Deadline d = switch (unit) {
            case MINUTES -> Deadline.within(rule, subjectId, obligation, start, Duration.ofMinutes(amount), counted, calendar);
            case HOURS -> Deadline.within(rule, subjectId, obligation, start, Duration.ofHours(amount), counted, calendar);
            case WORKING_DAYS -> Deadline.withinWorkingDays(rule, subjectId, obligation, start, amount, calendar);
            case CALENDAR_DAYS -> Deadline.of(rule, subjectId, obligation, start, calendar.plusCalendarDays(start, amount),
                    TimeBasis.CLOCK, calendar);
        };
        return d.withResponsible(responsible);
    }
}
