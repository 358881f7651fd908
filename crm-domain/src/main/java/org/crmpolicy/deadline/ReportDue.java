package org.crmpolicy.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crmpolicy.finding.RuleId;

/**
 * A periodic report or review the policy requires, for one period (D11-D16).
 *
 * @param ruleId      the catalogue rule
 * @param report      what is due (e.g. {@code satisfaction survey report})
 * @param period      the period it covers, e.g. {@code 2025-H1}, {@code 2025-Q3}, {@code 2025-10}
 * @param periodStart first day of the period
 * @param periodEnd   last day of the period
 * @param due         the first late instant: "by July 10" is 24:00 at the end of July 10 in the calendar's zone
 * @param responsible who prepares it
 * @param recipient   who receives it
 */
public record ReportDue(RuleId ruleId, String report, String period, LocalDate periodStart, LocalDate periodEnd,
        Instant due, String responsible, String recipient) {

    public ReportDue {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(recipient, "recipient");
    }

    /** The policy's report this is, or empty for a report a host's own rule added. */
    public java.util.Optional<ReportKind> kind() {
        return ReportKind.of(ruleId, report);
    }

    /** The period it covers as a value. */
    public ReportPeriod reportPeriod() {
        return ReportPeriod.parse(period);
    }
}
