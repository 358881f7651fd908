package org.crmpolicy.rules.authoring;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule set that does not compile, thrown by {@code CrmPolicy.builder().build()} and {@code CrmPolicy.reload()}.
 * Carries every problem with its file, line and column; the rule set that was serving before (if any) keeps serving.
 *
 * <pre>{@code
 * try {
 *     policy.reload();
 * } catch (RuleSetRejectedException e) {
 *     e.problems().forEach(p -> editor.mark(p.file(), p.line(), p.column(), p.message()));
 * }
 * }</pre>
 */
public class RuleSetRejectedException extends IllegalArgumentException {

    private final transient List<RuleProblem> problems;

    /** @param problems every problem, in file order; not empty */
    public RuleSetRejectedException(List<RuleProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file then line order; never empty. */
    public List<RuleProblem> problems() {
        return problems;
    }

    private static String message(List<RuleProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        return "rule set rejected, " + problems.size() + " problem(s):\n  "
                + problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n  "));
    }
}
