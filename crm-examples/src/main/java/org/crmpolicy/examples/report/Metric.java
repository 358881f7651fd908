package org.crmpolicy.examples.report;

import java.util.Locale;
import java.util.Objects;
import org.crmpolicy.finding.RuleId;

/**
 * A portfolio metric as a ratio (M1, M2), e.g. complaint rate = customers who complained / customers.
 *
 * @param ruleId      M1 or M2
 * @param name        e.g. {@code complaint rate 投诉率}
 * @param numerator   counted cases
 * @param denominator the base; 0 when there is nothing to measure (shown as "–")
 * @param definition  how it is counted, one line
 * @param average     true for an average (shown as "n.n per customer"), false for a rate (a percentage)
 */
public record Metric(RuleId ruleId, String name, long numerator, long denominator, String definition, boolean average) {

    /** A rate, shown as a percentage. */
    public Metric(RuleId ruleId, String name, long numerator, long denominator, String definition) {
        this(ruleId, name, numerator, denominator, definition, false);
    }

    /** An average, e.g. contacts per customer, shown with one decimal. */
    public static Metric average(RuleId ruleId, String name, long numerator, long denominator, String definition) {
        return new Metric(ruleId, name, numerator, denominator, definition, true);
    }

    public Metric {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("metric '" + name + "' needs non-negative counts, got " + numerator + "/" + denominator);
        }
    }

    /** True for a rate where lower is better (the complaint rate); charts keep it apart from the others. */
    public boolean lowerIsBetter() {
        return name.startsWith("complaint rate");
    }

    /** The ratio as a percentage with one decimal, or "–" when the denominator is 0. */
    public String percent() {
        return denominator == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100.0 * numerator / denominator);
    }

    /** {@link #percent()} for a rate; for an average the quotient with one decimal, "–" when the denominator is 0. */
    public String value() {
        if (!average) {
            return percent();
        }
        return denominator == 0 ? "–" : String.format(Locale.ROOT, "%.1f per customer", (double) numerator / denominator);
    }
}
