package org.crmpolicy.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable rule set: the one place that touches the KIE API. Thread-safe; the compiled
 * {@link KieBase} is shared and every {@link #evaluate} call runs in a fresh session that is disposed afterwards.
 *
 * <p>Internal: no type of this package appears in the public API of crm-rules.
 */
public final class RuleBase {

    /** The shipped DRL files, listed in this resource one per line, relative to {@code org/crmpolicy/rules/}. */
    public static final String SHIPPED_INDEX = "org/crmpolicy/rules/shipped-rules.txt";
    private static final String SHIPPED_DIR = "org/crmpolicy/rules/";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    private final KieBase kieBase;
    private final Map<String, String> sources;

    private RuleBase(KieBase kieBase, Map<String, String> sources) {
        this.kieBase = kieBase;
        this.sources = sources;
    }

    /** The DRL shipped in the jar, by file name, in index order. */
    public static Map<String, String> shippedSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : readResource(SHIPPED_INDEX).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            sources.put(name, readResource(SHIPPED_DIR + name));
        }
        return sources;
    }

    /**
     * Compiles DRL sources (file name to text).
     *
     * @throws RuleSetException with every problem as {@code file:line: message} when any source does not compile
     */
    public static RuleBase compile(Map<String, String> sources) {
        long started = System.nanoTime();
        KieServices ks = KieServices.get();
        ReleaseId releaseId = ks.newReleaseId("org.crmpolicy.generated", "rules-" + Integer.toHexString(sources.hashCode()),
                "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(releaseId);
        sources.forEach((name, text) -> kfs.write("src/main/resources/" + SHIPPED_DIR + name, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "?" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
            problems.add(path + ":" + Math.max(m.getLine(), 0) + ":" + Math.max(m.getColumn(), 0) + ": "
                    + m.getText().strip());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        LOG.info("crm-policy rule base compiled: {} rules from {} files in {} ms", ruleCount(kieBase), sources.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new RuleBase(kieBase, Map.copyOf(sources));
    }

    /**
     * Runs the rules over {@code facts} in a fresh session and returns every fact the session holds afterwards
     * (the inputs and what the rules inserted).
     */
    public Facts evaluate(Collection<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new Facts(new ArrayList<>(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    /** Like {@link #evaluate(Collection)} for facts supplied by a callback (avoids building a list). */
    public Facts evaluate(Consumer<Consumer<Object>> inserter) {
        KieSession session = kieBase.newKieSession();
        try {
            inserter.accept(session::insert);
            session.fireAllRules();
            return new Facts(new ArrayList<>(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    /** The rules in this rule base as (package, name) pairs. */
    public List<RuleName> rules() {
        List<RuleName> names = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                names.add(new RuleName(p.getName(), r.getName()));
            }
        }
        return names;
    }

    /** The DRL sources this rule base was compiled from, by file name. */
    public Map<String, String> sources() {
        return sources;
    }

    public record RuleName(String packageName, String name) {
    }

    private static int ruleCount(KieBase kieBase) {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private static String readResource(String path) {
        try (InputStream in = RuleBase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule resource missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
