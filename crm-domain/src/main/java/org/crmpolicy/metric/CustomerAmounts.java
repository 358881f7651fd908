package org.crmpolicy.metric;

import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.internal.Arguments;
import org.crmpolicy.money.Money;

/**
 * The amounts a host knows about one customer, for the acquisition-cost and lifetime-value indicators (M2). Either
 * may be unknown ({@code null}); an indicator that needs an unknown amount is not computable, never counted as zero.
 * Amounts are in CNY. Immutable.
 *
 * @param customerId        the customer
 * @param acquisitionCost   what winning the customer cost (marketing, sales visits, samples), or {@code null}
 * @param revenueToDate     revenue from the customer over the relationship up to the end of the period, or {@code null}
 * @throws IllegalArgumentException when an amount is not in CNY
 */
public record CustomerAmounts(CustomerId customerId, Money acquisitionCost, Money revenueToDate) {

    public CustomerAmounts {
        Objects.requireNonNull(customerId, "customer amounts customerId must not be null");
        Arguments.optionalCny(acquisitionCost, "customer amounts of " + customerId.value() + ": acquisitionCost");
        Arguments.optionalCny(revenueToDate, "customer amounts of " + customerId.value() + ": revenueToDate");
    }

    public static CustomerAmounts of(CustomerId customerId, Money acquisitionCost, Money revenueToDate) {
        return new CustomerAmounts(customerId, acquisitionCost, revenueToDate);
    }
}
