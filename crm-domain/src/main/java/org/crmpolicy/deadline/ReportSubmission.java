package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * A host's record that a periodic report (D11-D13, D15, D16) was submitted to its recipient: which report, for which
 * period, when, and by which unit or role. Immutable.
 *
 * <pre>{@code
 * ReportSubmission s = ReportSubmission.of(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1", submittedAt, "BUSINESS_UNIT");
 * }</pre>
 *
 * @param kind        the report
 * @param period      the period it covers; it must be a period of the report's cadence ({@code Deadlines.reports}
 *                    refuses a quarterly period for a half-yearly report)
 * @param submittedAt when the recipient received it
 * @param submittedBy the unit or role that submitted it, a code such as {@code BUSINESS_UNIT} (1 to 64 characters,
 *                    no surrounding whitespace); never a person's name
 */
public record ReportSubmission(ReportKind kind, ReportPeriod period, Instant submittedAt, String submittedBy) {

    public ReportSubmission {
        Objects.requireNonNull(kind, "report submission kind must not be null");
        Objects.requireNonNull(period, "report submission period must not be null");
        Objects.requireNonNull(submittedAt, "report submission submittedAt must not be null");
        Objects.requireNonNull(submittedBy, "report submission submittedBy must not be null");
        if (submittedBy.isBlank() || submittedBy.length() > 64 || !submittedBy.strip().equals(submittedBy)) {
            throw new IllegalArgumentException("report submission " + kind + " " + period + ": submittedBy '"
                    + (submittedBy.length() > 64 ? submittedBy.substring(0, 61) + "..." : submittedBy)
                    + "' must be a unit or role code of 1 to 64 characters without surrounding whitespace");
        }
    }

    /** A submission for the period a label names ({@code 2025-H1}, {@code 2025-Q3}, {@code 2025-10}). */
    public static ReportSubmission of(ReportKind kind, String period, Instant submittedAt, String submittedBy) {
        return new ReportSubmission(kind, ReportPeriod.parse(period), submittedAt, submittedBy);
    }

    /** True when this submission is for {@code due}: the same report and the same period. */
    public boolean isFor(ReportDue due) {
        return due.ruleId().equals(kind.ruleId()) && due.report().equals(kind.title())
                && due.periodStart().equals(period.start()) && due.periodEnd().equals(period.end());
    }

    @Override
    public String toString() {
        return kind.ruleId() + " " + kind.title() + " " + period + " submitted " + submittedAt + " by " + submittedBy;
    }
}
