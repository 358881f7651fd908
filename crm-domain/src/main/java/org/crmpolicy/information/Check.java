package org.crmpolicy.information;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The data-field check of this package's records; the general checks are in {@code internal.Arguments}. */
final class Check {

    private Check() {
    }

    static Set<CustomerDataField> fields(Set<CustomerDataField> fields, String field) {
        Objects.requireNonNull(fields, field + " must not be null");
        if (fields.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException(field + " = " + fields + " must not contain null");
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty: name the data fields concerned");
        }
        return Set.copyOf(EnumSet.copyOf(fields));
    }
}
