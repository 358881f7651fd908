package org.crmpolicy.rules.catalogue;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.crmpolicy.finding.RuleId;

/**
 * What a rule set enforces, held against the policy catalogue: every rule (ID, name, file, area), which catalogue
 * IDs are covered and by what (DRL files, or the Java class the catalogue names), and which IDs nothing covers.
 * Obtained from {@code CrmPolicy.catalogue()}; a snapshot of the rule set that served when it was taken.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * RuleCatalogue catalogue = policy.catalogue();
 * catalogue.rules(RuleId.of("T9"));   // [T9 tiers.drl:153 T9 A strategic or key customer must have ...]
 * catalogue.uncovered();              // [C1 ..., C2 ..., ...] until those areas ship
 * }</pre>
 */
public final class RuleCatalogue {

    /** The marker line that opens the generated table in the README. */
    public static final String TABLE_START = "<!-- rule-catalogue:start -->";
    /** The marker line that closes the generated table in the README. */
    public static final String TABLE_END = "<!-- rule-catalogue:end -->";

    private static final Map<String, Boolean> CLASS_PRESENT = new ConcurrentHashMap<>();

    private final List<EnforcedRule> rules;
    private final List<CatalogueEntry> entries;

    private RuleCatalogue(List<EnforcedRule> rules, List<CatalogueEntry> entries) {
        this.rules = rules.stream()
                .sorted(Comparator.comparing(EnforcedRule::id))
                .toList();
        this.entries = List.copyOf(entries);
    }

    /** The catalogue of {@code rules} held against the shipped policy catalogue ({@link CatalogueEntry#all()}). */
    public static RuleCatalogue of(List<EnforcedRule> rules) {
        return of(rules, CatalogueEntry.all());
    }

    /** The catalogue of {@code rules} held against {@code entries}. */
    public static RuleCatalogue of(List<EnforcedRule> rules, List<CatalogueEntry> entries) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(entries, "entries");
        return new RuleCatalogue(rules, entries);
    }

    /** Every enabled rule of the rule set, by its first catalogue ID, then in file order. */
    public List<EnforcedRule> rules() {
        return rules;
    }

    /**
     * The names of the {@linkplain #rules() rules}, sorted: the same listing, names only (a disabled rule is in
     * neither). Never null.
     */
    public List<String> ruleNames() {
        return rules.stream().map(EnforcedRule::name).sorted().toList();
    }

    /** The rules naming this ID (alone or in a list or range); empty when none. */
    public List<EnforcedRule> rules(RuleId id) {
        return rules.stream().filter(r -> r.covers(id)).toList();
    }

    /** Every clause of the policy catalogue, in POLICY.md order. */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    /** The catalogue clause with this ID, if the catalogue has one. */
    public Optional<CatalogueEntry> entry(RuleId id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * What enforces a clause: the DRL files holding a rule with its ID, then the Java class the catalogue names
     * when that class is on the class path. Empty when nothing does.
     */
    public List<String> enforcedBy(RuleId id) {
        Set<String> by = new LinkedHashSet<>();
        rules(id).forEach(r -> by.add(r.file()));
        entry(id).ifPresent(e -> e.javaClasses().stream().filter(RuleCatalogue::isPresent).forEach(by::add));
        return List.copyOf(by);
    }

    /** True when a rule or the named Java class enforces the clause. */
    public boolean isCovered(RuleId id) {
        return !enforcedBy(id).isEmpty();
    }

    /** The catalogue clauses nothing in this rule set (or the class path) enforces, in POLICY.md order. */
    public List<CatalogueEntry> uncovered() {
        return entries.stream().filter(e -> !isCovered(e.id())).toList();
    }

    /** Rules naming an ID the policy catalogue does not have (a typo, or a company rule under a new ID). */
    public List<EnforcedRule> outsideCatalogue() {
        Set<RuleId> known = entries.stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        return rules.stream().filter(r -> !known.containsAll(r.ids())).toList();
    }

    /**
     * The README's rule table (Markdown, markers {@link #TABLE_START} and {@link #TABLE_END} included): one row per
     * covered catalogue clause, {@code | ID | Rule | Where |}, where "Where" names the DRL files and Java classes
     * (simple names) that enforce it; then the uncovered IDs and a count.
     */
    public String markdownTable() {
        StringBuilder out = new StringBuilder();
        out.append(TABLE_START).append('\n');
        out.append("| ID | Rule | Where |\n");
        out.append("|---|---|---|\n");
        for (CatalogueEntry e : entries) {
            List<String> where = where(e.id());
            if (!where.isEmpty()) {
                out.append("| ").append(e.id()).append(" | ").append(cell(e.summary())).append(" | ")
                        .append(String.join(", ", where.stream().map(w -> "`" + w + "`").toList())).append(" |\n");
            }
        }
        List<CatalogueEntry> uncovered = uncovered();
        out.append('\n').append(entries.size() - uncovered.size()).append(" of ").append(entries.size())
                .append(" catalogue IDs enforced by ").append(rules.size()).append(rules.size() == 1 ? " rule." : " rules.");
        if (!uncovered.isEmpty()) {
            out.append(" Not yet enforced: ")
                    .append(uncovered.stream().map(e -> e.id().value()).collect(Collectors.joining(", "))).append('.');
        }
        out.append("\n").append(TABLE_END).append('\n');
        return out.toString();
    }

    /** What enforces a clause as the README names it: DRL file names, then Java simple class names, each sorted. */
    public List<String> where(RuleId id) {
        return enforcedBy(id).stream().map(w -> isRuleFile(w) ? w : w.substring(w.lastIndexOf('.') + 1)).distinct()
                .sorted(java.util.Comparator.comparing((String w) -> !isRuleFile(w)).thenComparing(w -> w)).toList();
    }

    /** A DRL file or a decision table of a host's rule directory, rather than a Java class name. */
    private static boolean isRuleFile(String where) {
        return where.endsWith(".drl") || where.endsWith(".csv") || where.endsWith(".xlsx");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static boolean isPresent(String className) {
        return CLASS_PRESENT.computeIfAbsent(className, name -> {
            try {
                Class.forName(name, false, RuleCatalogue.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    @Override
    public String toString() {
        return "RuleCatalogue[" + rules.size() + " rules, " + uncovered().size() + " of " + entries.size()
                + " catalogue IDs uncovered]";
    }
}
