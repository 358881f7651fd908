package org.crmpolicy.deadline;

import java.util.Objects;

/** Shared checks of the values that start deadlines. */
final class Triggers {

    private Triggers() {
    }

    static void requireId(String id, String what) {
        Objects.requireNonNull(id, what + " must not be null");
        if (id.isBlank() || id.length() > 64 || !id.strip().equals(id)) {
            throw new IllegalArgumentException(what + " '" + id + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
    }
}
