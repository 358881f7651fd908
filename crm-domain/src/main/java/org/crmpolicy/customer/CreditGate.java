package org.crmpolicy.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The T7 row of the tier table in {@code tiers-table.drl}: the lowest credit rating that passes the credit gate of the
 * strategic and key tiers (a customer rated below it, without an approval on file, is held out of them). The shipped
 * row {@code "T7 Table: the lowest credit rating that passes the credit gate of the strategic and key tiers"} reads
 * the named parameter {@code T7.lowest-passing-credit-rating} (BBB); a host replaces the row with a rule of the same
 * name in its rule directory, or a business user with a decision-table row {@code T7,,A} (docs/rule-authoring.md §1a).
 *
 * @param ruleId        the catalogue rule the row serves, {@code T7}
 * @param lowestPassing the lowest rating that passes: it and every better rating pass
 */
public record CreditGate(String ruleId, CreditRating lowestPassing) {

    public CreditGate {
        Objects.requireNonNull(ruleId, "creditGate.ruleId must not be null");
        Objects.requireNonNull(lowestPassing, "creditGate.lowestPassing of " + ruleId + " must not be null");
    }

    /**
     * The row for {@code ruleId} from a rating's name such as {@code "BBB"}.
     *
     * @throws IllegalArgumentException naming the text when it is not a credit rating
     */
    public static CreditGate lowest(String ruleId, String rating) {
        return new CreditGate(ruleId, parse(rating));
    }

    /**
     * {@code text} as a credit rating, by its name ({@code BBB}; case and surrounding blanks do not matter).
     *
     * @throws IllegalArgumentException naming {@code text} and the ratings when it is not one
     */
    public static CreditRating parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (CreditRating r : CreditRating.values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a credit rating: write one of "
                + Arrays.stream(CreditRating.values()).map(Enum::name).collect(Collectors.joining(", "))
                + " (best first)");
    }

    /** True when {@code rating} passes the gate: it is {@link #lowestPassing()} or better. */
    public boolean passes(CreditRating rating) {
        return rating.isAtLeast(lowestPassing);
    }
}
