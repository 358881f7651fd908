package org.crmpolicy.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;

/**
 * The M1/M2 metrics: complaint rate, response-deadline compliance rate, resolution rate, revisit coverage,
 * complaint review rate and timeliness — whatever the wired provider computes, in its order.
 */
public final class MetricsSource extends ProvidedSource<Metric> {

    private MetricsSource(RowProvider<Metric> provider) {
        super(provider);
    }

    /** The section, not shown until the metrics are computed by the areas that own their data. */
    public static MetricsSource notWired() {
        return new MetricsSource(null);
    }

    /** The section with its rows from {@code provider}. */
    public static MetricsSource from(RowProvider<Metric> provider) {
        return new MetricsSource(Objects.requireNonNull(provider, "provider"));
    }

    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public String title() {
        return "Metrics M1/M2 指标";
    }

    @Override
    public String requires() {
        return "complaint, deadline and revisit data (issues 4, 5, 6) wired in with MetricsSource.from(...)";
    }

    @Override
    ReportSection render(ReportContext ctx, List<Metric> metrics) {
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Metric m : metrics) {
            rows.add(Row.of(m.name(), List.of(m.ruleId().value(), m.name(), m.value(), Long.toString(m.numerator()),
                    Long.toString(m.denominator()), m.definition())));
            if (m.average() || m.lowerIsBetter()) {
                continue;   // the chart holds rates where higher is better only; averages and the complaint rate are in the table
            }
            long permille = m.denominator() == 0 ? 0 : Math.round(1000.0 * m.numerator() / m.denominator());
            bars.add(new Bar(m.name(), List.of(permille / 10)));
        }
        return new ReportSection(id(), title(), List.of(
                new Chart("Rates where higher is better, percent (the complaint rate, where lower is better, and the averages are in the table)", List.of("%"), List.of("#3b6ea8"), bars),
                new Table("metrics-table", "Metrics for " + ctx.runDate(),
                        List.of("Rule", "Metric", "Value", "Counted", "Base", "Definition"), rows, List.of(3, 4))));
    }
}
