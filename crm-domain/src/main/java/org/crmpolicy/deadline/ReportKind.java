package org.crmpolicy.deadline;

import java.util.Optional;
import org.crmpolicy.finding.RuleId;

/**
 * The periodic reports and reviews the policy requires (D11-D13, D15, D16), each with its catalogue rule and the title
 * its row in {@code deadlines.drl} gives it. How often each is due and by when is the policy's (the DRL's
 * {@link ReportTerm} rows); a host records a report with {@link ReportSubmission}.
 */
public enum ReportKind {
    /** D11: 客户满意率调查报告, every half year, by July 10 and January 10 (003 §15(五)). */
    SATISFACTION_SURVEY_REPORT("D11", "satisfaction survey report"),
    /** D12: the monthly complaint summary to management (002 §5.2). */
    COMPLAINT_SUMMARY("D12", "complaint summary"),
    /** D12: the periodic (quarterly) report on customer communication and service to management (002 §6.3). */
    SERVICE_REPORT("D12", "service report"),
    /** D12: last month's unit evaluation results to the enterprise-management department, by the 5th (003 §31). */
    UNIT_EVALUATION_RESULTS("D12", "unit evaluation results"),
    /** D13: the quarterly internal review of customer-relationship work, led by management (000 §7(一)1). */
    INTERNAL_REVIEW("D13", "internal review of customer-relationship work"),
    /** D15: the monthly contract-execution statistics, reconciled with finance (003 §28(四)2). */
    CONTRACT_EXECUTION_STATISTICS("D15", "contract-execution statistics"),
    /** D16: the quarterly analysis of the problems customers reported (003 §21). */
    REPORTED_PROBLEM_ANALYSIS("D16", "customer-reported problem analysis"),
    /** D16: the half-yearly summary of customers' evaluations of technical service (003 §18(五)). */
    TECHNICAL_SERVICE_EVALUATION_SUMMARY("D16", "technical-service evaluation summary");

    private final RuleId ruleId;
    private final String title;

    ReportKind(String ruleId, String title) {
        this.ruleId = RuleId.of(ruleId);
        this.title = title;
    }

    /** The catalogue rule that requires the report. */
    public RuleId ruleId() {
        return ruleId;
    }

    /** The report's title as the rules and findings name it, e.g. {@code satisfaction survey report}. */
    public String title() {
        return title;
    }

    /** The kind with this rule and title; empty for a report a host's own rule added. */
    public static Optional<ReportKind> of(RuleId ruleId, String title) {
        for (ReportKind k : values()) {
            if (k.ruleId.equals(ruleId) && k.title.equals(title)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
