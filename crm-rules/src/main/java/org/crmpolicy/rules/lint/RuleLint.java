package org.crmpolicy.rules.lint;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.catalogue.CatalogueEntry;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.engine.RuleSources;
import org.crmpolicy.rules.evaluation.PolicyParameters;

/**
 * The rule lint: validates a host's rule directory (DRL and decision tables) merged over the shipped rules, exactly as
 * {@code CrmPolicy.builder().ruleDirectory(dir)} would load it, and prints every problem as
 * {@code file:line:column: message}. Errors (syntax, unknown fact type or field, duplicate rule name, a rule
 * name without a catalogue ID, table rows that do not hold together: {@link TableRowsCheck}) would make the policy
 * refuse the rule set; warnings (static checks, IDs the policy
 * catalogue does not have) are printed but do not fail unless {@code --strict}. Every shipped rule a host rule or a
 * decision-table row replaces is listed with its rule ID, e.g.
 * {@code thresholds.csv:2:A: table row replaces shipped rule "A1 Table: ..." (approvals-table.drl:38)}; a wrong cell of a
 * table is an error naming the cell and its value ({@code thresholds.csv:3:C: "4,000 CNY" is not an amount ...}).
 *
 * <pre>
 * ./mvnw -q -pl crm-rules -am compile exec:java@lint -Dexec.args="path/to/host-rules"
 * ./mvnw -q -pl crm-rules -am compile exec:java@lint -Dexec.args="--strict path/to/host-rules"
 * </pre>
 * Exit code: 0 clean (warnings allowed), 1 errors (or warnings with {@code --strict}), 2 wrong arguments (none, an
 * unknown option, a directory that does not exist).
 *
 * <p>Policy versions (A8): {@code --version label=validFrom[=ruleDirectory]}, once per version, lints each version's
 * directory and then the list ({@link VersionLint}): two versions with the same date are refused naming both, a
 * version whose rules leave a catalogue ID without a rule is refused naming the ID.
 */
public final class RuleLint {

    /** Exit code: no errors. */
    public static final int OK = 0;
    /** Exit code: the rule set would be refused (or has warnings under {@code --strict}). */
    public static final int PROBLEMS = 1;
    /** Exit code: wrong arguments. */
    public static final int USAGE = 2;

    private RuleLint() {
    }

    /** Runs the lint and exits the JVM with its exit code. */
    public static void main(String[] args) {
        int code = run(args, System.out);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Runs the lint, printing to {@code out}; does not exit. Arguments: {@code [--strict] <rule directory>}.
     *
     * @return the exit code ({@link #OK}, {@link #PROBLEMS} or {@link #USAGE})
     */
    public static int run(String[] args, PrintStream out) {
        boolean strict = false;
        Path directory = null;
        List<VersionLint.Version> versions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--strict")) {
                strict = true;
            } else if (arg.equals("--version")) {
                if (i + 1 == args.length) {
                    return usage(out, "--version needs label=validFrom[=ruleDirectory]");
                }
                try {
                    versions.add(VersionLint.Version.parse(args[++i]));
                } catch (IllegalArgumentException e) {
                    return usage(out, e.getMessage());
                }
            } else if (arg.startsWith("-") || directory != null) {
                return usage(out, "unexpected argument '" + arg + "'");
            } else {
                directory = Path.of(arg);
            }
        }
        if (!versions.isEmpty()) {
            return directory != null ? usage(out, "give either a rule directory or --version options, not both")
                    : lintVersions(versions, strict, out);
        }
        if (directory == null) {
            return usage(out, "no rule directory given");
        }
        if (!Files.isDirectory(directory)) {
            return usage(out, "rule directory " + directory + " does not exist or is not a directory");
        }
        return lintDirectory(directory, out).code(strict);
    }

    /**
     * The lint of policy versions (A8): each version's rule directory as {@link #run} lints one, then the list as
     * {@link VersionLint#check} does (two versions on one date, a catalogue ID a version leaves without a rule).
     */
    private static int lintVersions(List<VersionLint.Version> versions, boolean strict, PrintStream out) {
        for (VersionLint.Version v : versions) {
            if (!VersionLint.directoryExists(v)) {
                return usage(out, "rule directory " + v.ruleDirectory() + " of " + v.describe()
                        + " does not exist or is not a directory");
            }
        }
        int code = OK;
        List<VersionLint.Version> compiling = new ArrayList<>();
        for (VersionLint.Version v : versions) {
            Counts one = v.ruleDirectory() == null ? new Counts(0, 0) : lintDirectory(v.ruleDirectory(), out);
            code = Math.max(code, one.code(strict));
            if (one.errors() == 0) {
                compiling.add(v); // a version whose rules do not compile has no catalogue to check
            }
        }
        List<RuleProblem> problems = new ArrayList<>(VersionLint.sameDates(versions));
        List<RuleProblem> all = VersionLint.check(compiling, VersionLint::catalogueOf);
        all.stream().filter(p -> !problems.contains(p)).forEach(problems::add);
        problems.forEach(out::println);
        out.println(VersionLint.VERSIONS + ": " + versions.size() + " version(s) ("
                + versions.stream().map(v -> v.label() + " from " + v.validFrom()).collect(Collectors.joining(", "))
                + "), " + problems.size() + " problem(s)"
                + (problems.isEmpty() ? "" : ": the versioned policy would refuse these versions"));
        return problems.isEmpty() ? code : PROBLEMS;
    }

    /** What the lint of one directory found. */
    private record Counts(int errors, int warnings) {
        int code(boolean strict) {
            return errors > 0 || strict && warnings > 0 ? PROBLEMS : OK;
        }
    }

    private static Counts lintDirectory(Path directory, PrintStream out) {
        Map<String, String> sources;
        List<RuleSources.Override> overrides = new ArrayList<>();
        try {
            sources = RuleSources.mergeReporting(RuleBase.shippedSources(), directory, overrides,
                    PolicyParameters::checkValue);
        } catch (RuleSetRejectedException e) {
            e.problems().forEach(out::println);
            return new Counts(e.problems().size(), 0);
        }
        Set<RuleId> known = CatalogueEntry.all().stream().map(CatalogueEntry::id).collect(Collectors.toSet());
        RuleBase.Check check = RuleBase.check(sources, known);
        List<RuleProblem> errors = check.errors().isEmpty()
                ? TableRowsCheck.check(RuleBase.load(sources), PolicyParameters.defaults()) : check.errors();
        List<RuleProblem> warnings = check.warnings();
        errors.forEach(out::println);
        warnings.forEach(out::println);
        overrides.forEach(o -> out.println(o.hostLocation() + ": " + (o.byTable() ? "table row " : "")
                + "replaces shipped rule \"" + o.name() + "\" (" + o.shippedFile() + ":" + o.shippedLine() + ")"));
        List<String> hostFiles = RuleSources.hostFiles(directory).stream().map(p -> p.getFileName().toString()).toList();
        out.println(directory + ": " + check.rules() + " rules in " + sources.size() + " files ("
                + hostFiles.size() + " from the directory" + (hostFiles.isEmpty() ? "" : ": " + String.join(", ", hostFiles))
                + "), " + errors.size() + " error(s), " + warnings.size() + " warning(s)"
                + (errors.isEmpty() ? "" : ": the policy would refuse this rule set"));
        return new Counts(errors.size(), warnings.size());
    }

    private static int usage(PrintStream out, String why) {
        out.println("rule lint: " + why);
        out.println("usage: RuleLint [--strict] <rule directory>   (exit 0 clean, 1 problems, 2 usage)");
        out.println("       RuleLint [--strict] --version label=validFrom[=ruleDirectory] ...   (policy versions)");
        return USAGE;
    }
}
