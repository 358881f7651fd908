package org.crmpolicy.rules.catalogue;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.finding.RuleId;

/**
 * One rule the running rule set enforces: the catalogue IDs it names, its full name, where it is written.
 * Immutable.
 *
 * @param ids  the catalogue IDs the rule name begins with, in order: one ({@code T9 ...}) or, for a rule over a
 *             table of facts, several ({@code D1-D4 D8 D14 ...} gives D1, D2, D3, D4, D8, D14); never empty
 * @param name the full rule name, e.g. {@code T9 A strategic or key customer must have a dedicated account manager}
 * @param file the DRL file it is written in (shipped or the host's), e.g. {@code tiers.drl}
 * @param line the line of its {@code rule} keyword, 1-based
 */
public record EnforcedRule(List<RuleId> ids, String name, String file, int line) {

    public EnforcedRule {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("rule \"" + name + "\" names no catalogue ID");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** A rule naming one catalogue ID. */
    public EnforcedRule(RuleId id, String name, String file, int line) {
        this(List.of(id), name, file, line);
    }

    /** The first catalogue ID the rule names. */
    public RuleId id() {
        return ids.get(0);
    }

    /** True when the rule names {@code id}. */
    public boolean covers(RuleId id) {
        return ids.contains(id);
    }

    /** The policy area of the rule's first ID (T: tiers, C: contact frequency, ...). */
    public PolicyArea area() {
        return id().area();
    }

    /** {@code ID file:line name}. */
    @Override
    public String toString() {
        return id() + " " + file + ":" + line + " " + name;
    }
}
