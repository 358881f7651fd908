package org.crmpolicy.internal;

import java.util.Objects;
import org.crmpolicy.money.Money;

/**
 * Argument checks shared by the domain's records; every message names the field and the value. Internal to
 * crm-policy: not part of its API, may change without notice.
 */
public final class Arguments {

    private Arguments() {
    }

    /** An identifier: 1 to 64 characters without surrounding whitespace. */
    public static String id(String value, String field) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank() || value.length() > 64 || !value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " = '" + value
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
        return value;
    }

    /**
     * A required amount in CNY: {@link IllegalArgumentException} naming the field and the entry point when it is
     * {@code null} ({@code contract HT-1 amount must not be null (ContractSigning)}), naming the field and the
     * currency when it is not CNY. Never a {@link NullPointerException}: a null amount is refused like a bad one.
     */
    public static Money cny(Money value, String field, String where) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null (" + where + ")");
        }
        return value.requireCny(field);
    }

    /** {@link #cny(Money, String, String)} for an amount that may be absent: {@code null} passes. */
    public static Money optionalCny(Money value, String field) {
        return value == null ? null : value.requireCny(field);
    }

    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, field + " must not be null");
    }
}
