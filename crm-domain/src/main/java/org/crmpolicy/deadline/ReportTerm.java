package org.crmpolicy.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.ReportDue;
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
 */
public record ReportTerm(String ruleId, String report, ReportCadence cadence, int daysAfterPeriodEnd, String responsible,
        String recipient) {

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
    }

    /** Every report of this term whose due day lies in {@code [from, to]}, in order. */
    public List<ReportDue> duesBetween(LocalDate from, LocalDate to, WorkCalendar calendar) {
        List<ReportDue> dues = new ArrayList<>();
        int months = cadence.months();
        LocalDate earliest = from.minusDays(daysAfterPeriodEnd).minusMonths(months);
        LocalDate start = LocalDate.of(earliest.getYear(), ((earliest.getMonthValue() - 1) / months) * months + 1, 1);
        while (true) {
            LocalDate end = start.plusMonths(months).minusDays(1);
            LocalDate dueDay = end.plusDays(daysAfterPeriodEnd);
            if (dueDay.isAfter(to)) {
                return dues;
            }
            if (!dueDay.isBefore(from)) {
                dues.add(new ReportDue(RuleId.of(ruleId), report, periodName(start), start, end, calendar.endOfDay(dueDay),
                        responsible, recipient));
            }
            start = start.plusMonths(months);
        }
    }

    private String periodName(LocalDate start) {
        return switch (cadence) {
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() <= 6 ? 1 : 2);
        };
    }
}
