package org.crmpolicy.rules.engine;

import java.util.List;

/** Internal carrier of compile problems; the façade rethrows it as the public {@code RuleSetRejectedException}. */
public final class RuleSetException extends RuntimeException {

    private final List<String> problems;

    public RuleSetException(List<String> problems) {
        super(problems.size() + " problem(s) in the rule set:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
