package org.crmpolicy.money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in one currency: a non-negative decimal with at most the currency's fraction digits
 * (two for CNY). The policy's amounts are in CNY (POLICY.md); other valid ISO 4217 currencies can be represented so
 * that a host gets a precise error from the place that refuses them ({@link #requireCny(String)}), not a vague one.
 *
 * <p>Immutable and thread-safe. Equality is numeric: {@code 4000} equals {@code 4000.00}. A {@code null}, negative,
 * over-long or over-precise amount, or a {@code null} or unknown currency, is a caller error:
 * {@link IllegalArgumentException} naming the parameter and the entry point ({@code amount must not be null
 * (Money.cny)}); the records that hold an amount name theirs ({@code contract HT-1 amount must not be null},
 * {@code claim must not be null (Complaint.recordClaim)}). Never a {@link NullPointerException}.
 *
 * <pre>{@code
 * Money amount = Money.cny("3999.99");
 * amount.plus(Money.cny("0.01")).isAtLeast(Money.cny("4000"));   // true
 * Money.of("10", "XYZ");                                         // IllegalArgumentException: unknown currency 'XYZ'
 * }</pre>
 *
 * @param amount   the amount, {@code >= 0}, scale at most the currency's fraction digits
 * @param currency the ISO 4217 code, upper case, e.g. {@code CNY}
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

    /** The currency of every amount in the policy. */
    public static final String CNY = "CNY";
    /** The most digits an amount may have before the decimal point (amounts below 10^18). */
    public static final int MAX_INTEGER_DIGITS = 18;
    private static final int MAX_SCALE = 1_000;

    /** @throws IllegalArgumentException see the class comment; the message names {@code amount} or {@code currency} */
    public Money {
        amount = checked(amount, currency, "amount", "new Money");
    }

    /**
     * The amount as {@code currency} allows it (scale set to its fraction digits).
     *
     * @param field what the caller calls the amount, e.g. {@code "contract HT-1 amount"}
     * @param where the entry point, shown in parentheses after a null, e.g. {@code "Money.cny"}
     */
    private static BigDecimal checked(BigDecimal amount, String currency, String field, String where) {
        if (amount == null) {
            throw new IllegalArgumentException(field + " must not be null (" + where + ")");
        }
        if (currency == null) {
            throw new IllegalArgumentException("currency must not be null (" + where + ")");
        }
        Currency iso;
        try {
            iso = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency = '" + currency
                    + "' is not an ISO 4217 currency code; crm-policy amounts are in CNY", e);
        }
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(field + " = " + amount + " " + currency + " has more than "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point; crm-policy amounts are below 10^"
                    + MAX_INTEGER_DIGITS);
        }
        if (amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException(field + " = " + amount + " " + currency + " has " + amount.scale()
                    + " decimal places; at most " + MAX_SCALE + " are read (and only trailing zeros beyond the currency's)");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(field + " = " + amount.toPlainString() + " " + currency
                    + " is negative; an amount must be 0 or more");
        }
        int digits = Math.max(iso.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException(field + " = " + amount.toPlainString() + " " + currency + " has more than "
                    + digits + " decimal places");
        }
        return amount.setScale(digits);
    }

    /**
     * An amount in CNY, e.g. {@code Money.cny("4000.00")}.
     *
     * @throws IllegalArgumentException when the text is null or not a decimal number, or the amount is negative, has
     *                                  more than two decimal places or 18 digits before the point
     */
    public static Money cny(String amount) {
        return parse(amount, CNY, "amount", "Money.cny");
    }

    /**
     * An amount in CNY.
     *
     * @throws IllegalArgumentException as {@link #cny(String)}
     */
    public static Money cny(BigDecimal amount) {
        return cny(amount, "amount", "Money.cny");
    }

    /**
     * An amount in CNY whose errors name the caller's field, for the records and rows that take an amount:
     * {@code Money.cny(value, "tierThreshold.amountCny of T4", "TierThreshold")} refuses {@code null} with
     * {@code tierThreshold.amountCny of T4 must not be null (TierThreshold)}.
     *
     * @throws IllegalArgumentException as {@link #cny(String)}, naming {@code field}
     */
    public static Money cny(BigDecimal amount, String field, String where) {
        return new Money(checked(amount, CNY, field, where), CNY);
    }

    /**
     * {@link #cny(String)} whose errors name the caller's field (see {@link #cny(BigDecimal, String, String)}).
     *
     * @throws IllegalArgumentException as {@link #cny(String)}, naming {@code field}
     */
    public static Money cny(String amount, String field, String where) {
        return parse(amount, CNY, field, where);
    }

    /**
     * @throws IllegalArgumentException when the text or currency is null, the text is not a decimal number, the
     *                                  currency is unknown, or the amount is negative or out of range
     */
    public static Money of(String amount, String currency) {
        return parse(amount, currency, "amount", "Money.of");
    }

    private static Money parse(String amount, String currency, String field, String where) {
        if (amount == null) {
            throw new IllegalArgumentException(field + " must not be null (" + where + ")");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " = '" + amount + "' is not a decimal number", e);
        }
        return new Money(checked(value, currency, field, where), currency);
    }

    /** Zero CNY. */
    public static Money zeroCny() {
        return cny(BigDecimal.ZERO);
    }

    /** True when the currency is CNY. */
    public boolean isCny() {
        return CNY.equals(currency);
    }

    /**
     * This amount, if it is in CNY.
     *
     * @param field how to name the amount in the error, e.g. {@code "contract C-1 amount"}
     * @throws IllegalArgumentException naming the field and the currency when it is not CNY
     */
    public Money requireCny(String field) {
        if (!isCny()) {
            throw new IllegalArgumentException(field + " = " + this + ": currency " + currency
                    + " is not accepted; the policy's amounts are in CNY");
        }
        return this;
    }

    /**
     * @throws IllegalArgumentException when the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** True when this amount is {@code >= other}; the currencies must match. */
    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    /** True when this amount is {@code >= bound}, a plain number in this currency (how the DRL states thresholds). */
    public boolean isAtLeast(BigDecimal bound) {
        return amount.compareTo(bound) >= 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (other == null) {
            throw new IllegalArgumentException("other amount must not be null (Money)");
        }
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + this + " with " + other + ": currencies differ");
        }
    }

    /** {@code 4000.00 CNY}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
