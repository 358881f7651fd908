package org.crmpolicy.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Merges the shipped DRL with a host's rule directory, at three grains:
 * <ul>
 *   <li><b>one rule (one table row)</b>: a rule in a host file with the package and name of a shipped rule replaces
 *       that shipped rule, and only it; every other shipped rule stays in force, and rules a later release adds
 *       reach the host without a merge. In a file whose name ends with {@value #OVERRIDES_SUFFIX} every rule must
 *       replace a shipped one: a name that matches none is refused with its file and line (a typo would otherwise add
 *       a second row instead of changing the first);</li>
 *   <li><b>a file</b>: a {@code *.drl} file with the name of a shipped file replaces the whole shipped file;</li>
 *   <li><b>new rules</b>: any other rule of a host file is added (files in name order, after the shipped ones);</li>
 *   <li><b>decision tables</b>: a {@code *.csv} file (or the first sheet of a {@code *.xlsx}, when the optional
 *       {@code org.drools:drools-decisiontables} is on the class path) with the columns {@code rule,row,value} sets
 *       shipped table rows ({@code "<ID> Table: <row>"}) one by one, as a business user's form of the one-row
 *       override: every cell is validated first, and a wrong one is refused naming its cell and value
 *       ({@code thresholds.csv:3:C: "4,000 CNY" is not an amount ...}). Each table row becomes the shipped row with
 *       the new value, placed on the line of that table row, so its rule reports the table's file and row.</li>
 * </ul>
 * A replaced shipped rule is blanked in place (its lines kept empty), so every problem keeps its line number. A shipped
 * row that two host files set is refused, naming both. Other files and sub-directories are ignored.
 */
public final class RuleSources {

    /** The file-name ending of a host file whose rules must each replace a shipped rule. */
    public static final String OVERRIDES_SUFFIX = "-overrides.drl";

    private RuleSources() {
    }

    /**
     * A shipped rule a host rule replaced.
     *
     * @param name        the rule name
     * @param shippedFile where the shipped rule was
     * @param shippedLine its line there
     * @param hostFile    the host file whose rule replaces it
     * @param hostLine    the line of the host rule (of a decision table: its row)
     * @param hostLocation where the host rule is, as a problem would name it: {@code company-overrides.drl:14:1},
     *                    {@code thresholds.csv:2:A} or {@code thresholds.xlsx!Sheet1!A2}
     */
    public record Override(String name, String shippedFile, int shippedLine, String hostFile, int hostLine,
                           String hostLocation) {

        /** A replacement by a DRL rule: its location is {@code hostFile:hostLine:1}. */
        public Override(String name, String shippedFile, int shippedLine, String hostFile, int hostLine) {
            this(name, shippedFile, shippedLine, hostFile, hostLine, hostFile + ":" + hostLine + ":1");
        }

        /** True when a decision table ({@code .csv}, {@code .xlsx}) made this replacement. */
        public boolean byTable() {
            return DecisionTables.isTable(hostFile);
        }
    }

    /**
     * @param base      the sources to start from (file name to DRL text), in order
     * @param directory the host's rule directory, or {@code null} for none
     * @return a new ordered map; {@code base} is not changed
     * @throws RuleSetRejectedException when the directory or one of its files cannot be read, a rule of an
     *                                  {@value #OVERRIDES_SUFFIX} file replaces no shipped rule, a cell of a decision
     *                                  table is wrong, or two host files set the same shipped row
     * @param parameterCheck refuses a value a decision table gives a named policy parameter (IllegalArgumentException
     *                       saying why): the policy's parameter rules, which this package does not know
     */
    public static Map<String, String> merge(Map<String, String> base, Path directory,
                                            BiConsumer<String, String> parameterCheck) {
        return mergeReporting(base, directory, new ArrayList<>(), parameterCheck);
    }

    /**
     * {@link #merge} that also reports, in {@code overrides}, every shipped rule a host rule replaced.
     */
    public static Map<String, String> mergeReporting(Map<String, String> base, Path directory, List<Override> overrides,
                                                     BiConsumer<String, String> parameterCheck) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        if (directory == null) {
            return merged;
        }
        requireRuleCompiler("ruleDirectory " + directory);
        Map<String, String> added = new LinkedHashMap<>();
        for (Path file : drlFiles(directory)) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RuleSetRejectedException(List.of(new RuleProblem(name, 0, 0, "cannot read the file: " + e)));
            }
            if (!base.containsKey(name)) {
                added.put(name, text);
            }
            merged.put(name, text);
        }
        Set<String> shippedFiles = new LinkedHashSet<>(base.keySet());
        drlFiles(directory).forEach(f -> shippedFiles.remove(f.getFileName().toString()));
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, Map<Integer, String>> tableLocations = new LinkedHashMap<>();
        Map<String, String> shipped = new LinkedHashMap<>();
        shippedFiles.forEach(f -> shipped.put(f, merged.get(f)));
        for (Path file : tableFiles(directory)) {
            String name = file.getFileName().toString();
            DecisionTables.Translation table = DecisionTables.translate(DecisionTables.read(file), shipped,
                    parameterCheck);
            if (!table.problems().isEmpty()) {
                problems.addAll(table.problems());
                continue;
            }
            added.put(name, table.drl());
            merged.put(name, table.drl());
            tableLocations.put(name, table.locations());
        }
        if (!problems.isEmpty()) {
            throw new RuleSetRejectedException(problems);
        }
        Map<String, Override> replacedBy = new LinkedHashMap<>();
        for (Map.Entry<String, String> host : added.entrySet()) {
            PackageDescr hostDescr = parse(host.getValue());
            if (hostDescr == null) {
                continue; // the compiler reports the syntax error with its line
            }
            for (RuleDescr rule : hostDescr.getRules()) {
                if (rule.getName() == null) {
                    continue;
                }
                Map<Integer, String> table = tableLocations.get(host.getKey());
                String location = table == null ? host.getKey() + ":" + rule.getLine() + ":1"
                        : table.getOrDefault(rule.getLine(), host.getKey());
                Override earlier = replacedBy.get(hostDescr.getName() + "." + rule.getName());
                if (earlier != null && (table != null || host.getKey().endsWith(OVERRIDES_SUFFIX) || earlier.byTable())) {
                    problems.add(problem(host.getKey(), table, rule.getLine(), "rule \"" + rule.getName()
                            + "\" is set twice: already by " + earlier.hostLocation() + "; keep one of the two"));
                    continue;
                }
                boolean replaced = replaceShipped(merged, shippedFiles, hostDescr.getName(), rule, host.getKey(),
                        location, overrides);
                if (replaced) {
                    replacedBy.put(hostDescr.getName() + "." + rule.getName(), overrides.get(overrides.size() - 1));
                }
                if (!replaced && host.getKey().endsWith(OVERRIDES_SUFFIX)) {
                    problems.add(new RuleProblem(host.getKey(), rule.getLine(), 1, "rule \"" + rule.getName()
                            + "\" replaces no shipped rule: no rule of that name in package " + hostDescr.getName()
                            + " is shipped; in a file ending " + OVERRIDES_SUFFIX + " every rule must repeat the exact"
                            + " name of the shipped rule (table row) it changes; put a new company rule in another file"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetRejectedException(problems);
        }
        return merged;
    }

    private static RuleProblem problem(String file, Map<Integer, String> table, int line, String message) {
        return table == null ? new RuleProblem(file, line, 1, message) : RuleProblem.inCell(file,
                sheetOf(table.get(line)), rowOf(table.get(line), line), 1, message);
    }

    private static final Pattern TABLE_ROW = Pattern.compile("(?:![A-Z]+|:)([0-9]+)(?::[A-Z]+)?$");

    /** The row in a table location ({@code file!sheet!A12} or {@code file:12:A}): a later sheet's DRL line is not it. */
    private static int rowOf(String location, int line) {
        if (location == null) {
            return line;
        }
        Matcher m = TABLE_ROW.matcher(location);
        return m.find() ? Integer.parseInt(m.group(1)) : line;
    }

    /** The sheet in a table location {@code file!sheet!A2}, or null. */
    private static String sheetOf(String location) {
        if (location == null) {
            return null;
        }
        String[] parts = location.split("!");
        return parts.length == 3 ? parts[1] : null;
    }

    private static boolean replaceShipped(Map<String, String> merged, Set<String> shippedFiles, String packageName,
                                          RuleDescr hostRule, String hostFile, String hostLocation,
                                          List<Override> overrides) {
        for (String file : shippedFiles) {
            String text = merged.get(file);
            PackageDescr descr = parse(text);
            if (descr == null || !packageName.equals(descr.getName())) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                if (hostRule.getName().equals(rule.getName())) {
                    merged.put(file, blank(text, rule.getStartCharacter(), rule.getEndCharacter()));
                    overrides.add(new Override(rule.getName(), file, rule.getLine(), hostFile, hostRule.getLine(),
                            hostLocation));
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code text} with the characters from {@code start} to {@code end} (inclusive) blanked, newlines kept. */
    private static String blank(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(text);
        int last = Math.min(end, text.length() - 1);
        for (int i = Math.max(0, start); i <= last; i++) {
            char c = sb.charAt(i);
            if (c != '\n' && c != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    private static PackageDescr parse(String text) {
        return DrlText.parse(text);
    }

    /**
     * The DRL parser behind {@link #parse}, in its own class so that loading {@code RuleSources} on the shipped,
     * precompiled path does not load the parser's classes (drools-drl-parser is needed only for rule directories).
     */
    private static final class DrlText {

        private DrlText() {
        }

        static PackageDescr parse(String text) {
            try {
                return new DrlParser().parse(false, text);
            } catch (DroolsParserException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * What a host adds to compile DRL at run time: the DRL compiler is an optional dependency of crm-rules, left out
     * of a host that runs only the shipped, precompiled rules (docs/dependencies.md).
     */
    public static final String RULE_COMPILER_DEPENDENCIES = "org.drools:drools-compiler and org.drools:drools-mvel";

    /** A class of each jar that compiling DRL at run time needs, with the jar's Maven coordinates. */
    private static final Map<String, String> RULE_COMPILER = Map.of(
            "org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser",
            "org.drools.drl.ast.descr.PackageDescr", "org.drools:drools-drl-ast",
            "org.drools.ecj.EclipseJavaCompiler", "org.drools:drools-ecj",
            "org.eclipse.jdt.internal.compiler.Compiler", "org.eclipse.jdt:ecj",
            "org.drools.mvel.builder.MVELDialectConfiguration", "org.drools:drools-mvel",
            "org.mvel2.MVEL", "org.mvel:mvel2");

    /**
     * Checks, before anything is compiled or parsed, that the DRL compiler is on the class path; a host without it
     * gets this caller error instead of a {@code NoClassDefFoundError} deep inside Drools.
     *
     * @param what what needs the compiler, as the message begins: {@code "ruleDirectory /srv/rules"}
     * @throws IllegalStateException naming {@code what}, every missing jar and the dependencies to add
     */
    public static void requireRuleCompiler(String what) {
        List<String> missing = new ArrayList<>();
        RULE_COMPILER.forEach((className, artifact) -> {
            try {
                Class.forName(className, false, RuleSources.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(artifact);
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException(what + " needs the DRL compiler at run time, an optional dependency of "
                    + "crm-rules; missing from the class path: " + String.join(", ", missing.stream().sorted().toList())
                    + ". Add " + RULE_COMPILER_DEPENDENCIES + " to the host's dependencies (docs/dependencies.md); "
                    + "the shipped, precompiled rules need neither");
        }
    }

    /** The {@code *.drl} files directly in {@code directory}, by name. */
    public static List<Path> drlFiles(Path directory) {
        return files(directory, name -> name.endsWith(".drl"));
    }

    /** The decision tables ({@code *.csv}, {@code *.xlsx}) directly in {@code directory}, by name. */
    public static List<Path> tableFiles(Path directory) {
        return files(directory, DecisionTables::isTable);
    }

    /** Every file of {@code directory} the merge reads: {@link #drlFiles} then {@link #tableFiles}. */
    public static List<Path> hostFiles(Path directory) {
        List<Path> files = new ArrayList<>(drlFiles(directory));
        files.addAll(tableFiles(directory));
        return files;
    }

    /** True for a file name the merge reads ({@code .drl}, {@code .csv}, {@code .xlsx}). */
    public static boolean isRuleFile(String fileName) {
        return fileName.endsWith(".drl") || DecisionTables.isTable(fileName);
    }

    private static List<Path> files(Path directory, java.util.function.Predicate<String> named) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetRejectedException(List.of(new RuleProblem(directory.toString(), 0, 0, "rule directory does not exist or is not a directory")));
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> named.test(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")) // an office program's lock file
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new RuleSetRejectedException(List.of(new RuleProblem(directory.toString(), 0, 0, "cannot list the rule directory: " + e)));
        }
    }
}
