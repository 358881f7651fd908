package org.crmpolicy.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.metric.Direction;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Metric;

/**
 * The M1/M2 metrics as the library computes them ({@code policy.metrics()}, see {@link PolicyMetrics}): one row per
 * indicator with its value, numerator, denominator and definition; an indicator the data does not allow is shown as
 * "–" with the reason, never as zero.
 */
public final class MetricsSource extends ProvidedSource<Indicator> {

    private MetricsSource(RowProvider<Indicator> provider) {
        super(provider);
    }

    /** The section, not shown until the metrics are computed by the areas that own their data. */
    public static MetricsSource notWired() {
        return new MetricsSource(null);
    }

    /** The section with its rows from {@code provider}. */
    public static MetricsSource from(RowProvider<Indicator> provider) {
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

    /**
     * How the report and the console show an indicator's value: a rate as a percentage with one decimal, the NPS from
     * −100 to +100, an average "n.n per customer", an amount "n.nn CNY"; "–" when not computable.
     */
    public static String value(Indicator i) {
        if (!i.isComputable()) {
            return "–";
        }
        BigDecimal hundred = BigDecimal.valueOf(100);
        return switch (i.metric().unit()) {
            case RATE -> i.numerator().multiply(hundred).divide(i.denominator(), 1, RoundingMode.HALF_UP).toPlainString() + "%";
            case NET_SCORE -> {
                BigDecimal score = i.numerator().multiply(hundred).divide(i.denominator(), 1, RoundingMode.HALF_UP);
                yield (score.signum() > 0 ? "+" : "") + score.toPlainString();
            }
            case PER_CUSTOMER -> i.numerator().divide(i.denominator(), 1, RoundingMode.HALF_UP).toPlainString() + " per customer";
            case AMOUNT_CNY -> i.value().setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY";
        };
    }

    /** The numerator or denominator as shown: the number, or "–" when not known. */
    public static String count(BigDecimal n) {
        return n == null ? "–" : n.stripTrailingZeros().scale() <= 0 ? n.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : n.toPlainString();
    }

    /** The definition, followed by why there is no value when there is none. */
    public static String definition(Indicator i) {
        return i.reason().map(r -> i.definition() + " (not computable: " + r + ")").orElse(i.definition());
    }

    @Override
    ReportSection render(ReportContext ctx, List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Indicator m : indicators) {
            rows.add(Row.of(m.name(), List.of(m.ruleId().value(), m.name(), value(m), count(m.numerator()),
                    count(m.denominator()), definition(m))));
            if (!m.isComputable() || m.metric().unit() != Metric.Unit.RATE || m.direction() != Direction.HIGHER_IS_BETTER) {
                continue;   // the chart holds computable rates where higher is better only; the rest are in the table
            }
            long permille = m.numerator().multiply(BigDecimal.valueOf(1000)).divide(m.denominator(), 0, RoundingMode.HALF_UP)
                    .longValue();
            bars.add(new Bar(m.name(), List.of(permille / 10)));
        }
        return new ReportSection(id(), title(), List.of(
                new Chart("Rates where higher is better, percent (the complaint and churn rates, where lower is better, "
                        + "the averages, amounts and what is not computable are in the table)", List.of("%"),
                        List.of("#3b6ea8"), bars),
                new Table("metrics-table", "Metrics for " + ctx.runDate(),
                        List.of("Rule", "Metric", "Value", "Counted", "Base", "Definition"), rows, List.of(3, 4))));
    }
}
