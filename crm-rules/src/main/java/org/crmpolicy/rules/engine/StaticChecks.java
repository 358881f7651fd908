package org.crmpolicy.rules.engine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks a rule author cannot easily do by eye, on the parsed DRL (no compilation, no evaluation). All findings
 * are warnings: they point at probable mistakes, the compiler decides what is an error.
 * <ul>
 *   <li><b>same ID, overlapping conditions</b>: two rules with one catalogue ID that match the same kinds of facts,
 *       constrain the same field (or have identical constraints), whose conditions can all hold at once, and whose
 *       consequences insert the same kind of fact;</li>
 *   <li><b>threshold gap or overlap</b>: rules of one catalogue ID bounding the same field of the same fact type
 *       with number literals ({@code annualVolume < 100000}, {@code annualVolume >= 200000}) that leave a range no rule covers,
 *       or cover a range twice where neither range contains the other;</li>
 *   <li><b>can never fire</b>: a pattern whose constraints contradict each other, test a field the fact type
 *       declares {@code @NotNull} for {@code == null}, or bound a number outside the range the fact type declares
 *       ({@code @PositiveOrZero}, {@code @Positive}, {@code @Min}, {@code @Max}).</li>
 * </ul>
 * Constraints are understood when written as {@code left op right} with {@code op} one of
 * {@code == != < <= > >=}; anything else is assumed satisfiable. Stateless and thread-safe.
 */
final class StaticChecks {

    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(==|!=|<=|>=|<|>)\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern BINDING = Pattern.compile("^\\$[\\w$]+\\s*:\\s*");
    private static final Pattern CONSTANT = Pattern.compile("^(null|true|false|\"[^\"]*\"|[A-Z][\\w$]*\\.[A-Z][A-Z0-9_]*|-?\\d[\\d_]*(\\.\\d+)?[BIL]?)$");
    private static final Pattern INSERTED = Pattern.compile("(?:new\\s+([A-Z][\\w$]*)\\s*\\(|\\b([A-Z][\\w$]*)\\.(of|info|warning|violation)\\s*\\()");

    private StaticChecks() {
    }

    /** Runs every check over the inspected sources; returns warnings in file order. */
    static List<RuleProblem> check(DrlInspector.Inspection inspection) {
        List<RuleShape> rules = new ArrayList<>();
        for (Map.Entry<String, PackageDescr> e : inspection.packages().entrySet()) {
            for (RuleDescr r : e.getValue().getRules()) {
                if (r.getName() != null && !isDisabled(r)) {
                    rules.add(RuleShape.of(e.getKey(), e.getValue(), r));
                }
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleShape rule : rules) {
            neverFires(rule, problems);
        }
        sameIdOverlap(rules, problems);
        thresholds(rules, problems);
        return problems;
    }

    // ------------------------------------------------------------------ can never fire

    private static void neverFires(RuleShape rule, List<RuleProblem> problems) {
        for (PatternShape p : rule.patterns) {
            for (int i = 0; i < p.conditions.size(); i++) {
                for (int j = i + 1; j < p.conditions.size(); j++) {
                    Condition a = p.conditions.get(i);
                    Condition b = p.conditions.get(j);
                    if (a.left.equals(b.left) && a.disjointWith(b)) {
                        problems.add(rule.warning(p.line, "rule \"" + rule.name + "\" can never fire: in " + p.type
                                + "( ... ) '" + a + "' and '" + b + "' cannot both hold"));
                    }
                }
            }
            if (p.type == null || p.negated) {
                continue;
            }
            Optional<Class<?>> type = p.resolve(rule.pkg);
            if (type.isEmpty()) {
                continue;
            }
            for (Condition c : p.conditions) {
                declaredContradiction(type.get(), c).ifPresent(why -> problems.add(rule.warning(p.line, "rule \""
                        + rule.name + "\" can never fire: '" + c + "' but " + why)));
            }
        }
    }

    private static Optional<String> declaredContradiction(Class<?> type, Condition c) {
        if (!c.left.matches("[a-z][\\w$]*")) {
            return Optional.empty();
        }
        List<AnnotatedElement> declared = declarations(type, c.left);
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        String what = type.getSimpleName() + "." + c.left;
        if (c.op.equals("==") && c.right.equals("null") && has(declared, NotNull.class)) {
            return Optional.of(what + " is declared @NotNull and the policy validates every fact it is given");
        }
        if (c.number == null) {
            return Optional.empty();
        }
        Interval allowed = Interval.ALL;
        if (has(declared, PositiveOrZero.class)) {
            allowed = allowed.intersect(Interval.bound(">=", BigDecimal.ZERO));
        }
        if (has(declared, Positive.class)) {
            allowed = allowed.intersect(Interval.bound(">", BigDecimal.ZERO));
        }
        for (AnnotatedElement e : declared) {
            Min min = e.getAnnotation(Min.class);
            if (min != null) {
                allowed = allowed.intersect(Interval.bound(">=", BigDecimal.valueOf(min.value())));
            }
            Max max = e.getAnnotation(Max.class);
            if (max != null) {
                allowed = allowed.intersect(Interval.bound("<=", BigDecimal.valueOf(max.value())));
            }
        }
        Interval wanted = Interval.bound(c.op, c.number);
        if (wanted != null && allowed != Interval.ALL && allowed.intersect(wanted).isEmpty()) {
            return Optional.of(what + " is declared " + allowed);
        }
        return Optional.empty();
    }

    private static List<AnnotatedElement> declarations(Class<?> type, String field) {
        List<AnnotatedElement> found = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                found.add(c.getDeclaredField(field));
            } catch (NoSuchFieldException | LinkageError e) {
                // not declared here
            }
        }
        try {
            found.add(type.getMethod(field));
        } catch (NoSuchMethodException | LinkageError e) {
            // not an accessor
        }
        return found;
    }

    private static boolean has(List<AnnotatedElement> declared, Class<? extends Annotation> annotation) {
        return declared.stream().anyMatch(e -> e.isAnnotationPresent(annotation));
    }

    // ------------------------------------------------------------------ same ID, overlapping conditions

    private static void sameIdOverlap(List<RuleShape> rules, List<RuleProblem> problems) {
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                RuleShape a = rules.get(i);
                RuleShape b = rules.get(j);
                if (a.id == null || !a.id.equals(b.id) || !a.signature().equals(b.signature())
                        || a.inserted.stream().noneMatch(b.inserted::contains)) {
                    continue;
                }
                if (!a.exclusiveWith(b) && (a.sharesField(b) || a.constraints().equals(b.constraints()))) {
                    problems.add(b.warning(b.line, "rules \"" + a.name + "\" (" + a.file + ":" + a.line + ") and \""
                            + b.name + "\" have the same ID " + a.id + ", match the same facts with overlapping "
                            + "conditions and both insert " + a.inserted.stream().filter(b.inserted::contains).toList()
                            + ": one fact can be decided twice; make the conditions exclusive or merge the rules"));
                }
            }
        }
    }

    // ------------------------------------------------------------------ thresholds

    private static void thresholds(List<RuleShape> rules, List<RuleProblem> problems) {
        Map<String, List<Band>> byField = new LinkedHashMap<>();
        for (RuleShape rule : rules) {
            for (PatternShape p : rule.patterns) {
                if (p.negated) {
                    continue;
                }
                Map<String, Interval> bounds = new LinkedHashMap<>();
                for (Condition c : p.conditions) {
                    Interval bound = c.number == null ? null : Interval.bound(c.op, c.number);
                    if (bound != null) {
                        bounds.merge(c.left, bound, Interval::intersect);
                    }
                }
                if (rule.id == null) {
                    continue;
                }
                bounds.forEach((left, interval) -> byField.computeIfAbsent(rule.id + "\u0000" + p.type + "." + left,
                        k -> new ArrayList<>()).add(new Band(rule, interval)));
            }
        }
        byField.forEach((key, bands) -> {
            String field = key.substring(key.indexOf('\u0000') + 1);
            if (bands.size() < 2) {
                return;
            }
            for (int i = 0; i < bands.size(); i++) {
                for (int j = i + 1; j < bands.size(); j++) {
                    Band a = bands.get(i);
                    Band b = bands.get(j);
                    Interval both = a.interval.intersect(b.interval);
                    if (!both.isEmpty() && !a.interval.contains(b.interval) && !b.interval.contains(a.interval)) {
                        problems.add(b.rule.warning(b.rule.line, "thresholds overlap on " + field + ": \"" + a.rule.name
                                + "\" (" + a.interval + ") and \"" + b.rule.name + "\" (" + b.interval + ") both cover "
                                + both + "; at a shared bound one of them should be exclusive"));
                    }
                }
            }
            for (Band low : bands) {
                if (low.interval.upper == null) {
                    continue;
                }
                Band next = null;
                for (Band high : bands) {
                    if (high.interval.lower != null && high.interval.lower.compareTo(low.interval.upper) >= 0
                            && (next == null || high.interval.lower.compareTo(next.interval.lower) < 0)) {
                        next = high;
                    }
                }
                if (next == null) {
                    continue;
                }
                Interval gap = new Interval(low.interval.upper, !low.interval.upperInclusive, next.interval.lower,
                        !next.interval.lowerInclusive);
                if (!gap.isEmpty() && bands.stream().noneMatch(b -> b.interval.contains(gap))) {
                    problems.add(next.rule.warning(next.rule.line, "threshold gap on " + field + ": no rule covers "
                            + gap + " between \"" + low.rule.name + "\" (" + low.interval + ") and \""
                            + next.rule.name + "\" (" + next.interval + ")"));
                }
            }
        });
    }

    private record Band(RuleShape rule, Interval interval) {
    }

    // ------------------------------------------------------------------ shapes read from the descriptors

    private static boolean isDisabled(RuleDescr r) {
        return r.getAttributes().containsKey("enabled")
                && "false".equalsIgnoreCase(r.getAttributes().get("enabled").getValue().strip());
    }

    private static final class RuleShape {
        final String file;
        final PackageDescr pkg;
        final String name;
        final String id;
        final int line;
        final List<PatternShape> patterns = new ArrayList<>();
        final TreeSet<String> inserted = new TreeSet<>();

        private RuleShape(String file, PackageDescr pkg, RuleDescr r) {
            this.file = file;
            this.pkg = pkg;
            this.name = r.getName();
            List<org.crmpolicy.finding.RuleId> ids = DrlInspector.idsOf(name);
            this.id = ids.isEmpty() ? null : ids.stream().map(Object::toString).collect(
                    java.util.stream.Collectors.joining(" "));
            this.line = r.getLine();
        }

        static RuleShape of(String file, PackageDescr pkg, RuleDescr r) {
            RuleShape shape = new RuleShape(file, pkg, r);
            if (r.getLhs() != null) {
                collect(r.getLhs(), false, shape.patterns);
            }
            Matcher m = INSERTED.matcher(String.valueOf(r.getConsequence()));
            while (m.find()) {
                shape.inserted.add(m.group(1) != null ? m.group(1) : m.group(2) + "." + m.group(3));
            }
            return shape;
        }

        private static void collect(BaseDescr d, boolean negated, List<PatternShape> out) {
            if (d instanceof PatternDescr p) {
                out.add(PatternShape.of(p, negated));
            } else if (d instanceof NotDescr n) {
                n.getDescrs().forEach(c -> collect(c, true, out));
            } else if (d instanceof ExistsDescr x) {
                for (Object c : x.getDescrs()) { // a raw List in drools-drl-ast
                    collect((BaseDescr) c, negated, out);
                }
            } else if (d instanceof AndDescr a) {
                a.getDescrs().forEach(c -> collect(c, negated, out));
            }
        }

        List<String> signature() {
            return patterns.stream().map(PatternShape::token).sorted().toList();
        }

        /** Every constraint as written, per pattern, in a comparable order. */
        List<String> constraints() {
            return patterns.stream().flatMap(p -> p.raw.stream().map(r -> p.token() + ": " + r)).sorted().toList();
        }

        /** True when both rules constrain one field of one fact type with a comparison. */
        boolean sharesField(RuleShape other) {
            for (PatternShape p : patterns) {
                for (PatternShape q : other.patterns) {
                    if (Objects.equals(p.token(), q.token()) && p.conditions.stream()
                            .anyMatch(a -> q.conditions.stream().anyMatch(b -> a.left.equals(b.left)))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** True when some condition of one rule excludes some condition of the other on the same fact type. */
        boolean exclusiveWith(RuleShape other) {
            for (PatternShape p : patterns) {
                for (PatternShape q : other.patterns) {
                    if (!Objects.equals(p.token(), q.token()) || p.negated) {
                        continue;
                    }
                    for (Condition a : p.conditions) {
                        for (Condition b : q.conditions) {
                            if (a.left.equals(b.left) && a.disjointWith(b)) {
                                return true;
                            }
                        }
                    }
                }
            }
            return false;
        }

        RuleProblem warning(int atLine, String message) {
            return RuleProblem.warning(file, atLine, 1, message);
        }
    }

    private static final class PatternShape {
        final String type;
        final boolean negated;
        final boolean fromSource;
        final int line;
        final List<Condition> conditions = new ArrayList<>();
        final List<String> raw = new ArrayList<>();

        private PatternShape(String type, boolean negated, boolean fromSource, int line) {
            this.type = type;
            this.negated = negated;
            this.fromSource = fromSource;
            this.line = line;
        }

        static PatternShape of(PatternDescr p, boolean negated) {
            PatternShape shape = new PatternShape(p.getObjectType(), negated, p.getSource() != null, p.getLine());
            for (BaseDescr c : p.getDescrs()) {
                if (c instanceof ExprConstraintDescr e && e.getExpression() != null) {
                    shape.raw.add(e.getExpression().replaceAll("\\s+", ""));
                    for (String part : e.getExpression().split("&&")) {
                        Condition.parse(part).ifPresent(shape.conditions::add);
                    }
                }
            }
            return shape;
        }

        String token() {
            return (negated ? "not " : "") + type + (fromSource ? " from" : "");
        }

        Optional<Class<?>> resolve(PackageDescr pkg) {
            List<String> candidates = new ArrayList<>();
            if (type.contains(".")) {
                candidates.add(type);
            }
            for (ImportDescr i : pkg.getImports()) {
                if (i.getTarget().endsWith("." + type)) {
                    candidates.add(i.getTarget());
                }
            }
            candidates.add(pkg.getName() + "." + type);
            candidates.add("java.lang." + type);
            for (String name : candidates) {
                try {
                    return Optional.of(Class.forName(name, false, StaticChecks.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // try the next
                }
            }
            return Optional.empty();
        }
    }

    /** {@code left op right}, whitespace removed; {@code number} when {@code right} is a number literal. */
    private record Condition(String left, String op, String right, BigDecimal number) {

        private static final Map<String, String> NEGATION = new HashMap<>(Map.of("==", "!=", "!=", "==", "<", ">=",
                ">=", "<", ">", "<=", "<=", ">"));

        static Optional<Condition> parse(String text) {
            String t = BINDING.matcher(text.strip()).replaceFirst("");
            Matcher m = COMPARISON.matcher(t);
            if (!m.matches() || m.group(1).endsWith("-") || m.group(1).endsWith("!")) {
                return Optional.empty();
            }
            String left = m.group(1).replaceAll("\\s+", "");
            String right = m.group(3).replaceAll("\\s+", "");
            if (left.isEmpty() || right.isEmpty() || right.startsWith("=") || left.contains("\"")) {
                return Optional.empty();
            }
            return Optional.of(new Condition(left, m.group(2), right, number(right)));
        }

        private static BigDecimal number(String text) {
            String t = text.replace("_", "").replaceAll("[BIL]$", "");
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        boolean disjointWith(Condition other) {
            if (number != null && other.number != null) {
                Interval a = Interval.bound(op, number);
                Interval b = Interval.bound(other.op, other.number);
                if (a != null && b != null) {
                    return a.intersect(b).isEmpty();
                }
                if (op.equals("==") && other.op.equals("==")) {
                    return number.compareTo(other.number) != 0;
                }
            }
            if (right.equals(other.right)) {
                return NEGATION.get(op).equals(other.op) || op.equals("<") && other.op.equals(">")
                        || op.equals(">") && other.op.equals("<")
                        || op.equals("==") && (other.op.equals("<") || other.op.equals(">"))
                        || other.op.equals("==") && (op.equals("<") || op.equals(">"));
            }
            return op.equals("==") && other.op.equals("==") && CONSTANT.matcher(right).matches()
                    && CONSTANT.matcher(other.right).matches();
        }

        @Override
        public String toString() {
            return left + " " + op + " " + right;
        }
    }

    /** A range of numbers; {@code null} bounds are unbounded. */
    private record Interval(BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

        static final Interval ALL = new Interval(null, false, null, false);

        /** The numbers {@code x} with {@code x op value}; null for {@code !=}. */
        static Interval bound(String op, BigDecimal value) {
            return switch (op) {
                case "<" -> new Interval(null, false, value, false);
                case "<=" -> new Interval(null, false, value, true);
                case ">" -> new Interval(value, false, null, false);
                case ">=" -> new Interval(value, true, null, false);
                case "==" -> new Interval(value, true, value, true);
                default -> null;
            };
        }

        Interval intersect(Interval o) {
            BigDecimal lo = lower;
            boolean loIn = lowerInclusive;
            if (o.lower != null && (lo == null || o.lower.compareTo(lo) > 0 || o.lower.compareTo(lo) == 0 && !o.lowerInclusive)) {
                lo = o.lower;
                loIn = o.lowerInclusive;
            }
            BigDecimal hi = upper;
            boolean hiIn = upperInclusive;
            if (o.upper != null && (hi == null || o.upper.compareTo(hi) < 0 || o.upper.compareTo(hi) == 0 && !o.upperInclusive)) {
                hi = o.upper;
                hiIn = o.upperInclusive;
            }
            return new Interval(lo, loIn, hi, hiIn);
        }

        boolean isEmpty() {
            if (lower == null || upper == null) {
                return false;
            }
            int c = lower.compareTo(upper);
            return c > 0 || c == 0 && !(lowerInclusive && upperInclusive);
        }

        boolean contains(Interval o) {
            boolean lowOk = lower == null || o.lower != null && (o.lower.compareTo(lower) > 0
                    || o.lower.compareTo(lower) == 0 && (lowerInclusive || !o.lowerInclusive));
            boolean highOk = upper == null || o.upper != null && (o.upper.compareTo(upper) < 0
                    || o.upper.compareTo(upper) == 0 && (upperInclusive || !o.upperInclusive));
            return lowOk && highOk;
        }

        @Override
        public String toString() {
            if (lower != null && upper != null && lower.compareTo(upper) == 0) {
                return "= " + lower.toPlainString();
            }
            return (lower == null ? "(-∞" : (lowerInclusive ? "[" : "(") + lower.toPlainString()) + ", "
                    + (upper == null ? "∞)" : upper.toPlainString() + (upperInclusive ? "]" : ")"));
        }
    }
}
