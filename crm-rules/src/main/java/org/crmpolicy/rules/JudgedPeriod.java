package org.crmpolicy.rules;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;

/**
 * One period of a backtest ({@link VersionedPolicy#backtest}): the period, the policy version it was judged by (the
 * one in force on its last day) and what that version says about it. Immutable.
 *
 * @param period   the period judged
 * @param version  the version in force on the period's last day
 * @param report   the compliance run as of the period's end, by that version; every finding carries the evidence
 *                 {@value VersionedPolicy#POLICY_VERSION} = the version's label
 * @param statuses the report's statuses of the obligation periods that end within this period (its closing ones)
 * @param findings the report's findings about those statuses, each with the evidence
 *                 {@value VersionedPolicy#POLICY_VERSION}
 */
public record JudgedPeriod(Period period, PolicyVersion version, ComplianceReport report,
                           List<ObligationStatus> statuses, List<Finding> findings) {

    public JudgedPeriod {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(report, "report");
        statuses = List.copyOf(statuses);
        findings = List.copyOf(findings);
    }

    /** The label of the version the period was judged by, e.g. {@code 2025-09}. */
    public String policyVersion() {
        return version.label();
    }

    /** The findings of one rule, e.g. {@code findings("C2")}. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().value().equals(ruleId)).toList();
    }

    /** {@code 2025-09 judged by 2025-09 (valid from 2025-09-01): 1 finding(s)}. */
    @Override
    public String toString() {
        return period.label() + " judged by " + version + ": " + findings.size() + " finding(s)";
    }
}
