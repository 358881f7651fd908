package org.crmpolicy.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.examples.report.ReportSection.Bar;
import org.crmpolicy.examples.report.ReportSection.Chart;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;
import org.crmpolicy.metric.Direction;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Metric;

/**
 * The M1/M2 metrics as the library computes them ({@code policy.metrics()}, see {@link PolicyMetrics}): one row per
 * indicator with its value, numerator, denominator and definition; an indicator the data does not allow is shown as
 * "–" with the reason, never as zero.
 */
public final class MetricsSource extends ProvidedSource<Indicator> {

    /** How many account managers the console and the metrics table and chart show at each end of the CSAT ranking. */
    public static final int CSAT_ENDS = 5;

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

    /**
     * The indicators as the console and the report's metrics table list them: "CSAT by account manager" (one indicator
     * per manager) is cut to the {@value #CSAT_ENDS} highest and the {@value #CSAT_ENDS} lowest, highest first, when
     * there are more; every manager is in the report's table {@code csat-managers-table}. The other indicators are
     * kept, in order.
     */
    public static List<Indicator> shown(List<Indicator> indicators) {
        List<Indicator> ranked = managersRanked(indicators);
        if (ranked.size() <= 2 * CSAT_ENDS) {
            return indicators;
        }
        List<Indicator> ends = new ArrayList<>(ranked.subList(0, CSAT_ENDS));
        ends.addAll(ranked.subList(ranked.size() - CSAT_ENDS, ranked.size()));
        List<Indicator> out = new ArrayList<>();
        boolean placed = false;
        for (Indicator i : indicators) {
            if (!isPerManager(i)) {
                out.add(i);
            } else if (!placed) {
                out.addAll(ends);   // where the managers' block was
                placed = true;
            }
        }
        return out;
    }

    /** What {@link #shown} left out, said in one line (console and report); empty when it left nothing out. */
    public static Optional<String> csatNote(List<Indicator> indicators) {
        int managers = managersRanked(indicators).size();
        return managers <= 2 * CSAT_ENDS ? Optional.empty() : Optional.of(Metric.CSAT_BY_ACCOUNT_MANAGER.title()
                + ": the " + CSAT_ENDS + " highest and the " + CSAT_ENDS + " lowest of " + managers
                + " account managers are listed; every one is in the report's table \"" + CSAT_TABLE_CAPTION + "\"");
    }

    private static final String CSAT_TABLE_CAPTION = "CSAT by account manager, every manager, highest first";

    private static boolean isPerManager(Indicator i) {
        return i.metric() == Metric.CSAT_BY_ACCOUNT_MANAGER && i.scope() != null && i.isComputable();
    }

    /** The computable per-manager CSAT indicators, highest first, then by manager. */
    private static List<Indicator> managersRanked(List<Indicator> indicators) {
        return indicators.stream().filter(MetricsSource::isPerManager)
                .sorted(Comparator.comparing((Indicator i) -> i.valueIfComputable().orElseThrow()).reversed()
                        .thenComparing(Indicator::scope))
                .toList();
    }

    @Override
    ReportSection render(ReportContext ctx, List<Indicator> indicators) {
        List<Row> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (Indicator m : shown(indicators)) {
            rows.add(Row.of(m.name(), List.of(m.ruleId().value(), m.name(), value(m), count(m.numerator()),
                    count(m.denominator()), definition(m))));
            if (!m.isComputable() || m.metric().unit() != Metric.Unit.RATE || m.direction() != Direction.HIGHER_IS_BETTER) {
                continue;   // the chart holds computable rates where higher is better only; the rest are in the table
            }
            long permille = m.numerator().multiply(BigDecimal.valueOf(1000)).divide(m.denominator(), 0, RoundingMode.HALF_UP)
                    .longValue();
            bars.add(new Bar(m.name(), List.of(permille / 10)));
        }
        List<ReportSection.Block> blocks = new ArrayList<>();
        blocks.add(new Chart("Rates where higher is better, percent (the complaint and churn rates, where lower is better, "
                        + "the averages, amounts and what is not computable are in the table)", List.of("%"),
                        List.of("#3b6ea8"), bars));
        blocks.add(new Table("metrics-table", "Metrics for " + ctx.runDate(),
                        List.of("Rule", "Metric", "Value", "Counted", "Base", "Definition"), rows, List.of(3, 4)));
        csatNote(indicators).ifPresent(note -> {
            blocks.add(new Text(note + "."));
            blocks.add(new Table("csat-managers-table", CSAT_TABLE_CAPTION, List.of("Account manager", "CSAT", "Satisfied",
                    "Answers"), managersRanked(indicators).stream().map(m -> Row.of(m.scope(), List.of(m.scope(), value(m),
                    count(m.numerator()), count(m.denominator())))).toList(), List.of(2, 3)));
        });
        return new ReportSection(id(), title(), blocks);
    }
}
