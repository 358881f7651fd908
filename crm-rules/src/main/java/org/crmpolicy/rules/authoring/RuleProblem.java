package org.crmpolicy.rules.authoring;

import java.util.Objects;

/**
 * One problem found in a rule set, located as {@code file:line:column} (both 1-based, as editors count). The one
 * problem type of crm-rules: a rejected rule set ({@link RuleSetRejectedException#problems()}) and the rule lint
 * both report these. Immutable.
 *
 * <pre>{@code
 * RuleProblem p = e.problems().get(0);
 * p.file();      // "tiers.drl"
 * p.line();      // 12
 * p.toString();  // "tiers.drl:12:5: unknown field 'volume' on Customer in 'volume > 5'"
 * }</pre>
 *
 * @param file    the DRL file name, e.g. {@code tiers.drl}, or the rule directory when the problem is the directory
 * @param line    1-based line; 0 when there is none (a file that cannot be read)
 * @param column  1-based column; 0 when there is none
 * @param message what is wrong, one line; a lint warning begins with {@code warning: }
 */
public record RuleProblem(String file, int line, int column, String message) {

    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem that does not refuse the rule set (the lint's static checks): its message begins with {@code warning: }. */
    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, "warning: " + message);
    }

    /** {@code file:line:column: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
