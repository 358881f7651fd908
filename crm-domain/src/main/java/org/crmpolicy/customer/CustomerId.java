package org.crmpolicy.customer;

import java.util.Objects;

/**
 * The identity of a customer in the host's system (an ERP customer number). Never personal data.
 *
 * @param value 1 to 64 characters, no surrounding whitespace
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

    public CustomerId {
        Objects.requireNonNull(value, "customer id must not be null");
        if (value.isBlank() || value.length() > 64 || !value.strip().equals(value)) {
            throw new IllegalArgumentException("customer id '" + value
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public int compareTo(CustomerId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
