package org.crmpolicy.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled, immutable rule set: the one place that touches the KIE API. Thread-safe; the compiled
 * {@link KieBase} is shared and every {@link #evaluate} call runs in a fresh session that is disposed afterwards.
 *
 * <p>Two ways to get one. The shipped DRL is precompiled at build time into the Drools executable model (the
 * {@code kie-maven-plugin} in crm-rules' pom writes the generated classes into the jar); {@link #shipped()} loads
 * those classes, which takes a fraction of the time of compiling DRL. Any other rule set (a host's rule directory)
 * is compiled from DRL at run time by {@link #compile(Map)}. {@link #load(Map)} picks the fast path when the
 * sources are exactly the shipped ones. The system property {@value #MODE_PROPERTY} = {@code drl} forces run-time
 * compilation everywhere (tests and benchmarks compare both paths with it).
 *
 * <p>Internal: no type of this package appears in the public API of crm-rules.
 */
public final class RuleBase {

    /** The shipped DRL files, listed in this resource one per line, relative to {@code org/crmpolicy/rules/}. */
    public static final String SHIPPED_INDEX = "org/crmpolicy/rules/shipped-rules.txt";
    private static final String SHIPPED_DIR = "org/crmpolicy/rules/";
    /** Written by the kie-maven-plugin: the executable-model classes of the shipped rules, one per package. */
    public static final String SHIPPED_MODEL_INDEX = "META-INF/kie/org.crmpolicy/crm-rules/drools-model";
    /** System property choosing how the shipped rules are obtained: {@code precompiled} (default) or {@code drl}. */
    public static final String MODE_PROPERTY = "crmpolicy.rules.mode";
    private static final String MODEL_VERSION_HEADER = "Drools-Model-Version:";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBase.class);

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+ ");
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]\\n]*)]");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: (?:[\\w$]+\\.)*([\\w$]+)\\.(\\w+)\\(\\)");
    private static final Pattern UNKNOWN_FIELD_MESSAGE = Pattern.compile("^unknown field '([\\w$]+)' on ");
    private static final Pattern MISSING_END = Pattern.compile(
            "^mismatched input '(end|<eof>)' in rule \"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RULE_KEYWORD = Pattern.compile("^\\s*rule\\s+[\"']");
    private static final Pattern RULE_NAME_TAIL = Pattern.compile("\\s*:?\\s*\\[Rule name='[^']*']\\s*$");

    private final KieBase kieBase;
    private final Map<String, String> sources;
    private final boolean precompiled;
    private volatile List<DrlInspector.RuleDefinition> definitions;
    /** Set while a candidate rule set runs its smoke test: sessions then record the rule whose consequence fires. */
    private volatile boolean tracingFirings;

    private RuleBase(KieBase kieBase, Map<String, String> sources, boolean precompiled,
                     List<DrlInspector.RuleDefinition> definitions) {
        this.kieBase = kieBase;
        this.sources = sources;
        this.precompiled = precompiled;
        this.definitions = definitions;
    }

    /**
     * The rule base for {@code sources}: the {@linkplain #shipped() precompiled shipped rules} when {@code sources}
     * are exactly the shipped DRL, the precompiled model is on the class path and {@value #MODE_PROPERTY} is not
     * {@code drl}; otherwise {@linkplain #compile(Map) compiled from DRL}.
     *
     * @throws RuleSetRejectedException as {@link #compile(Map)}
     */
    public static RuleBase load(Map<String, String> sources) {
        if (!"drl".equalsIgnoreCase(System.getProperty(MODE_PROPERTY, "precompiled"))
                && sources.equals(shippedSources())) {
            if (RuleBase.class.getClassLoader().getResource(SHIPPED_MODEL_INDEX) != null) {
                return shipped();
            }
            LOG.warn("crm-policy precompiled rules missing from the class path ({}): compiling the shipped DRL",
                    SHIPPED_MODEL_INDEX);
        }
        return compile(sources);
    }

    /**
     * The shipped rules from their executable model, precompiled at build time.
     *
     * @throws IllegalStateException when the precompiled model is not on the class path
     */
    public static RuleBase shipped() {
        return precompiled(SHIPPED_MODEL_INDEX, RuleBase.class.getClassLoader(), shippedSources());
    }

    /**
     * A rule base from executable-model classes generated at build time by the kie-maven-plugin.
     *
     * @param modelIndex the plugin's {@code META-INF/kie/<groupId>/<artifactId>/drools-model} resource listing the
     *                   generated model classes
     * @param loader     the class loader holding the index and the generated classes
     * @param sources    the DRL the model was generated from, reported by {@link #sources()}
     * @throws IllegalStateException when the index or a model class is missing
     */
    public static RuleBase precompiled(String modelIndex, ClassLoader loader, Map<String, String> sources) {
        long started = System.nanoTime();
        List<Model> models = new ArrayList<>();
        for (String className : readResource(loader, modelIndex).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith(MODEL_VERSION_HEADER)).toList()) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("precompiled rule model " + className + " listed in " + modelIndex
                        + " cannot be loaded", e);
            }
        }
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models);
        LOG.debug("crm-policy rule base compiled at build time (executable model), loaded: {} rules in {} ms",
                ruleCount(kieBase), (System.nanoTime() - started) / 1_000_000);
        return new RuleBase(kieBase, Collections.unmodifiableMap(new LinkedHashMap<>(sources)), true, null);
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
     * Compiles DRL sources (file name to text) after checking rule names (catalogue ID first, no duplicates).
     *
     * @throws RuleSetRejectedException with every problem ({@code file:line:column: message}) when any source is wrong;
     *                          nothing is half-built
     * @throws IllegalStateException    when the DRL compiler (an optional dependency) is not on the class path
     */
    public static RuleBase compile(Map<String, String> sources) {
        RuleSources.requireRuleCompiler("compiling DRL at run time");
        long started = System.nanoTime();
        DrlInspector.Inspection inspection = DrlInspector.inspect(sources);
        List<RuleProblem> problems = new ArrayList<>(inspection.problems());
        // the knowledge builder directly, not a KieBuilder: the KIE project around it logs every rejected rule set as
        // a multi-line ERROR block of its own (0-based columns) that a host would see beside our exception
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        sources.forEach((name, text) -> batch.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                .setSourcePath(SHIPPED_DIR + name), ResourceType.DRL));
        batch.build();
        long id = 0;
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR)) {
            RuleProblem problem = located(toProblem(result.asMessage(id++)), sources);
            if (problem != null && !isReportedDuplicate(problem, inspection.duplicatedNames())
                    && !isAtADuplicate(problem, inspection.problems())) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetRejectedException(sorted(problems, sources));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        LOG.debug("crm-policy rule base compiled: {} rules from {} files in {} ms", ruleCount(kieBase), sources.size(),
                (System.nanoTime() - started) / 1_000_000);
        return new RuleBase(kieBase, Collections.unmodifiableMap(new LinkedHashMap<>(sources)), false,
                inspection.rules());
    }

    /**
     * What the rule lint reports for {@code sources}: the errors that make {@link #compile(Map)} refuse them, and the
     * warnings that do not (static checks; rule names with an ID {@code catalogue} does not have).
     *
     * @param sources   DRL file name to text, in order
     * @param catalogue the catalogue IDs a rule may name
     */
    public static Check check(Map<String, String> sources, java.util.Set<RuleId> catalogue) {
        RuleSources.requireRuleCompiler("the rule lint");
        List<RuleProblem> errors = List.of();
        try {
            compile(sources);
        } catch (RuleSetRejectedException e) {
            errors = e.problems();
        }
        DrlInspector.Inspection inspection = DrlInspector.inspect(sources);
        List<RuleProblem> warnings = new ArrayList<>(StaticChecks.check(inspection));
        for (DrlInspector.RuleDefinition r : inspection.rules()) {
            r.ids().stream().filter(id -> !catalogue.contains(id)).forEach(id -> warnings.add(RuleProblem.warning(
                    r.file(), r.line(), 1, "rule \"" + r.name() + "\": " + id + " is not an ID of the policy catalogue; "
                            + "use the ID of the clause the rule enforces")));
        }
        return new Check(inspection.rules().size(), errors, List.copyOf(warnings));
    }

    /**
     * What {@link #check(Map, java.util.Set)} found.
     *
     * @param rules    how many rules the sources define
     * @param errors   problems that refuse the rule set
     * @param warnings problems that do not
     */
    public record Check(int rules, List<RuleProblem> errors, List<RuleProblem> warnings) {
    }

    /** One compiler message as a one-line problem, or null for noise that repeats another message. */
    static RuleProblem toProblem(Message m) {
        String path = m.getPath() == null ? "?" : m.getPath().substring(m.getPath().lastIndexOf('/') + 1);
        String text = m.getText() == null ? "" : m.getText().strip();
        if (text.startsWith("Parser returned a null Package")) {
            return null;
        }
        int line = Math.max(m.getLine(), 0);
        int column = Math.max(m.getColumn(), 0) + 1;
        Matcher position = MVEL_POSITION.matcher(text);
        if (position.find() && Integer.parseInt(position.group(1)) == line) {
            column = Integer.parseInt(position.group(2)) + 1;
        }
        String first = text.lines().findFirst().orElse("").strip();
        first = RULE_NAME_TAIL.matcher(PARSER_PREFIX.matcher(first).replaceFirst("")).replaceFirst("");
        Matcher error = MVEL_ERROR.matcher(text);
        if (error.find()) {
            String detail = error.group(1).strip();
            Matcher unknown = UNKNOWN_FIELD.matcher(detail);
            String expression = first.replaceFirst("^Unable to Analyse Expression ", "").replaceFirst(":$", "");
            first = unknown.find()
                    ? "unknown field '" + unknown.group(2) + "' on " + unknown.group(1) + " in '" + expression + "'"
                    : first.replaceFirst(":$", "") + ": " + detail;
        } else if (first.startsWith("Rule Compilation error")) {
            String rest = text.substring("Rule Compilation error".length()).lines()
                    .map(l -> RULE_NAME_TAIL.matcher(l).replaceFirst("").strip())
                    .filter(l -> !l.isEmpty() && !l.equals(":")).collect(Collectors.joining(" "));
            first = CONSEQUENCE_PREFIX + rest;
        }
        return new RuleProblem(path, line, column, first.replaceAll("\\s+", " "));
    }

    /**
     * The problem at the line a rule author looks for: an unknown field at the line of its constraint (the compiler
     * names the line where the pattern starts), a rule without {@code end} at the rule itself (the parser names the
     * next rule's {@code end} or the end of the file).
     */
    private static final String CONSEQUENCE_PREFIX = "the rule's consequence (then part) does not compile: ";
    /** What a Java compiler message about a consequence names: a method, a name, or a token. */
    private static final Pattern CONSEQUENCE_CULPRIT = Pattern.compile(
            "The method (\\w+)\\(|^(\\w+) cannot be resolved|Syntax error on token \"([^\"]+)\"|The type (\\w+) is");

    /**
     * A consequence that does not compile, at the line (and column) of the consequence that holds what the compiler
     * names, instead of the rule's first line; the rule's line when the name is not found.
     */
    private static RuleProblem atTheConsequenceLine(RuleProblem problem, List<String> lines) {
        Matcher culprit = CONSEQUENCE_CULPRIT.matcher(problem.message().substring(CONSEQUENCE_PREFIX.length()));
        if (!culprit.find()) {
            return problem;
        }
        String name = culprit.group(1) != null ? culprit.group(1) + "(" : culprit.group(2) != null ? culprit.group(2)
                : culprit.group(3) != null ? culprit.group(3) : culprit.group(4);
        Pattern at = Pattern.compile((Character.isJavaIdentifierStart(name.charAt(0)) ? "(?<![\\w$])" : "")
                + Pattern.quote(name));
        int i = problem.line() - 1;
        while (i < lines.size() && !THEN_LINE.matcher(lines.get(i)).find()) {
            i++;
        }
        for (i++; i < lines.size() && !END_LINE.matcher(lines.get(i)).find(); i++) {
            Matcher m = at.matcher(lines.get(i));
            if (m.find()) {
                return new RuleProblem(problem.file(), i + 1, m.start() + 1, problem.message());
            }
        }
        return problem;
    }

    private static final Pattern THEN_LINE = Pattern.compile("^\\s*then\\b");
    private static final Pattern END_LINE = Pattern.compile("^\\s*end\\s*$");

    static RuleProblem located(RuleProblem problem, Map<String, String> sources) {
        if (problem == null || !sources.containsKey(problem.file()) || problem.line() < 1) {
            return problem;
        }
        List<String> lines = sources.get(problem.file()).lines().toList();
        Matcher unknown = UNKNOWN_FIELD_MESSAGE.matcher(problem.message());
        if (unknown.find()) {
            Pattern field = Pattern.compile("(?<![\\w$.])" + Pattern.quote(unknown.group(1)) + "\\b");
            for (int i = problem.line() - 1; i < lines.size() && !lines.get(i).strip().equals("then"); i++) {
                Matcher at = field.matcher(lines.get(i));
                if (at.find()) {
                    return i + 1 == problem.line() ? problem
                            : new RuleProblem(problem.file(), i + 1, at.start() + 1, problem.message());
                }
            }
            return problem;
        }
        if (problem.message().startsWith(CONSEQUENCE_PREFIX)) {
            return atTheConsequenceLine(problem, lines);
        }
        Matcher mismatched = MISSING_END.matcher(problem.message());
        if (mismatched.find()) {
            String rule = mismatched.group(2);
            Pattern start = Pattern.compile("^\\s*rule\\s+\"" + Pattern.quote(rule) + "\"");
            int ruleLine = -1;
            for (int i = 0; i < Math.min(problem.line(), lines.size()); i++) {
                if (start.matcher(lines.get(i)).find()) {
                    ruleLine = i + 1;
                }
            }
            boolean anotherRuleBefore = ruleLine > 0 && lines.subList(ruleLine, Math.min(problem.line(), lines.size()))
                    .stream().anyMatch(l -> RULE_KEYWORD.matcher(l).find());
            if (ruleLine > 0 && (mismatched.group(1).equalsIgnoreCase("<eof>") || anotherRuleBefore)) {
                return new RuleProblem(problem.file(), ruleLine, 1, "rule \"" + rule + "\" has no 'end': "
                        + (anotherRuleBefore ? "the next rule begins before it ends" : "the file ends before it does"));
            }
        }
        return problem;
    }

    /** The compiler's own complaint about the second rule of a duplicated name ("The type Rule_… is already defined"). */
    private static boolean isAtADuplicate(RuleProblem problem, List<RuleProblem> inspected) {
        return problem.message().contains("is already defined") && inspected.stream().anyMatch(p ->
                p.message().startsWith("duplicate rule name") && p.file().equals(problem.file())
                        && p.line() == problem.line());
    }

    private static boolean isReportedDuplicate(RuleProblem problem, java.util.Set<String> duplicated) {
        return problem.message().startsWith("Duplicate rule name")
                && duplicated.stream().anyMatch(name -> problem.message().endsWith(name));
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems, Map<String, String> sources) {
        List<String> order = new ArrayList<>(sources.keySet());
        return problems.stream().distinct()
                .sorted(Comparator.comparingInt((RuleProblem p) -> order.indexOf(p.file()) < 0 ? Integer.MAX_VALUE
                                : order.indexOf(p.file()))
                        .thenComparingInt(RuleProblem::line).thenComparingInt(RuleProblem::column))
                .toList();
    }

    /**
     * Runs the rules over {@code facts} in a fresh session and returns every fact the session holds afterwards
     * (the inputs and what the rules inserted).
     */
    public Facts evaluate(Collection<?> facts) {
        return evaluate(insert -> facts.forEach(insert));
    }

    /** Like {@link #evaluate(Collection)} for facts supplied by a callback (avoids building a list). */
    public Facts evaluate(Consumer<Consumer<Object>> inserter) {
        KieSession session = kieBase.newKieSession();
        FiringTrace trace = tracingFirings ? new FiringTrace() : null;
        if (trace != null) {
            session.addEventListener(trace);
        }
        try {
            inserter.accept(session::insert);
            session.fireAllRules();
            return new Facts(new ArrayList<>(session.getObjects()));
        } catch (RuntimeException e) {
            if (trace != null && trace.firing != null) {
                Throwable cause = e;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                throw new RuleFailure(trace.firing, cause);
            }
            throw withoutEngine(e);
        } finally {
            session.dispose();
        }
    }

    /**
     * An exception out of a rule session without the engine's wrapping (issue 20, defect 2): a caller error a rule
     * raised through a domain method (an {@link IllegalArgumentException}, for instance a date outside the supported
     * range) is rethrown as it is; anything else becomes an {@link IllegalStateException} naming the rule and the
     * cause, with no engine type in its chain.
     */
    RuntimeException withoutEngine(RuntimeException e) {
        Throwable inner = e;
        while (inner != null && isEngine(inner) && inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        if (!isEngine(e) || inner == null) {
            return e;
        }
        if (!isEngine(inner) && inner instanceof RuntimeException r
                && (r instanceof IllegalArgumentException && !(r instanceof NumberFormatException)
                || r instanceof NullPointerException && r.getMessage() != null
                || r instanceof IllegalStateException && r.getClass().getName().startsWith("org.crmpolicy."))) {
            return r;
        }
        String description = describeFailure(this, e).toString();
        IllegalStateException failure = new IllegalStateException(description);
        if (!isEngine(inner)) {
            failure.initCause(inner);
        }
        return failure;
    }

    /**
     * Runs {@code work} (a smoke test of this rule set) with every session recording the rule whose consequence is
     * firing, so that a failure names its rule with file and line even where the engine's exception does not (the
     * rule set compiled from DRL at run time rethrows the consequence's exception bare). Off in normal evaluations:
     * the listener costs an event object per firing.
     */
    public void traceFiringsDuring(Runnable work) {
        tracingFirings = true;
        try {
            work.run();
        } finally {
            tracingFirings = false;
        }
    }

    /** Remembers the rule whose consequence runs, from before it fires until after it has fired. */
    private static final class FiringTrace extends org.kie.api.event.rule.DefaultAgendaEventListener {
        private String firing;

        @Override
        public void beforeMatchFired(org.kie.api.event.rule.BeforeMatchFiredEvent event) {
            firing = event.getMatch().getRule().getName();
        }

        @Override
        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
            firing = null;
        }
    }

    /** A failure inside the consequence of a named rule, recorded by {@link FiringTrace}; never leaves the engine. */
    private static final class RuleFailure extends RuntimeException {
        private final String rule;

        RuleFailure(String rule, Throwable cause) {
            super("rule \"" + rule + "\" failed", cause, false, false);
            this.rule = rule;
        }
    }

    private static boolean isEngine(Throwable t) {
        String type = t.getClass().getName();
        return type.startsWith("org.kie.") || type.startsWith("org.drools.") || type.startsWith("org.mvel2.");
    }

    /**
     * A run-time failure of this rule set as one problem line, {@code file:line: rule 'name' throws when it runs:
     * cause}, the rule found from the engine's consequence or constraint error when it names one.
     */
    public static RuleProblem describeFailure(RuleBase rules, RuntimeException failure) {
        String ruleName = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (ruleName == null && t instanceof RuleFailure f) {
                ruleName = f.rule;
                continue;
            }
            if (ruleName == null && t instanceof org.kie.api.runtime.rule.ConsequenceException ce
                    && ce.getMatch() != null && ce.getMatch().getRule() != null) {
                ruleName = ce.getMatch().getRule().getName();
            }
            if (ruleName == null && t.getMessage() != null) {
                Matcher m = FAILED_RULE.matcher(t.getMessage());
                if (m.find()) {
                    ruleName = m.group(1);
                }
            }
            root = t;
        }
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        if (cause.length() > 300) {
            cause = cause.substring(0, 297) + "...";
        }
        if (ruleName != null) {
            for (DrlInspector.RuleDefinition d : rules.definitions()) {
                if (d.name().equals(ruleName)) {
                    return new RuleProblem(d.file(), d.line(), 1, "rule '" + ruleName + "' throws when it runs: " + cause);
                }
            }
            return new RuleProblem("?", 0, 0, "rule '" + ruleName + "' throws when it runs: " + cause);
        }
        return new RuleProblem("?", 0, 0, "the rule set throws when it runs: " + cause);
    }

    private static final Pattern FAILED_RULE = Pattern.compile("[Rr]ule \"([^\"]+)\"");

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

    /** Every rule as written (name, file, line, enabled), in file order. Thread-safe. */
    List<DrlInspector.RuleDefinition> definitions() {
        List<DrlInspector.RuleDefinition> known = definitions;
        if (known == null) {
            // a precompiled rule base was not parsed when loaded: its rules from the kieBase, their lines from the
            // DRL, once, on first use, without the DRL parser (a precompiled-only host does not carry it)
            known = PrecompiledRuleIndex.definitions(kieBase, sources);
            definitions = known;
        }
        return known;
    }

    /** The names of the rules that carry {@code enabled false} (compiled, never fire), in file order. */
    public List<String> switchedOff() {
        return definitions().stream().filter(d -> !d.enabled()).map(DrlInspector.RuleDefinition::name).toList();
    }

    /**
     * A problem at the rule named {@code namePrefix}, or else at the first rule whose name begins with it (a switched-off
     * one first: that is where a row was taken out of force), in file order; at {@code ?} when there is none.
     */
    public RuleProblem problemAt(String namePrefix, String message) {
        List<DrlInspector.RuleDefinition> matching = definitions().stream()
                .filter(d -> d.name().startsWith(namePrefix)).toList();
        return matching.stream().filter(d -> d.name().equals(namePrefix)).findFirst()
                .or(() -> matching.stream().filter(d -> !d.enabled()).findFirst())
                .or(() -> matching.stream().findFirst())
                .map(d -> new RuleProblem(d.file(), d.line(), 1, message))
                .orElseGet(() -> new RuleProblem("?", 0, 0, message));
    }

    /** The compiled rules (internal: for {@link PrecompiledRuleIndex} and its tests). */
    KieBase kieBase() {
        return kieBase;
    }

    /** The DRL sources this rule base was compiled from, by file name. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Whether this rule base was loaded from build-time generated classes rather than compiled from DRL. */
    public boolean isPrecompiled() {
        return precompiled;
    }

    public record RuleName(String packageName, String name) {
    }

    private static int ruleCount(KieBase kieBase) {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private static String readResource(String path) {
        return readResource(RuleBase.class.getClassLoader(), path);
    }

    private static String readResource(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("rule resource missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
