package org.crmpolicy.examples.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.report.ReportSection.Block;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;

/**
 * Who should act and by when: per responsible role, the warnings, violations, dated and overdue items; then every
 * violation and every dated item, overdue first ({@link Finding#responsible()}, {@link Finding#due()}). An item is
 * overdue when the run's {@code asOf} is after its due instant (due exactly at {@code asOf} is still in time).
 */
public final class ActionItemsSource implements ComplianceSource {

    /** At most this many items are listed; the CSV has them all. */
    public static final int MAX_ITEMS = 300;
    static final String NOT_ASSIGNED = "(not assigned)";

    @Override
    public String id() {
        return "actions";
    }

    @Override
    public String title() {
        return "Who should act, by when 待办与逾期";
    }

    @Override
    public String requires() {
        return "warnings or violations stored for the day";
    }

    /** True when the finding is overdue at {@code asOf}. */
    public static boolean isOverdue(Finding f, Instant asOf) {
        return f.due() != null && asOf.isAfter(f.due());
    }

    @Override
    public Optional<ReportSection> section(ReportContext ctx) {
        Map<String, long[]> perRole = new TreeMap<>();
        List<CustomerFinding> items = new ArrayList<>();
        for (CustomerFinding cf : ctx.findings()) {
            Finding f = cf.finding();
            if (f.severity() == Severity.INFO && f.due() == null) {
                continue;
            }
            long[] c = perRole.computeIfAbsent(f.responsible() == null ? NOT_ASSIGNED : f.responsible(), r -> new long[4]);
            if (f.severity() == Severity.WARNING) {
                c[0]++;
            } else if (f.severity() == Severity.VIOLATION) {
                c[1]++;
            }
            if (f.due() != null) {
                c[2]++;
            }
            if (isOverdue(f, ctx.asOf())) {
                c[3]++;
            }
            if (f.severity() == Severity.VIOLATION || f.due() != null) {
                items.add(cf);
            }
        }
        if (perRole.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        List<Row> roles = new ArrayList<>();
        perRole.forEach((role, c) -> roles.add(Row.of(role, List.of(role, Long.toString(c[0]), Long.toString(c[1]),
                Long.toString(c[2]), Long.toString(c[3])))));
        blocks.add(new Table("actions-by-role", "Open items per responsible role",
                List.of("Responsible", "WARNING", "VIOLATION", "With a due date", "Overdue"), roles, List.of(1, 2, 3, 4)));
        items.sort(Comparator.<CustomerFinding, Boolean>comparing(cf -> !isOverdue(cf.finding(), ctx.asOf()))
                .thenComparing(cf -> cf.finding().due(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(cf -> cf.finding().ruleId())
                .thenComparing(cf -> cf.customerId()));
        List<Row> rows = new ArrayList<>();
        for (CustomerFinding cf : items.subList(0, Math.min(MAX_ITEMS, items.size()))) {
            Finding f = cf.finding();
            boolean overdue = isOverdue(f, ctx.asOf());
            String status = overdue ? "OVERDUE 逾期" : f.due() != null ? "DUE 待办" : "VIOLATION 违规";
            rows.add(new Row(cf.customerId().value() + "/" + f.ruleId(), List.of(status, Labels.when(f.due(), ctx.zone()),
                    f.responsible() == null ? NOT_ASSIGNED : f.responsible(), f.ruleId().value(), f.severity().name(),
                    cf.customerId().value(), ctx.nameOf(cf.customerId()),
                    ctx.tierOf(cf.customerId()).map(Tier::name).orElse(Labels.UNCLASSIFIED), f.subjectId(), f.message()),
                    overdue ? "overdue" : f.severity() == Severity.VIOLATION ? "violation" : ""));
        }
        blocks.add(new Text(items.size() + " violations and dated items" + (items.size() > MAX_ITEMS
                ? "; the first " + MAX_ITEMS + " are listed, findings.csv has them all." : ".")
                + " Times are in " + ctx.zone() + "."));
        blocks.add(new Table("actions-items", "Violations and dated items, overdue first",
                List.of("Status", "Due", "Responsible", "Rule", "Severity", "Customer", "Company", "Tier", "Subject", "What"),
                rows, List.of()));
        return Optional.of(new ReportSection(id(), title(), blocks));
    }
}
