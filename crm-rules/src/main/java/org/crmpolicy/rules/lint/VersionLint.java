package org.crmpolicy.rules.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.catalogue.CatalogueEntry;
import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.engine.RuleSetHolder;
import org.crmpolicy.rules.engine.RuleSources;
import org.crmpolicy.rules.evaluation.PolicyParameters;

/**
 * The checks of a list of policy versions (A8: a revision takes effect on a date), shared by
 * {@code CrmPolicy.versioned().build()} and the lint's {@code --version} option. Refused: two versions with the same
 * {@code valid from} date (naming both) and a version whose rules leave a catalogue ID without a rule that the
 * shipped rules enforce (naming the ID) — a version that switches off the only rule of a clause, or replaces the
 * file that held it by one without it. Stateless.
 *
 * <pre>
 * ./mvnw -q -pl crm-rules -am compile exec:java@lint \
 *     -Dexec.args="--version 2025-06=2025-06-01=rules/2025-06 --version 2025-09=2025-09-01=rules/2025-09"
 * </pre>
 */
public final class VersionLint {

    /** The file name the version problems are reported under when they concern no single rule directory. */
    public static final String VERSIONS = "policy versions";

    private VersionLint() {
    }

    /**
     * One registered version as the lint sees it.
     *
     * @param label         how findings and reports name it, e.g. {@code 2025-09}; not blank
     * @param validFrom     the first day it is in force, in the policy's zone
     * @param ruleDirectory its host rule directory, or {@code null} for the shipped rules alone
     */
    public record Version(String label, LocalDate validFrom, Path ruleDirectory) {

        public Version {
            Objects.requireNonNull(label, "label");
            if (label.isBlank()) {
                throw new IllegalArgumentException("label = '" + label + "': a policy version needs a label");
            }
            Objects.requireNonNull(validFrom, "validFrom (of policy version " + label + ")");
        }

        /**
         * {@code label=validFrom} or {@code label=validFrom=ruleDirectory}, e.g. {@code 2025-09=2025-09-01=rules/2025-09}.
         *
         * @throws IllegalArgumentException naming the text when it is not of that form or the date is not a date
         */
        public static Version parse(String text) {
            Objects.requireNonNull(text, "version");
            String[] parts = text.split("=", 3);
            if (parts.length < 2) {
                throw new IllegalArgumentException("version = '" + text + "': expected label=validFrom[=ruleDirectory],"
                        + " e.g. 2025-09=2025-09-01=rules/2025-09");
            }
            LocalDate from;
            try {
                from = LocalDate.parse(parts[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("version = '" + text + "': validFrom '" + parts[1]
                        + "' is not a date like 2025-09-01", e);
            }
            return new Version(parts[0], from, parts.length == 3 ? Path.of(parts[2]) : null);
        }

        /** {@code "2025-09" (valid from 2025-09-01)}. */
        public String describe() {
            return "policy version \"" + label + "\" (valid from " + validFrom + ")";
        }
    }

    /**
     * Every problem of the list: two versions sharing a date (one problem naming both), then per version (in the order
     * given) each catalogue ID the shipped rules enforce and its rules do not.
     *
     * @param catalogueOf the catalogue of a version's rule set (compiled once by the caller)
     */
    public static List<RuleProblem> check(List<Version> versions, Function<Version, RuleCatalogue> catalogueOf) {
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(catalogueOf, "catalogueOf");
        List<RuleProblem> problems = new ArrayList<>(sameDates(versions));
        Set<RuleId> shippedUncovered = shippedCatalogue().uncovered().stream().map(CatalogueEntry::id)
                .collect(Collectors.toSet());
        for (Version v : versions) {
            for (CatalogueEntry e : catalogueOf.apply(v).uncovered()) {
                if (!shippedUncovered.contains(e.id())) {
                    problems.add(new RuleProblem(where(v), 0, 0, v.describe() + " leaves catalogue ID " + e.id()
                            + " (" + e.summary() + ") without a rule: the shipped rules enforce it; keep or replace "
                            + "its rule in this version (a version is the whole policy in force, not a patch)"));
                }
            }
        }
        return problems;
    }

    /** Two versions taking effect on the same day, each pair once: {@code "a" and "b" both take effect on ...}. */
    public static List<RuleProblem> sameDates(List<Version> versions) {
        Map<LocalDate, Version> first = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Version v : versions) {
            Version earlier = first.putIfAbsent(v.validFrom(), v);
            if (earlier != null) {
                problems.add(new RuleProblem(VERSIONS, 0, 0, "policy versions \"" + earlier.label() + "\" and \""
                        + v.label() + "\" both take effect on " + v.validFrom() + ": on one day one policy is in "
                        + "force; give the revision its own date or drop one of the two"));
            }
        }
        return problems;
    }

    /** The catalogue of the shipped rules alone. */
    public static RuleCatalogue shippedCatalogue() {
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(RuleBase.load(RuleBase.shippedSources())));
    }

    /**
     * The catalogue of one version's rule set, compiled from the shipped rules merged with its directory.
     *
     * @throws org.crmpolicy.rules.authoring.RuleSetRejectedException when its rule set does not merge or compile
     */
    public static RuleCatalogue catalogueOf(Version v) {
        if (v.ruleDirectory() == null) {
            return shippedCatalogue();
        }
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(RuleBase.load(
                RuleSources.merge(RuleBase.shippedSources(), v.ruleDirectory(), PolicyParameters::checkValue))));
    }

    private static String where(Version v) {
        return v.ruleDirectory() == null ? VERSIONS : v.ruleDirectory().toString();
    }

    /** True when the version's directory, if any, exists. */
    static boolean directoryExists(Version v) {
        return v.ruleDirectory() == null || Files.isDirectory(v.ruleDirectory());
    }
}
