package org.crmpolicy.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency: a non-negative decimal with at most the currency's fraction digits
 * (two for CNY). The policy's amounts are in CNY (POLICY.md); other valid ISO 4217 currencies can be represented so
 * that a host gets a precise error from the place that refuses them ({@link #requireCny(String)}), not a vague one.
 *
 * <p>Immutable and thread-safe. Equality is numeric: {@code 4000} equals {@code 4000.00}. A {@code null} amount or
 * currency is a caller error: {@link NullPointerException} naming the parameter ({@code amount must not be null});
 * the records that hold an amount name theirs ({@code contract HT-1 amount must not be null},
 * {@code claim must not be null}).
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

    public Money {
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(currency, "currency must not be null");
        Currency iso;
        try {
            iso = Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency = '" + currency
                    + "' is not an ISO 4217 currency code; crm-policy amounts are in CNY", e);
        }
        if ((long) amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("amount = " + amount + " " + currency + " has more than "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point; crm-policy amounts are below 10^"
                    + MAX_INTEGER_DIGITS);
        }
        if (amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("amount = " + amount + " " + currency + " has " + amount.scale()
                    + " decimal places; at most " + MAX_SCALE + " are read (and only trailing zeros beyond the currency's)");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount = " + amount.toPlainString() + " " + currency
                    + " is negative; an amount must be 0 or more");
        }
        int digits = Math.max(iso.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new IllegalArgumentException("amount = " + amount.toPlainString() + " " + currency + " has more than "
                    + digits + " decimal places");
        }
        amount = amount.setScale(digits);
    }

    /** An amount in CNY, e.g. {@code Money.cny("4000.00")}. */
    public static Money cny(String amount) {
        return of(amount, CNY);
    }

    /** An amount in CNY. */
    public static Money cny(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    /**
     * @throws IllegalArgumentException when the text is not a decimal number, the currency is unknown, or the
     *                                  amount is negative
     */
    public static Money of(String amount, String currency) {
        Objects.requireNonNull(amount, "amount must not be null");
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount = '" + amount + "' is not a decimal number", e);
        }
        return new Money(value, currency);
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
        Objects.requireNonNull(other, "other amount must not be null");
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
