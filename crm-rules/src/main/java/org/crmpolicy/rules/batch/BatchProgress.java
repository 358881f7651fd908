package org.crmpolicy.rules.batch;

import java.time.Duration;

/**
 * Where a streaming run stands: customers and contacts evaluated so far, the rate, and the estimated time left when
 * the host told the batch how many customers to expect. Immutable.
 *
 * @param customersDone     customers evaluated (their chunk delivered to the sink)
 * @param contactsDone      contacts of those customers
 * @param expectedCustomers the total the host announced, or -1 when unknown
 * @param elapsed           wall time since the run started
 */
public record BatchProgress(long customersDone, long contactsDone, long expectedCustomers, Duration elapsed) {

    /** Customers per second so far (0 before the first second's worth of work). */
    public double customersPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : customersDone / seconds;
    }

    /** Estimated time left at the current rate; {@code null} when the total or the rate is unknown. */
    public Duration eta() {
        double rate = customersPerSecond();
        if (expectedCustomers < 0 || rate <= 0) {
            return null;
        }
        return Duration.ofMillis((long) (Math.max(0, expectedCustomers - customersDone) / rate * 1000));
    }

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return expectedCustomers <= 0 ? -1 : Math.min(1.0, (double) customersDone / expectedCustomers);
    }
}
