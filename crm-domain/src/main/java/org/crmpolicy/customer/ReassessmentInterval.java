package org.crmpolicy.customer;

import java.util.Objects;

/**
 * A row of the T6 table in {@code tiers-table.drl}: how many months a value assessment counts before it is due again
 * (tiering is dynamic). The shipped row ({@code "T6 Table: the months after which a value assessment is due again"})
 * reads the named parameter {@code T6.reassessment-interval-months} (12); a host replaces the row with a rule of the same
 * name in its rule directory, or a business user with a row of a decision table, and every other row stays as shipped
 * (docs/rule-authoring.md §1a).
 *
 * @param ruleId the catalogue rule the row serves, {@code T6}
 * @param months the interval in months, from 1 to 100000
 */
public record ReassessmentInterval(String ruleId, int months) {

    private static final int MOST = 100_000;

    public ReassessmentInterval {
        Objects.requireNonNull(ruleId, "reassessmentInterval.ruleId must not be null");
        if (months < 1 || months > MOST) {
            throw new IllegalArgumentException("reassessmentInterval.months of " + ruleId + " = " + months
                    + " is not a number of months from 1 to " + MOST);
        }
    }

    /**
     * The row for {@code ruleId} from a whole-number text such as {@code "12"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a number of months from 1 to 100000
     */
    public static ReassessmentInterval months(String ruleId, String months) {
        return new ReassessmentInterval(ruleId, parse(months));
    }

    /**
     * {@code text} as a number of months: a whole number from 1 to 100000 ({@code 12}).
     *
     * @throws IllegalArgumentException naming {@code text} when it is not one
     */
    public static int parse(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number of months: write a whole number from 1"
                    + " to " + MOST + " (e.g. 12)");
        }
        int months = Integer.parseInt(text.strip());
        if (months < 1 || months > MOST) {
            throw new IllegalArgumentException("\"" + text + "\" is not a number of months: write a whole number from 1"
                    + " to " + MOST + " (e.g. 12)");
        }
        return months;
    }
}
