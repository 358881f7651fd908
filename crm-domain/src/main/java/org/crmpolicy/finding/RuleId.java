package org.crmpolicy.finding;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable catalogue rule ID such as {@code T3}, {@code C1} or {@code D6} (POLICY.md). Every decision and
 * finding the library returns names one, so a host can trace it to its clause.
 *
 * @param value the ID: a policy-area letter, a number, optionally one lower-case letter ({@code A4b})
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Pattern FORMAT = Pattern.compile("[TCRDPAIM][1-9][0-9]*[a-z]?");

    public RuleId {
        Objects.requireNonNull(value, "rule ID must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("rule ID '" + value
                    + "' is not a catalogue ID: expected a letter of T, C, R, D, P, A, I, M followed by a number, e.g. T3 or D6");
        }
    }

    public static RuleId of(String value) {
        return new RuleId(value);
    }

    /** True when {@code text} is a well-formed catalogue ID. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    public PolicyArea area() {
        return PolicyArea.ofLetter(value.charAt(0));
    }

    /** Orders by area letter as written, then numerically: T2 before T10. */
    @Override
    public int compareTo(RuleId other) {
        int byLetter = Character.compare(value.charAt(0), other.value.charAt(0));
        if (byLetter != 0) {
            return byLetter;
        }
        int byNumber = Integer.compare(number(), other.number());
        return byNumber != 0 ? byNumber : value.compareTo(other.value);
    }

    private int number() {
        int end = 1;
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        return Integer.parseInt(value.substring(1, end));
    }

    @Override
    public String toString() {
        return value;
    }
}
