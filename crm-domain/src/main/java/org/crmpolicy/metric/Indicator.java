package org.crmpolicy.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.finding.RuleId;

/**
 * One computed indicator of M1/M2 over a portfolio and a period: its value as numerator / denominator, with the
 * definition that says what was counted — or, when the data to compute it is missing or its base is empty, no value and
 * the reason ({@code not computable: ...}). A missing value is never shown as a zero. Immutable.
 *
 * <pre>{@code
 * Indicator rate = scorecard.indicator(Metric.COMPLAINT_RATE).orElseThrow();
 * rate.value();        // 0.0250  (5 of 200 customers)
 * rate.numerator();    // 5
 * rate.definition();   // customers with a complaint received in the period / customers in the portfolio
 * scorecard.indicator(Metric.ACQUISITION_COST).orElseThrow().reason();
 *                      // Optional[missing acquisition cost: no amounts supplied (Portfolio.withAmounts)]
 * }</pre>
 *
 * @param metric      which indicator
 * @param scope       what it is restricted to: the tier ({@code KEY}) for per-tier indicators, the account manager for
 *                    {@link Metric#CSAT_BY_ACCOUNT_MANAGER}; {@code null} for the whole portfolio
 * @param definition  how it was counted, one line, with the parameters used (e.g. "CSAT 4 or more")
 * @param numerator   what was counted (a count, or an amount in CNY); {@code null} when not known
 * @param denominator the base; {@code null} when not known; 0 when there was nothing to measure
 * @param value       numerator / denominator (rates 0 to 1, four decimals; amounts two decimals); {@code null} when
 *                    not computable
 * @param notComputable why there is no value ("no CSAT answer in the period", "missing ..."); {@code null} when
 *                    there is one
 */
public record Indicator(Metric metric, String scope, String definition, BigDecimal numerator, BigDecimal denominator,
        BigDecimal value, String notComputable) {

    /** Decimals of a rate, a net score or an average. */
    public static final int RATE_SCALE = 4;

    public Indicator {
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(definition, "definition must not be null");
        if (scope != null && scope.isBlank()) {
            throw new IllegalArgumentException("indicator " + metric + ": scope must be null or not blank");
        }
        if ((value == null) == (notComputable == null)) {
            throw new IllegalArgumentException("indicator " + metric + ": exactly one of value = " + value
                    + " and notComputable = " + notComputable + " must be given");
        }
        if (notComputable != null && notComputable.isBlank()) {
            throw new IllegalArgumentException("indicator " + metric + ": notComputable must say why, got blank");
        }
        if (value != null && (numerator == null || denominator == null || denominator.signum() <= 0)) {
            throw new IllegalArgumentException("indicator " + metric + ": a value needs a numerator and a positive "
                    + "denominator, got " + numerator + " / " + denominator);
        }
        if (denominator != null && denominator.signum() < 0) {
            throw new IllegalArgumentException("indicator " + metric + ": denominator = " + denominator + " is negative");
        }
    }

    /**
     * numerator / denominator, or — when the denominator is 0 — not computable because {@code whenEmpty}.
     *
     * @param whenEmpty the reason when there is nothing to measure, e.g. "no complaint received in the period"
     */
    public static Indicator ratio(Metric metric, String scope, String definition, BigDecimal numerator,
            BigDecimal denominator, String whenEmpty) {
        Objects.requireNonNull(metric, "metric must not be null");
        Objects.requireNonNull(numerator, "numerator must not be null");
        Objects.requireNonNull(denominator, "denominator must not be null");
        if (denominator.signum() == 0) {
            return new Indicator(metric, scope, definition, numerator, denominator, null,
                    Objects.requireNonNull(whenEmpty, "whenEmpty must not be null"));
        }
        int scale = metric.unit() == Metric.Unit.AMOUNT_CNY ? 2 : RATE_SCALE;
        return new Indicator(metric, scope, definition, numerator, denominator,
                numerator.divide(denominator, scale, RoundingMode.HALF_EVEN), null);
    }

    /** {@link #ratio(Metric, String, String, BigDecimal, BigDecimal, String)} of two counts. */
    public static Indicator ratio(Metric metric, String scope, String definition, long numerator, long denominator,
            String whenEmpty) {
        return ratio(metric, scope, definition, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), whenEmpty);
    }

    /** Not computable, with neither numerator nor denominator known, because {@code reason}. */
    public static Indicator notComputable(Metric metric, String scope, String definition, String reason) {
        return new Indicator(metric, scope, definition, null, null, null, Objects.requireNonNull(reason, "reason"));
    }

    public RuleId ruleId() {
        return metric.ruleId();
    }

    /** The metric's title, followed by the scope when there is one: {@code revisit coverage 回访覆盖率 KEY}. */
    public String name() {
        return scope == null ? metric.title() : metric.title() + " " + scope;
    }

    public Direction direction() {
        return metric.direction();
    }

    public boolean isComputable() {
        return value != null;
    }

    /** The value, when computable. */
    public Optional<BigDecimal> valueIfComputable() {
        return Optional.ofNullable(value);
    }

    /** Why there is no value, when there is none. */
    public Optional<String> reason() {
        return Optional.ofNullable(notComputable);
    }

    @Override
    public String toString() {
        String counts = numerator == null ? "" : " (" + numerator.toPlainString() + " / " + denominator.toPlainString() + ")";
        return ruleId() + " " + name() + ": " + (value == null ? "not computable: " + notComputable : value.toPlainString())
                + counts;
    }
}
