package org.crmpolicy.rules.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    static final Pattern ID_TOKEN = Pattern.compile(
            "([TCRDPAIM])([1-9][0-9]*)([a-z]?)(?:[-\u2013]([TCRDPAIM]?)([1-9][0-9]*))?,?");

    /**
     * The catalogue IDs a rule name begins with: one ID ({@code T3 ...}) or, for a rule over a table of facts,
     * several tokens and ranges ({@code D1-D4 D8 D14 ...}, {@code C1-C11 R1-R6 ...}); a range claims every ID in it.
     * Empty when the name does not begin with an ID.
     *
     * <pre>{@code
     * EnforcedRule.idsOf("D1-D3 D8 Response deadlines");  // [D1, D2, D3, D8]
     * }</pre>
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
    public static String sentenceOf(String name) {
        String[] tokens = name.strip().split("\\s+");
        int i = 0;
        while (i < tokens.length && ID_TOKEN.matcher(tokens[i]).matches()) {
            i++;
        }
        return String.join(" ", java.util.Arrays.asList(tokens).subList(i, tokens.length));
    }

    /** {@code ID file:line name}. */
    @Override
    public String toString() {
        return id() + " " + file + ":" + line + " " + name;
    }
}
