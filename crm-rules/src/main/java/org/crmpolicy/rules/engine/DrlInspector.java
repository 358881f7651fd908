package org.crmpolicy.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmpolicy.finding.RuleId;
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
public final class DrlInspector {

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
            return idsOf(name);
        }

        /** The first catalogue ID of the name, or {@code null} when it begins with none. */
        public RuleId id() {
            List<RuleId> ids = ids();
            return ids.isEmpty() ? null : ids.get(0);
        }
    }

    private static final Pattern ID_TOKEN = Pattern.compile(
            "([TCRDPAIM])([1-9][0-9]*)([a-z]?)(?:[-\u2013]([TCRDPAIM]?)([1-9][0-9]*))?,?");

    /**
     * The catalogue IDs a rule name begins with: one ID ({@code T3 ...}) or, for a rule over a table of facts,
     * several tokens and ranges ({@code D1-D4 D8 D14 ...}, {@code C1-C11 R1-R6 ...}); a range claims every ID in it.
     * Empty when the name does not begin with an ID.
     */
    public static List<RuleId> idsOf(String name) {
        List<RuleId> ids = new ArrayList<>();
        for (String token : name.strip().split("\\s+")) {
            Matcher m = ID_TOKEN.matcher(token);
            if (!m.matches()) {
                break;
            }
            String letter = m.group(1);
            int from = Integer.parseInt(m.group(2));
            if (m.group(5) == null) {
                ids.add(RuleId.of(letter + from + m.group(3)));
                continue;
            }
            int to = Integer.parseInt(m.group(5));
            if (!m.group(3).isEmpty() || !m.group(4).isEmpty() && !m.group(4).equals(letter) || to < from) {
                break;
            }
            for (int n = from; n <= to; n++) {
                ids.add(RuleId.of(letter + n));
            }
        }
        return List.copyOf(ids);
    }

    /** The name without its leading IDs: the business sentence. */
    static String sentenceOf(String name) {
        String[] tokens = name.strip().split("\\s+");
        int i = 0;
        while (i < tokens.length && ID_TOKEN.matcher(tokens[i]).matches()) {
            i++;
        }
        return String.join(" ", java.util.Arrays.asList(tokens).subList(i, tokens.length));
    }

    /**
     * What the inspection found.
     *
     * @param packages        the descriptor of every file that parsed, by file name
     * @param rules           every rule, in file order
     * @param problems        rule-name problems (errors)
     * @param duplicatedNames names defined more than once in one package
     */
    public record Inspection(Map<String, PackageDescr> packages, List<RuleDefinition> rules, List<DrlProblem> problems,
                             Set<String> duplicatedNames) {
    }

    /** Parses every source and checks rule names. Never throws for bad DRL: problems are returned. */
    public static Inspection inspect(Map<String, String> sources) {
        Map<String, PackageDescr> packages = new LinkedHashMap<>();
        List<RuleDefinition> rules = new ArrayList<>();
        List<DrlProblem> problems = new ArrayList<>();
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
                    problems.add(DrlProblem.error(def.file(), def.line(), r.getColumn() + 1, "rule \"" + def.name()
                            + "\" does not begin with a catalogue ID: a rule name starts with the POLICY.md ID it "
                            + "enforces, then a business sentence, e.g. \"T9 A key customer has a dedicated account manager\""));
                } else if (sentenceOf(def.name()).isEmpty()) {
                    problems.add(DrlProblem.error(def.file(), def.line(), r.getColumn() + 1, "rule \"" + def.name()
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
                problems.add(DrlProblem.error(def.file(), def.line(), 1, "duplicate rule name \"" + def.name()
                        + "\": already defined at " + earlier.file() + ":" + earlier.line()
                        + "; to change a shipped rule, override its whole file by name"));
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
