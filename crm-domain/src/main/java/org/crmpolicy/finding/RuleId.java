package org.crmpolicy.finding;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A stable catalogue rule ID such as {@code T3}, {@code C1} or {@code D6} (POLICY.md). Every decision and
 * finding the library returns names one, so a host can trace it to its clause.
 *
 * @param value the ID: a policy-area letter, a number, optionally one lower-case letter ({@code A4b})
 */
public record RuleId(String value) implements Comparable<RuleId> {

    private static final Map<String, RuleId> KNOWN = new ConcurrentHashMap<>();
    private static final Pattern FORMAT = Pattern.compile("[TCRDPAIM][1-9][0-9]*[a-z]?");

    public RuleId {
        Objects.requireNonNull(value, "rule ID must not be null");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("rule ID '" + value
                    + "' is not a catalogue ID: expected a letter of T, C, R, D, P, A, I, M followed by a number, e.g. T3 or D6");
        }
    }

    /** The ID {@code value}; the catalogue's IDs are checked once and then shared (a run makes millions of findings). */
    public static RuleId of(String value) {
        RuleId known = value == null ? null : KNOWN.get(value);
        if (known != null) {
            return known;
        }
        RuleId id = new RuleId(value);
        if (KNOWN.size() < 4_096) {
            KNOWN.putIfAbsent(value, id);
        }
        return id;
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
        if (value.equals(other.value)) {
            return 0;
        }
        int byLetter = Character.compare(value.charAt(0), other.value.charAt(0));
        if (byLetter != 0) {
            return byLetter;
        }
        int byNumber = Integer.compare(number(), other.number());
        return byNumber != 0 ? byNumber : value.compareTo(other.value);
    }

    private int number() {
        // the format guarantees ASCII digits after the letter; no substring, no parse (findings are sorted by this)
        int n = 0;
        for (int i = 1; i < value.length() && value.charAt(i) >= '0' && value.charAt(i) <= '9'; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    @Override
    public String toString() {
        return value;
    }
}
