package org.crmpolicy.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One row of the category lists in {@code tiers-table.drl}: a kind of unit that a tier criterion places in {@code tier}, e.g.
 * T3's {@code LISTED_COMPANY} (a key customer). Each shipped row is a rule of its own
 * ({@code "T3 Table: a listed company is a key customer"}); a host drops a row with a rule of the same name and
 * {@code enabled false}, adds one with a new {@code "T3 Table: ..."} rule, or a business user changes a row's category
 * with a row of a decision table ({@code T3,a listed company is a key customer,RESEARCH_INSTITUTE}); every other row
 * stays as shipped (docs/rule-authoring.md §1a).
 *
 * @param ruleId   the catalogue rule the row serves, {@code T3} or {@code T4}
 * @param category the kind of unit the rule's criterion matches
 * @param tier     the tier a customer of that kind matches
 */
public record TierCategory(String ruleId, CustomerCategory category, Tier tier) {

    public TierCategory {
        Objects.requireNonNull(ruleId, "tierCategory.ruleId must not be null");
        Objects.requireNonNull(category, "tierCategory.category of " + ruleId + " must not be null");
        Objects.requireNonNull(tier, "tierCategory.tier of " + ruleId + " " + category + " must not be null");
    }

    /**
     * The row for {@code ruleId} from a category name such as {@code "LISTED_COMPANY"}.
     *
     * @throws IllegalArgumentException naming the row and the text when it is not a category name
     */
    public static TierCategory category(String ruleId, String category, Tier tier) {
        return new TierCategory(ruleId, parse(ruleId + " " + tier, category), tier);
    }

    /**
     * {@code text} as a customer category: one of the {@link CustomerCategory} names, e.g. {@code LISTED_COMPANY}
     * (surrounding blanks ignored, case as written).
     *
     * @param row the row for the message ({@code T3 KEY}), or {@code null}
     * @throws IllegalArgumentException naming {@code text} and listing the categories when it is not one
     */
    public static CustomerCategory parse(String row, String text) {
        String name = text == null ? "" : text.strip();
        for (CustomerCategory c : CustomerCategory.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        boolean otherCase = Arrays.stream(CustomerCategory.values())
                .anyMatch(c -> c.name().equals(name.toUpperCase(Locale.ROOT)));
        throw new IllegalArgumentException("\"" + text + "\" is not a customer category" + (row == null ? "" : " for "
                + row) + (otherCase ? " (write it in capitals)" : "") + ": write one of "
                + Arrays.stream(CustomerCategory.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
