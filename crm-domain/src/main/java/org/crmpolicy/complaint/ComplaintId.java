package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * The identity of a complaint in the host's system (the acceptance-form or ticket number). Never personal data.
 *
 * @param value 1 to 64 characters, no surrounding whitespace
 */
public record ComplaintId(String value) implements Comparable<ComplaintId> {

    public ComplaintId {
        Objects.requireNonNull(value, "complaint id must not be null");
        if (value.isBlank() || value.length() > 64 || !value.strip().equals(value)) {
            throw new IllegalArgumentException("complaint id '" + value
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    @Override
    public int compareTo(ComplaintId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
