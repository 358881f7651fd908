package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationState;

/**
 * The periodic reports (D11-D13, D15, D16) of a window as of one instant: one status per report and period, and the
 * findings — a VIOLATION for every report not submitted by its due instant or submitted late, a WARNING for every
 * open report inside its AT_RISK lead. Immutable.
 *
 * @param asOf     the instant of the evaluation
 * @param statuses one per report and period, by due instant, then rule ID and report
 * @param findings VIOLATIONs first, then WARNINGs, each in the order of the statuses
 */
public record ReportReview(Instant asOf, List<ReportStatus> statuses, List<Finding> findings) {

    public ReportReview {
        Objects.requireNonNull(asOf, "asOf");
        statuses = List.copyOf(statuses);
        findings = List.copyOf(findings);
    }

    /** The statuses in the given state. */
    public List<ReportStatus> withState(ObligationState state) {
        return statuses.stream().filter(s -> s.state() == state).toList();
    }

    /** The status of one report for one period ({@code 2025-H1}), if the window holds it. */
    public Optional<ReportStatus> status(ReportKind kind, String period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        return statuses.stream().filter(s -> s.due().kind().orElse(null) == kind && s.due().period().equals(period)).findFirst();
    }

    /** The VIOLATION findings: missed and late reports. */
    public List<Finding> violations() {
        return findings.stream().filter(Finding::isViolation).toList();
    }
}
