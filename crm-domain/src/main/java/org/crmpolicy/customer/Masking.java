package org.crmpolicy.customer;

/** How personal data is shown where it must not be read (I3): the first character of a name, nothing of the rest. */
final class Masking {

    private Masking() {
    }

    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return String.valueOf(name);
        }
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "*";
    }

    static String hidden(Object value) {
        return value == null ? "null" : "***";
    }
}
