package org.crmpolicy.examples.flink;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crmpolicy.rules.CrmPolicy;

/**
 * Which policy the job's tasks build: what travels in the job graph instead of the policy itself (a rule base is not
 * serializable, and building it on the client to ship it would be the wrong place anyway). Each task builds it in
 * {@code open(OpenContext)} through {@link #policy()}, which builds it once per JVM (task manager) and class loader
 * and hands every later task the same thread-safe instance.
 *
 * <p>The shipped rules are precompiled (executable model): use them on a shared session cluster. A rule directory is
 * compiled from DRL at run time, and each job's class loader keeps its own generated classes: on a session cluster
 * that leaks metaspace job after job, so run such jobs in application or per-job mode.
 *
 * @param ruleDirectory a host's DRL directory on every task manager, or {@code null} for the shipped rules only
 */
public record PolicySource(String ruleDirectory) implements Serializable {

    private static final Map<PolicySource, CrmPolicy> BUILT = new ConcurrentHashMap<>();

    /** The shipped rules, with the shipped parameters. */
    public static PolicySource shipped() {
        return new PolicySource(null);
    }

    /** The policy this source names, built on first use in this JVM. */
    public CrmPolicy policy() {
        return BUILT.computeIfAbsent(this, s -> s.ruleDirectory == null ? CrmPolicy.standard()
                : CrmPolicy.builder().ruleDirectory(Path.of(s.ruleDirectory)).build());
    }
}
