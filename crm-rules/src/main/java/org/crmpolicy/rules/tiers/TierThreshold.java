package org.crmpolicy.rules.tiers;

import java.math.BigDecimal;
import java.util.Objects;
import org.crmpolicy.money.Money;

/**
 * One row of the tier table in {@code tiers-table.drl}: an annual business volume (CNY) that a tier criterion compares with,
 * e.g. T4's low-volume bound (exclusive: a unit <em>below</em> it is low volume). The shipped row
 * ({@code "T4 Table: ..."}) reads the named parameter {@code T4.low-volume-bound-cny}; a host replaces the row with a
 * rule of the same name in its rule directory, or a business user with a row of a decision table
 * ({@code T4,,200000}), and every other row stays as shipped (docs/rule-authoring.md §1a).
 *
 * @param ruleId    the catalogue rule the row serves, e.g. {@code T4}
 * @param amountCny the bound in CNY, positive, at most two decimal places and 18 digits before the point
 * @throws IllegalArgumentException naming {@code amountCny} and the rule when it is null, not positive or not an
 *                                  amount in CNY (never a {@link NullPointerException})
 */
public record TierThreshold(String ruleId, BigDecimal amountCny) {

    public TierThreshold {
        Objects.requireNonNull(ruleId, "tierThreshold.ruleId must not be null");
        Money.cny(amountCny, "tierThreshold.amountCny of " + ruleId, "TierThreshold");
        if (amountCny.signum() <= 0) {
            throw new IllegalArgumentException("tierThreshold.amountCny of " + ruleId + " = "
                    + amountCny.toPlainString() + " is not a positive amount in CNY");
        }
    }

    /** The row for {@code ruleId} from a decimal text such as {@code "100000"}. */
    public static TierThreshold cny(String ruleId, String amount) {
        if (amount == null) {
            throw new IllegalArgumentException("tierThreshold.amountCny of " + ruleId + " must not be null (TierThreshold.cny)");
        }
        try {
            return new TierThreshold(ruleId, new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tierThreshold.amountCny of " + ruleId + " = \"" + amount
                    + "\" is not an amount in CNY (digits, an optional decimal point; no currency, no separators)");
        }
    }
}
