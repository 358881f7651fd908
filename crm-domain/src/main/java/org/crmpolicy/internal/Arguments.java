package org.crmpolicy.internal;

import java.util.Objects;

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

    public static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, field + " must not be null");
    }
}
