package org.crmpolicy.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.finding.RuleId;

/**
 * One row of the periodic-report table in {@code deadlines.drl}: a report due {@code daysAfterPeriodEnd} days after
 * the last day of each period ("by July 10" for the first half-year = 10 days after June 30), at 24:00 of that day.
 *
 * @param ruleId             the catalogue rule
 * @param report             what is due
 * @param cadence            month, quarter or half-year
 * @param daysAfterPeriodEnd 0 = by the end of the period's last day
 * @param responsible        who prepares it
 * @param recipient          who receives it
 * @param atRiskWorkingDays  an open, unsubmitted report is AT_RISK from the start of the n-th last working day up to
 *                           its due day (1 = the last working day on or before the due day); 0 = never AT_RISK
 */
public record ReportTerm(String ruleId, String report, ReportCadence cadence, int daysAfterPeriodEnd, String responsible,
        String recipient, int atRiskWorkingDays) {

    public ReportTerm {
        RuleId.of(ruleId);
        Objects.requireNonNull(report, "report term " + ruleId + ": report");
        Objects.requireNonNull(cadence, "report term " + ruleId + ": cadence");
        Objects.requireNonNull(responsible, "report term " + ruleId + ": responsible");
        Objects.requireNonNull(recipient, "report term " + ruleId + ": recipient");
        if (daysAfterPeriodEnd < 0) {
            throw new IllegalArgumentException("report term " + ruleId + " " + report + ": daysAfterPeriodEnd must not be negative, was "
                    + daysAfterPeriodEnd);
        }
        if (atRiskWorkingDays < 0) {
            throw new IllegalArgumentException("report term " + ruleId + " " + report + ": atRiskWorkingDays must not be negative, was "
                    + atRiskWorkingDays);
        }
    }

    /** A row without an AT_RISK lead (as before reports had statuses). */
    public ReportTerm(String ruleId, String report, ReportCadence cadence, int daysAfterPeriodEnd, String responsible,
            String recipient) {
        this(ruleId, report, cadence, daysAfterPeriodEnd, responsible, recipient, 0);
    }

    /** The row of one of the policy's reports: rule and title from {@code kind}. */
    public static ReportTerm of(ReportKind kind, ReportCadence cadence, int daysAfterPeriodEnd, String responsible,
            String recipient, int atRiskWorkingDays) {
        Objects.requireNonNull(kind, "report term kind");
        return new ReportTerm(kind.ruleId().value(), kind.title(), cadence, daysAfterPeriodEnd, responsible, recipient,
                atRiskWorkingDays);
    }

    /**
     * A table row of {@code deadlines.drl} ({@code "D15 Table: ..."}): the report of {@code kind}, due
     * {@code daysAfterPeriodEnd} days after each period, written as text ({@code "5"}; {@code "0"} = by the end of the
     * period) as a decision table or a named parameter gives it.
     *
     * @throws IllegalArgumentException when {@code ruleId} is not the rule of {@code kind} or the days are not a whole
     *                                  number from 0, naming the value
     */
    public static ReportTerm days(String ruleId, String daysAfterPeriodEnd, ReportKind kind, ReportCadence cadence,
            String responsible, String recipient, int atRiskWorkingDays) {
        Objects.requireNonNull(kind, "report term kind");
        if (!kind.ruleId().value().equals(ruleId)) {
            throw new IllegalArgumentException("report term " + ruleId + ": " + kind + " is a report of "
                    + kind.ruleId().value());
        }
        int days;
        try {
            days = daysAfterPeriod(daysAfterPeriodEnd);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("report term " + ruleId + " " + kind.title() + ": " + e.getMessage(), e);
        }
        return of(kind, cadence, days, responsible, recipient, atRiskWorkingDays);
    }

    /**
     * {@code text} as a number of days after a period: a whole number from 0 to 366.
     *
     * @throws IllegalArgumentException naming {@code text}
     */
    public static int daysAfterPeriod(String text) {
        Objects.requireNonNull(text, "days after the period");
        String t = text.strip();
        if (!t.matches("[0-9]{1,3}") || Integer.parseInt(t) > 366) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number of days after the period: write a"
                    + " whole number from 0 (by the end of the period) to 366");
        }
        return Integer.parseInt(t);
    }

    /** True when this row is the term of {@code kind} (same rule and title). */
    public boolean isOf(ReportKind kind) {
        return kind.ruleId().value().equals(ruleId) && kind.title().equals(report);
    }

    /** Every report of this term whose due day lies in {@code [from, to]}, in order. */
    public List<ReportDue> duesBetween(LocalDate from, LocalDate to, WorkCalendar calendar) {
        List<ReportDue> dues = new ArrayList<>();
        LocalDate earliest = from.minusDays(daysAfterPeriodEnd).minusMonths(cadence.months());
        ReportPeriod period = ReportPeriod.containing(cadence, earliest);
        while (true) {
            LocalDate dueDay = period.end().plusDays(daysAfterPeriodEnd);
            if (dueDay.isAfter(to)) {
                return dues;
            }
            if (!dueDay.isBefore(from)) {
                dues.add(new ReportDue(RuleId.of(ruleId), report, period.label(), period.start(), period.end(),
                        calendar.endOfDay(dueDay), responsible, recipient));
            }
            period = ReportPeriod.containing(cadence, period.end().plusDays(1));
        }
    }

    /**
     * From when {@code due}, still unsubmitted, is AT_RISK: the start of the {@link #atRiskWorkingDays()}-th last
     * working day on or before its due day, never before its period began; {@code null} when the lead is 0.
     */
    public Instant atRiskFrom(ReportDue due, WorkCalendar calendar) {
        if (atRiskWorkingDays == 0) {
            return null;
        }
        LocalDate dueDay = calendar.dateOf(due.due().minusNanos(1));
        LocalDate day = calendar.isWorkingDay(dueDay) ? dueDay : calendar.previousWorkingDay(dueDay);
        for (int i = 1; i < atRiskWorkingDays && day.isAfter(due.periodStart()) && day.isAfter(SupportedRange.FIRST_DAY); i++) {
            day = calendar.previousWorkingDay(day);
        }
        LocalDate from = day.isBefore(due.periodStart()) ? due.periodStart() : day;
        return from.atStartOfDay(calendar.zone()).toInstant();
    }
}
