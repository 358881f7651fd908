package org.crmpolicy.rules.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicReference;
import org.crmpolicy.rules.catalogue.EnforcedRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;

/**
 * Holds the running rule base and swaps it atomically on reload. A reload compiles the new rule set off to the side
 * (shipped DRL merged with the host's rule directory; the precompiled shipped rules when the directory changes
 * nothing); when it is rejected nothing changes. An evaluation takes the
 * rule base once ({@link #current()}) and finishes on it even if a reload swaps in another meanwhile.
 * Thread-safe; reloads are serialised.
 */
public final class RuleSetHolder {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetHolder.class);

    private final Map<String, String> base;
    private final Path directory;
    private final AtomicReference<RuleBase> current;
    private final Consumer<RuleBase> smokeTest;
    private final BiConsumer<String, String> parameterCheck;

    /**
     * @param parameterCheck refuses a value a decision table gives a named policy parameter (see
     *                       {@link RuleSources#merge})
     * @param smokeTest runs a probe evaluation per policy area on a freshly compiled rule set (on reload, and at build
     *                  time when there is a rule directory); when it throws, the rule set is rejected
     * @throws RuleSetRejectedException when the initial rule set does not compile or fails the smoke test
     */
    public RuleSetHolder(Map<String, String> base, Path directory, BiConsumer<String, String> parameterCheck,
                         Consumer<RuleBase> smokeTest) {
        this.base = new LinkedHashMap<>(base);
        this.directory = directory;
        this.parameterCheck = java.util.Objects.requireNonNull(parameterCheck, "parameterCheck");
        this.smokeTest = java.util.Objects.requireNonNull(smokeTest, "smokeTest");
        RuleBase first = compile();
        if (directory != null) {
            smoke(first);
        }
        this.current = new AtomicReference<>(first);
    }

    public RuleBase current() {
        return current.get();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Compiles the rule set again from the shipped DRL and the rule directory and, if it compiles, makes it the
     * running one.
     *
     * @throws RuleSetRejectedException listing every problem; the running rule set is unchanged
     */
    public synchronized RuleBase reload() {
        RuleBase next;
        try {
            next = compile();
            smoke(next);
        } catch (RuleSetRejectedException e) {
            LOG.debug("crm-policy rule set from {} rejected, the running rule set keeps serving: {}", directory,
                    e.getMessage());
            throw e;
        }
        current.set(next);
        LOG.debug("crm-policy rule set reloaded from {}: {} rules", directory, next.rules().size());
        return next;
    }

    /** The enabled rules of a rule base as catalogue rows, in file order. */
    public static List<EnforcedRule> enforcedRules(RuleBase ruleBase) {
        return ruleBase.definitions().stream()
                .filter(DrlInspector.RuleDefinition::enabled)
                .filter(d -> !d.ids().isEmpty())
                .map(d -> new EnforcedRule(d.ids(), d.name(), d.file(), d.line()))
                .toList();
    }

    /** Runs the smoke test; a failure rejects the rule set, naming the failing rule with its file and line. */
    private void smoke(RuleBase candidate) {
        try {
            candidate.traceFiringsDuring(() -> smokeTest.accept(candidate));
        } catch (RuleSetRejectedException e) {
            throw e; // the smoke test's own problems (the table rows' check), each located
        } catch (RuntimeException e) {
            throw new RuleSetRejectedException(List.of(RuleBase.describeFailure(candidate, e)));
        }
    }

    private RuleBase compile() {
        return RuleBase.load(RuleSources.merge(base, directory, parameterCheck));
    }
}
