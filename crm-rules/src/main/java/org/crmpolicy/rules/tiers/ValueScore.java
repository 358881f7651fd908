package org.crmpolicy.rules.tiers;

import java.math.BigDecimal;
import org.crmpolicy.customer.CustomerId;

/**
 * Inserted by the first T6 rule: a customer's value assessment weighed into one score with the {@code T6.weight-*}
 * parameters (1 to 5). The T6 criterion rules compare it with {@code T6.key-bound} and
 * {@code T6.strategic-partner-bound}.
 *
 * @param customerId the customer
 * @param score      the exact weighted score
 */
public record ValueScore(CustomerId customerId, BigDecimal score) {

    /** The score for a reason: plain, without trailing zeros, at least one decimal ({@code 3.6}, {@code 4.0}, {@code 3.59}). */
    public String text() {
        BigDecimal s = score.stripTrailingZeros();
        return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
    }
}
