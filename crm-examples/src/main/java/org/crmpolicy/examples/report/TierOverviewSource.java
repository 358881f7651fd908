package org.crmpolicy.examples.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;
import org.crmpolicy.finding.Severity;

/** Customers per tier (T1–T10) with their findings by severity; shown whenever the run classified anyone. */
public final class TierOverviewSource implements ComplianceSource {

    @Override
    public String id() {
        return "tiers";
    }

    @Override
    public String title() {
        return "Customers per tier 客户分级";
    }

    @Override
    public String requires() {
        return "a compliance run that classified customers (tier_decision rows for the day)";
    }

    @Override
    public Optional<ReportSection> section(ReportContext ctx) {
        if (ctx.tiers().isEmpty()) {
            return Optional.empty();
        }
        Map<Tier, Long> customers = new EnumMap<>(Tier.class);
        ctx.tiers().values().forEach(t -> customers.merge(t, 1L, Long::sum));
        Map<Tier, long[]> bySeverity = new EnumMap<>(Tier.class);
        Map<Tier, Set<CustomerId>> withViolation = new EnumMap<>(Tier.class);
        for (CustomerFinding cf : ctx.findings()) {
            Optional<Tier> tier = ctx.tierOf(cf.customerId());
            if (tier.isEmpty()) {
                continue;
            }
            bySeverity.computeIfAbsent(tier.get(), t -> new long[3])[cf.finding().severity().ordinal()]++;
            if (cf.finding().severity() == Severity.VIOLATION) {
                withViolation.computeIfAbsent(tier.get(), t -> new HashSet<>()).add(cf.customerId());
            }
        }
        long all = ctx.tiers().size();
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Tier t : Tier.values()) {
            long n = customers.getOrDefault(t, 0L);
            long[] s = bySeverity.getOrDefault(t, new long[3]);
            long v = withViolation.getOrDefault(t, Set.of()).size();
            rows.add(Row.of(t.name(), List.of(Labels.tier(t), Long.toString(n), Labels.percent(n, all), Long.toString(v),
                    Long.toString(s[0]), Long.toString(s[1]), Long.toString(s[2]))));
            bars.add(new Bar(Labels.tier(t), List.of(n)));
        }
        rows.add(new Row("ALL", List.of("All 合计", Long.toString(all), Labels.percent(all, all),
                Long.toString(withViolation.values().stream().mapToLong(Set::size).sum()),
                Long.toString(sum(bySeverity, 0)), Long.toString(sum(bySeverity, 1)), Long.toString(sum(bySeverity, 2))), "total"));
        return Optional.of(new ReportSection(id(), title(), List.of(
                new Text("Each customer is placed in the highest tier whose criteria match and whose credit gate lets it in (T10)."),
                new Chart("Customers per tier", List.of("customers"), List.of("#3b6ea8"), bars),
                new Table("tiers-table", "Customers and findings per tier",
                        List.of("Tier", "Customers", "Share", "Customers with a violation", "INFO", "WARNING", "VIOLATION"),
                        rows, List.of(1, 3, 4, 5, 6)))));
    }

    private static long sum(Map<Tier, long[]> bySeverity, int severity) {
        return bySeverity.values().stream().mapToLong(a -> a[severity]).sum();
    }
}
