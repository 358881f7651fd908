package org.crmpolicy.metric;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.obligation.Period;

/**
 * Every M1/M2 indicator of a portfolio over a period, as of an instant, in {@link Metric} order (per-tier indicators
 * in tier order, per-manager ones by manager). Immutable.
 *
 * @param period     the period measured, {@code [start, end)}
 * @param asOf       the instant of the computation; facts after it (or at or after the period's end) are not counted
 * @param indicators the indicators
 */
public record Scorecard(Period period, Instant asOf, List<Indicator> indicators) {

    public Scorecard {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        indicators = List.copyOf(indicators);
    }

    /** The portfolio-wide indicator of {@code metric} (not per tier or manager), if there is one. */
    public Optional<Indicator> indicator(Metric metric) {
        return indicators.stream().filter(i -> i.metric() == metric && i.scope() == null).findFirst();
    }

    /** The indicator of {@code metric} for one scope (a tier name, an account manager), if there is one. */
    public Optional<Indicator> indicator(Metric metric, String scope) {
        return indicators.stream().filter(i -> i.metric() == metric && Objects.equals(i.scope(), scope)).findFirst();
    }

    /** Every indicator of {@code metric}, whatever its scope. */
    public List<Indicator> indicators(Metric metric) {
        return indicators.stream().filter(i -> i.metric() == metric).toList();
    }
}
