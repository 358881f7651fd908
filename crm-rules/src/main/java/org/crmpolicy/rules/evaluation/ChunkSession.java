package org.crmpolicy.rules.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.engine.RuleBase;

/**
 * The one way an area runs a rule session over a chunk of facts: the named parameters and the evaluation's "now"
 * ({@link EvaluationContext}) first, then the area's facts, then fire; and the one way findings are collected from it,
 * by the {@link PolicyArea} of their rule (never by spelling the rule ID). Stateless and thread-safe.
 */
public final class ChunkSession {

    private ChunkSession() {
    }

    /**
     * Runs {@code rules} in a fresh session over the parameters, the evaluation context of {@code asOf} in the
     * policy's zone, and whatever {@code facts} inserts.
     */
    public static Facts evaluate(PolicyRuntime policy, RuleBase rules, Instant asOf, Consumer<Consumer<Object>> facts) {
        EvaluationContext now = new EvaluationContext(asOf, policy.zone());
        return rules.evaluate(insert -> {
            insert.accept(policy.parameters());
            insert.accept(now);
            facts.accept(insert);
        });
    }

    /** The findings of the session whose rule belongs to one of {@code areas}, in the session's order. */
    public static List<Finding> findings(Facts facts, Set<PolicyArea> areas) {
        List<Finding> all = facts.ofType(Finding.class);
        List<Finding> found = new ArrayList<>(all.size());
        for (Finding f : all) {
            if (areas.contains(f.ruleId().area())) {
                found.add(f);
            }
        }
        return found;
    }
}
