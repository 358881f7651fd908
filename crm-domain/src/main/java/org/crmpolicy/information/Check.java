package org.crmpolicy.information;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the records of this package; messages name the field and the value. */
final class Check {

    private Check() {
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

    static Set<CustomerDataField> fields(Set<CustomerDataField> fields, String field) {
        nonNull(fields, field);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty: name the data fields concerned");
        }
        return Set.copyOf(EnumSet.copyOf(fields));
    }
}
