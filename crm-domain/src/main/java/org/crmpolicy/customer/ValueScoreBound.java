package org.crmpolicy.customer;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the T6 table in {@code tiers-table.drl}: the value score (1 to 5, inclusive) from which a customer under
 * contract matches {@code tier} by its value assessment. The shipped rows ({@code "T6 Table: the value score from which
 * a customer under contract is a key customer"} and {@code "... is a strategic partner"}) read the named parameters
 * {@code T6.key-bound} (3.6) and {@code T6.strategic-partner-bound} (4.4); a host replaces one row with a rule of the
 * same name in its rule directory, or a business user with a row of a decision table, and the other row stays as
 * shipped (docs/rule-authoring.md §1a).
 *
 * @param ruleId the catalogue rule the row serves, {@code T6}
 * @param tier   the tier a score at or above {@code score} matches
 * @param score  the bound, from 1 to 5
 */
public record ValueScoreBound(String ruleId, Tier tier, BigDecimal score) {

    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    public ValueScoreBound {
        Objects.requireNonNull(ruleId, "valueScoreBound.ruleId must not be null");
        Objects.requireNonNull(tier, "valueScoreBound.tier of " + ruleId + " must not be null");
        Objects.requireNonNull(score, "valueScoreBound.score of " + ruleId + " " + tier + " must not be null");
        if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("valueScoreBound.score of " + ruleId + " " + tier + " = "
                    + score.toPlainString() + " is not a value score from 1 to 5");
        }
    }

    /**
     * The row for {@code ruleId} and {@code tier} from a decimal text such as {@code "3.6"}.
     *
     * @throws IllegalArgumentException naming the row and the text when it is not a value score from 1 to 5
     */
    public static ValueScoreBound score(String ruleId, String score, Tier tier) {
        return new ValueScoreBound(ruleId, tier, parse(ruleId + " " + tier, score));
    }

    /**
     * {@code text} as a value score: digits and an optional decimal point, from 1 to 5 ({@code 3.6}, {@code 4}).
     *
     * @throws IllegalArgumentException naming {@code text} when it is not one
     */
    public static BigDecimal parse(String row, String text) {
        if (text == null || !text.strip().matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a value score: write a number from 1 to 5, digits"
                    + " and a decimal point (e.g. 3.6)" + (row == null ? "" : " for " + row));
        }
        BigDecimal score = new BigDecimal(text.strip());
        if (score.compareTo(LOWEST) < 0 || score.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a value score: the value assessment scores"
                    + " from 1 to 5" + (row == null ? "" : " (" + row + ")"));
        }
        return score;
    }

    /** The bound for a reason: {@code 3.6}. */
    public String text() {
        return score.toPlainString();
    }
}
