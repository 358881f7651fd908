package org.crmpolicy.rules.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fact handed to the policy is invalid: the caller's mistake, not a business "no". Names every bad field with its
 * value, except personal data (phone, email, birthday, a person's name), which is shown as {@code ***} (I3).
 */
public class InvalidFactException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidFactException(String what, List<Violation> violations) {
        super(what + " is invalid: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in a stable order (by field path). */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One bad field.
     *
     * @param field   the property path, e.g. {@code annualVolume} or {@code contactPersons[0].email}
     * @param value   the offending value as text, {@code ***} for personal data
     * @param problem what is wrong with it
     */
    public record Violation(String field, String value, String problem) {
        @Override
        public String toString() {
            return field + " = " + value + ": " + problem;
        }
    }
}
