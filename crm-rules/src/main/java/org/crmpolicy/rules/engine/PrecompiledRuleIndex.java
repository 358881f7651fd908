package org.crmpolicy.rules.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.EnabledBoolean;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.accessor.Enabled;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rule definitions of a compiled rule base (a precompiled one, loaded from the executable model) without the DRL
 * parser: the rules, their package and {@code enabled} attribute come from the {@link KieBase}, their file and line
 * from the DRL the rule base was built from, found by the {@code rule "name"} line. So a host that carries only the
 * shipped, precompiled rules (no drools-drl-parser on its class path, docs/dependencies.md) still lists the rule
 * catalogue and names a failing rule's file and line.
 *
 * <p>Order: source order (files in the order of {@code sources}, then line). A rule of the rule base that no source
 * line declares (it cannot happen for a rule base built from {@code sources}) comes last, at line 0 of file "?".
 */
final class PrecompiledRuleIndex {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.$]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'((?:[^'\\\\]|\\\\.)*)')");

    private PrecompiledRuleIndex() {
    }

    /**
     * @param kieBase the compiled rules
     * @param sources the DRL they were compiled from (file name to text), in order
     * @return every rule of {@code kieBase}, in source order
     */
    static List<DrlInspector.RuleDefinition> definitions(KieBase kieBase, Map<String, String> sources) {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                enabled.put(key(p.getName(), r.getName()), isEnabled(r));
            }
        }
        List<DrlInspector.RuleDefinition> definitions = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String packageName = "";
            boolean inComment = false;
            List<String> lines = source.getValue().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (inComment) {
                    int close = line.indexOf("*/");
                    if (close < 0) {
                        continue;
                    }
                    inComment = false;
                    line = line.substring(close + 2);
                }
                if (line.strip().startsWith("/*") && !line.contains("*/")) {
                    inComment = true;
                    continue;
                }
                Matcher pkg = PACKAGE.matcher(line);
                if (pkg.find()) {
                    packageName = pkg.group(1);
                    continue;
                }
                Matcher rule = RULE.matcher(line);
                if (rule.find()) {
                    String name = unescape(rule.group(1) != null ? rule.group(1) : rule.group(2));
                    Boolean on = enabled.remove(key(packageName, name));
                    if (on != null) {
                        definitions.add(new DrlInspector.RuleDefinition(packageName, name, source.getKey(), i + 1, on));
                    }
                }
            }
        }
        enabled.forEach((key, on) -> {
            int dot = key.indexOf('\u0000');
            definitions.add(new DrlInspector.RuleDefinition(key.substring(0, dot), key.substring(dot + 1), "?", 0, on));
        });
        return List.copyOf(definitions);
    }

    /** False only for a rule whose {@code enabled} attribute is the constant {@code false}. */
    private static boolean isEnabled(Rule rule) {
        if (rule instanceof RuleImpl impl) {
            Enabled enabled = impl.getEnabled();
            return !(enabled instanceof EnabledBoolean) || enabled.getValue(null, null, impl, null);
        }
        return true;
    }

    private static String key(String packageName, String name) {
        return packageName + '\u0000' + name;
    }

    private static String unescape(String name) {
        return name.replaceAll("\\\\(.)", "$1");
    }
}
