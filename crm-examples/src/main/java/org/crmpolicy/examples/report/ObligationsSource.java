package org.crmpolicy.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;

/** Obligations met / due / overdue per tier and responsible role (C1–C7, R1–R5), from the contacts area. */
public final class ObligationsSource extends ProvidedSource<ObligationCount> {

    private ObligationsSource(RowProvider<ObligationCount> provider) {
        super(provider);
    }

    /** The section, not shown until the contacts area supplies its rows. */
    public static ObligationsSource notWired() {
        return new ObligationsSource(null);
    }

    /** The section with its rows from {@code provider}. */
    public static ObligationsSource from(RowProvider<ObligationCount> provider) {
        return new ObligationsSource(Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public String id() {
        return "obligations";
    }

    @Override
    public String title() {
        return "Contact obligations 联系与回访义务";
    }

    @Override
    public String requires() {
        return "the contacts/obligations area (C1–C7, R1–R5, issue 6) wired in with ObligationsSource.from(...)";
    }

    @Override
    ReportSection render(ReportContext ctx, List<ObligationCount> counts) {
        List<ObligationCount> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparing(ObligationCount::tier).thenComparing(ObligationCount::role)
                .thenComparing(ObligationCount::ruleId));
        Map<Tier, long[]> perTier = new EnumMap<>(Tier.class);
        List<Row> rows = new ArrayList<>();
        for (ObligationCount c : sorted) {
            long[] t = perTier.computeIfAbsent(c.tier(), x -> new long[4]);
            t[0] += c.met();
            t[1] += c.due();
            t[2] += c.atRisk();
            t[3] += c.overdue();
            rows.add(new Row(c.tier() + "/" + c.role() + "/" + c.ruleId(), List.of(c.tier().name(), c.role(),
                    c.ruleId().value(), Long.toString(c.met()), Long.toString(c.due()), Long.toString(c.atRisk()),
                    Long.toString(c.overdue()), Labels.percent(c.met(), c.met() + c.due() + c.atRisk() + c.overdue())),
                    c.overdue() > 0 ? "overdue" : ""));
        }
        List<Bar> bars = new ArrayList<>();
        perTier.forEach((tier, t) -> bars.add(new Bar(Labels.tier(tier), List.of(t[0], t[1], t[2], t[3]))));
        return new ReportSection(id(), title(), List.of(
                new Text(rows.isEmpty() ? "No obligations fell in the period." : "Met, still due, at risk and overdue obligations on " + ctx.runDate() + "."),
                new Chart("Obligations per tier", List.of("met", "due", "at risk", "overdue"), List.of("#4f9a5b", "#e0a526", "#e07a26", "#c8372d"), bars),
                new Table("obligations-table", "Obligations per tier, role and rule",
                        List.of("Tier", "Responsible", "Rule", "Met", "Due", "At risk", "Overdue", "Met share"), rows, List.of(3, 4, 5, 6))));
    }
}
