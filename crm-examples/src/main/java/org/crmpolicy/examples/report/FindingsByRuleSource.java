package org.crmpolicy.examples.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Block;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.finding.RuleId;

/**
 * Findings per catalogue rule and severity: one chart over the portfolio, one table per tier. Generic over every
 * area: whatever rules produced findings appear here. Table ids are {@code findings-<TIER>}.
 */
public final class FindingsByRuleSource implements ComplianceSource {

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String title() {
        return "Findings per rule and severity 发现事项";
    }

    @Override
    public String requires() {
        return "findings stored for the day";
    }

    @Override
    public Optional<ReportSection> section(ReportContext ctx) {
        if (ctx.findings().isEmpty()) {
            return Optional.empty();
        }
        Map<RuleId, long[]> overall = new TreeMap<>();
        Map<String, Map<RuleId, long[]>> perTier = new TreeMap<>();
        for (CustomerFinding cf : ctx.findings()) {
            int s = cf.finding().severity().ordinal();
            overall.computeIfAbsent(cf.finding().ruleId(), r -> new long[3])[s]++;
            String tier = Labels.tierOf(ctx, cf);
            perTier.computeIfAbsent(tier, t -> new TreeMap<>()).computeIfAbsent(cf.finding().ruleId(), r -> new long[3])[s]++;
        }
        List<Block> blocks = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        overall.forEach((rule, s) -> bars.add(new Bar(rule.value(), List.of(s[0], s[1], s[2]))));
        blocks.add(new Chart("Findings per rule, all tiers", Labels.severities(), Labels.SEVERITY_COLOURS, bars));
        Map<String, Map<RuleId, long[]>> ordered = new LinkedHashMap<>();
        for (Tier t : Tier.values()) {
            ordered.put(t.name(), perTier.getOrDefault(t.name(), Map.of()));
        }
        for (String other : List.of(Labels.COMPANY, Labels.UNCLASSIFIED)) {
            if (perTier.containsKey(other)) {
                ordered.put(other, perTier.get(other));
            }
        }
        Map<Tier, String> captions = new EnumMap<>(Tier.class);
        for (Tier t : Tier.values()) {
            captions.put(t, Labels.tier(t));
        }
        ordered.forEach((tier, byRule) -> {
            List<Row> rows = new ArrayList<>();
            byRule.forEach((rule, s) -> rows.add(Row.of(rule.value(), List.of(rule.value(), Long.toString(s[0]),
                    Long.toString(s[1]), Long.toString(s[2]), Long.toString(s[0] + s[1] + s[2])))));
            String caption = Labels.UNCLASSIFIED.equals(tier) ? "Customers without a tier decision"
                    : Labels.COMPANY.equals(tier) ? "The company's own duties (periodic reports D11-D13, D15, D16;"
                            + " company-wide contact duties C4, C8, C10, R2, R4, R6; policy revisions A8)"
                    : captions.get(Tier.valueOf(tier));
            blocks.add(new Table("findings-" + tier, caption + (rows.isEmpty() ? " — no findings" : ""),
                    List.of("Rule", "INFO", "WARNING", "VIOLATION", "Total"), rows, List.of(1, 2, 3, 4)));
        });
        return Optional.of(new ReportSection(id(), title(), blocks));
    }
}
