package org.crmpolicy.customer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One weight row of the T6 table in {@code tiers-table.drl}: the weight (0 to 1, inclusive) of one factor of the
 * value assessment in the value score. The five shipped rows ({@code "T6 Table: the weight of cooperation scale in the
 * value score"} and the like) read the named parameters {@code T6.weight-*} (0.2 each); a host replaces one with a
 * rule of the same name in its rule directory, or a business user with a row of a decision table. The five weights of
 * a rule set must sum to exactly 1, one row per factor, or the rule set is refused when it is built or reloaded
 * (docs/rule-authoring.md §1a): moving weight means changing two rows.
 *
 * @param ruleId the catalogue rule the row serves, {@code T6}
 * @param factor the factor weighed
 * @param weight the weight, from 0 to 1
 */
public record ValueScoreWeight(String ruleId, ValueFactor factor, BigDecimal weight) {

    public ValueScoreWeight {
        Objects.requireNonNull(ruleId, "valueScoreWeight.ruleId must not be null");
        Objects.requireNonNull(factor, "valueScoreWeight.factor of " + ruleId + " must not be null");
        Objects.requireNonNull(weight, "valueScoreWeight.weight of " + ruleId + " " + factor + " must not be null");
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("valueScoreWeight.weight of " + ruleId + " " + factor + " = "
                    + weight.toPlainString() + " is not a weight from 0 to 1");
        }
    }

    /**
     * The row for {@code ruleId} and {@code factor} from a decimal text such as {@code "0.2"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a weight from 0 to 1
     */
    public static ValueScoreWeight weight(String ruleId, String weight, ValueFactor factor) {
        return new ValueScoreWeight(ruleId, factor, parse(weight));
    }

    /**
     * {@code text} as a weight: digits and an optional decimal point, from 0 to 1 ({@code 0.25}, {@code 1}).
     *
     * @throws IllegalArgumentException naming {@code text} when it is not one
     */
    public static BigDecimal parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,3}(\\.[0-9]{1,12})?")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a weight: write a number from 0 to 1, digits and"
                    + " a decimal point (e.g. 0.25); the five weights sum to 1");
        }
        BigDecimal weight = new BigDecimal(text.strip());
        if (weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a weight: a weight is from 0 to 1 (the five"
                    + " weights sum to 1)");
        }
        return weight;
    }
}
