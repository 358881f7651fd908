package org.crmpolicy.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.catalogue.EnforcedRule;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Reads DRL sources into descriptors (no compilation) and checks what the compiler does not: every rule name
 * begins with a catalogue ID, and no rule name is defined twice (reported at both places). Syntax errors are left
 * to the compiler, which reports them with their line.
 */
final class DrlInspector {

    private DrlInspector() {
    }

    /**
     * One rule as written in a DRL file.
     *
     * @param enabled false when the rule carries {@code enabled false}: compiled, but never fires
     */
    public record RuleDefinition(String packageName, String name, String file, int line, boolean enabled) {

        /** The catalogue IDs the name begins with (see {@link #idsOf(String)}); empty when it begins with none. */
        public List<RuleId> ids() {
            return EnforcedRule.idsOf(name); // not DrlInspector's: this record is used without the DRL parser
        }

        /** The first catalogue ID of the name, or {@code null} when it begins with none. */
        public RuleId id() {
            List<RuleId> ids = ids();
            return ids.isEmpty() ? null : ids.get(0);
        }
    }

    /** The catalogue IDs a rule name begins with: {@link EnforcedRule#idsOf(String)}. */
    static List<RuleId> idsOf(String name) {
        return EnforcedRule.idsOf(name);
    }

    /** The name without its leading IDs: {@link EnforcedRule#sentenceOf(String)}. */
    static String sentenceOf(String name) {
        return EnforcedRule.sentenceOf(name);
    }

    /**
     * What the inspection found.
     *
     * @param packages        the descriptor of every file that parsed, by file name
     * @param rules           every rule, in file order
     * @param problems        rule-name problems (errors)
     * @param duplicatedNames names defined more than once in one package
     */
    public record Inspection(Map<String, PackageDescr> packages, List<RuleDefinition> rules, List<RuleProblem> problems,
                             Set<String> duplicatedNames) {
    }

    /** Parses every source and checks rule names. Never throws for bad DRL: problems are returned. */
    static Inspection inspect(Map<String, String> sources) {
        Map<String, PackageDescr> packages = new LinkedHashMap<>();
        List<RuleDefinition> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            PackageDescr descr = parse(source.getValue());
            if (descr == null) {
                continue;
            }
            packages.put(source.getKey(), descr);
            for (RuleDescr r : descr.getRules()) {
                if (r.getName() == null) {
                    continue;
                }
                RuleDefinition def = new RuleDefinition(descr.getName(), r.getName(), source.getKey(), r.getLine(),
                        isEnabled(r));
                rules.add(def);
                if (def.id() == null) {
                    problems.add(new RuleProblem(def.file(), def.line(), r.getColumn() + 1, "rule \"" + def.name()
                            + "\" does not begin with a catalogue ID: a rule name starts with the POLICY.md ID it "
                            + "enforces, then a business sentence, e.g. \"T9 A key customer has a dedicated account manager\""));
                } else if (sentenceOf(def.name()).isEmpty()) {
                    problems.add(new RuleProblem(def.file(), def.line(), r.getColumn() + 1, "rule \"" + def.name()
                            + "\" is only an ID: follow it with a business sentence saying what the rule decides"));
                }
            }
        }
        Set<String> duplicated = new HashSet<>();
        Map<String, RuleDefinition> first = new HashMap<>();
        for (RuleDefinition def : rules) {
            RuleDefinition earlier = first.putIfAbsent(def.packageName() + "\u0000" + def.name(), def);
            if (earlier != null) {
                duplicated.add(def.name());
                problems.add(new RuleProblem(def.file(), def.line(), 1, "duplicate rule name \"" + def.name()
                        + "\": already defined at " + earlier.file() + ":" + earlier.line()
                        + "; rule names are unique in a package (to change a shipped rule, write one rule of its name in a host"
                        + " file: it replaces the shipped rule)"));
            }
        }
        return new Inspection(Collections.unmodifiableMap(packages), List.copyOf(rules), List.copyOf(problems),
                Set.copyOf(duplicated));
    }

    private static PackageDescr parse(String text) {
        try {
            DrlParser parser = new DrlParser();
            return parser.parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isEnabled(RuleDescr r) {
        AttributeDescr enabled = r.getAttributes().get("enabled");
        return enabled == null || !"false".equalsIgnoreCase(enabled.getValue().strip());
    }
}
