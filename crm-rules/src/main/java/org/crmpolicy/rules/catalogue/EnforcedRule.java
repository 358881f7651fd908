package org.crmpolicy.rules.catalogue;

import java.util.Objects;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.finding.RuleId;

/**
 * One rule the running rule set enforces: its catalogue ID, its full name, where it is written. Immutable.
 *
 * @param id   the catalogue ID the rule name begins with
 * @param name the full rule name, e.g. {@code T9 A strategic or key customer must have a dedicated account manager}
 * @param file the DRL file it is written in (shipped or the host's), e.g. {@code tiers.drl}
 * @param line the line of its {@code rule} keyword, 1-based
 */
public record EnforcedRule(RuleId id, String name, String file, int line) {

    public EnforcedRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** The policy area of the rule's ID (T: tiers, C: contact frequency, ...). */
    public PolicyArea area() {
        return id.area();
    }

    /** {@code ID file:line name}. */
    @Override
    public String toString() {
        return id + " " + file + ":" + line + " " + name;
    }
}
