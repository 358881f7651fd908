package org.crmpolicy.rules.approvals;

import java.math.BigDecimal;
import java.util.Objects;
import org.crmpolicy.money.Money;

/**
 * One row of the approval table in {@code approvals-table.drl}: the amount (CNY, inclusive: "以上") from which a rule applies,
 * e.g. A1's cumulative 4,000 CNY. Each row is a rule of its own name ({@code "A1 Table: ..."}), so a host changes one
 * number by writing a rule of the same name in its rule directory, or a business user by a row of a decision table
 * there ({@code thresholds.csv}: {@code A1,,5000}; docs/rule-authoring.md §1a), and every other row stays as shipped.
 *
 * @param ruleId    the catalogue rule the row serves, e.g. {@code A1}
 * @param amountCny the bound in CNY, positive, at most two decimal places and 18 digits before the point
 * @throws IllegalArgumentException naming {@code amountCny} and the rule when it is null, not positive or not an
 *                                  amount in CNY (never a {@link NullPointerException})
 */
public record ApprovalThreshold(String ruleId, BigDecimal amountCny) {

    public ApprovalThreshold {
        Objects.requireNonNull(ruleId, "approvalThreshold.ruleId must not be null");
        Money.cny(amountCny, "approvalThreshold.amountCny of " + ruleId, "ApprovalThreshold");
        if (amountCny.signum() <= 0) {
            throw new IllegalArgumentException("approvalThreshold.amountCny of " + ruleId + " = "
                    + amountCny.toPlainString() + " is not a positive amount in CNY");
        }
    }

    /** The row for {@code ruleId} from a decimal text such as {@code "4000"}. */
    public static ApprovalThreshold cny(String ruleId, String amount) {
        if (amount == null) {
            throw new IllegalArgumentException("approvalThreshold.amountCny of " + ruleId + " must not be null (ApprovalThreshold.cny)");
        }
        try {
            return new ApprovalThreshold(ruleId, new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("approvalThreshold.amountCny of " + ruleId + " = \"" + amount
                    + "\" is not an amount in CNY (digits, an optional decimal point; no currency, no separators)");
        }
    }
}
