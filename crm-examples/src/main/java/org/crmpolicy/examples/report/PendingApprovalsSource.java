package org.crmpolicy.examples.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;

/**
 * Approvals requested and not yet decided, oldest first, with how long each has waited (A1–A12); approvals the policy
 * requires that nobody has requested yet come last, with no request time.
 */
public final class PendingApprovalsSource extends ProvidedSource<PendingApproval> {

    private PendingApprovalsSource(RowProvider<PendingApproval> provider) {
        super(provider);
    }

    /** The section, not shown until an approvals data source is wired in. */
    public static PendingApprovalsSource notWired() {
        return new PendingApprovalsSource(null);
    }

    /** The section with its rows from {@code provider} (e.g. {@link ErpPendingApprovals}). */
    public static PendingApprovalsSource from(RowProvider<PendingApproval> provider) {
        return new PendingApprovalsSource(Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public String id() {
        return "approvals";
    }

    @Override
    public String title() {
        return "Approvals pending 待审批";
    }

    @Override
    public String requires() {
        return "an approvals data source wired in with PendingApprovalsSource.from(...)";
    }

    @Override
    ReportSection render(ReportContext ctx, List<PendingApproval> approvals) {
        List<PendingApproval> sorted = new ArrayList<>(approvals);
        sorted.sort(Comparator.comparing(PendingApproval::requestedAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(PendingApproval::approvalId));
        Map<String, Long> perRole = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        for (PendingApproval a : sorted) {
            perRole.merge(a.approverRole(), 1L, Long::sum);
            String days = a.requestedAt() == null ? "not requested"
                    : Long.toString(Math.max(0, Duration.between(a.requestedAt(), ctx.asOf()).toDays()));
            rows.add(Row.of(a.subjectId() + "|" + (a.ruleId() == null ? "" : a.ruleId().value()) + "|" + a.approvalId(), List.of(a.approvalId(), a.kind(), a.ruleId() == null ? "" : a.ruleId().value(),
                    a.subjectId(), a.customerId() == null ? "" : a.customerId().value(),
                    a.customerId() == null ? "" : ctx.nameOf(a.customerId()), a.approverRole(),
                    a.requestedAt() == null ? "—" : Labels.when(a.requestedAt(), ctx.zone()), days)));
        }
        List<Bar> bars = new ArrayList<>();
        perRole.forEach((role, n) -> bars.add(new Bar(role, List.of(n))));
        return new ReportSection(id(), title(), List.of(
                new Text(sorted.size() + " approvals wait for a decision."),
                new Chart("Pending approvals per approver", List.of("pending"), List.of("#7a5aa6"), bars),
                new Table("approvals-table", "Pending approvals, oldest first",
                        List.of("Approval", "Kind", "Rule", "Subject", "Customer", "Company", "Approver", "Requested", "Days waiting"),
                        rows, List.of())));
    }
}
