package org.crmpolicy.rules.engine;

import java.util.List;

/**
 * A rule set that does not compile. Carries every problem as {@code file:line:column: message}; the rule set that
 * was serving before (if any) keeps serving.
 */
public class RuleSetRejectedException extends IllegalArgumentException {

    private final List<String> problems;

    public RuleSetRejectedException(List<String> problems) {
        super("rule set rejected, " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, one {@code file:line:column: message} each. */
    public List<String> problems() {
        return problems;
    }
}
