package org.crmpolicy.approval;

import java.util.Objects;

/** Argument checks shared by the records of this package; messages name the field and the value. */
final class Require {

    private Require() {
    }

    static String id(String value, String field) {
        Objects.requireNonNull(value, field + " must not be null");
        if (value.isBlank() || value.length() > 64 || !value.strip().equals(value)) {
            throw new IllegalArgumentException(field + " = '" + value
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
        return value;
    }

    static <T> T nonNull(T value, String field) {
        return Objects.requireNonNull(value, field + " must not be null");
    }
}
