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
 *   <li><b>new rules</b>: any other rule of a host file is added (files in name order, after the shipped ones).</li>
 * </ul>
 * A replaced shipped rule is blanked in place (its lines kept empty), so every problem keeps its line number. Other
 * files and sub-directories are ignored.
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
     * @param hostLine    the line of the host rule
     */
    public record Override(String name, String shippedFile, int shippedLine, String hostFile, int hostLine) {
    }

    /**
     * @param base      the sources to start from (file name to DRL text), in order
     * @param directory the host's rule directory, or {@code null} for none
     * @return a new ordered map; {@code base} is not changed
     * @throws RuleSetRejectedException when the directory or one of its DRL files cannot be read, or a rule of an
     *                                  {@value #OVERRIDES_SUFFIX} file replaces no shipped rule
     */
    public static Map<String, String> merge(Map<String, String> base, Path directory) {
        return mergeReporting(base, directory, new ArrayList<>());
    }

    /**
     * {@link #merge} that also reports, in {@code overrides}, every shipped rule a host rule replaced.
     */
    public static Map<String, String> mergeReporting(Map<String, String> base, Path directory, List<Override> overrides) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        if (directory == null) {
            return merged;
        }
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
        for (Map.Entry<String, String> host : added.entrySet()) {
            PackageDescr hostDescr = parse(host.getValue());
            if (hostDescr == null) {
                continue; // the compiler reports the syntax error with its line
            }
            for (RuleDescr rule : hostDescr.getRules()) {
                if (rule.getName() == null) {
                    continue;
                }
                boolean replaced = replaceShipped(merged, shippedFiles, hostDescr.getName(), rule, host.getKey(),
                        overrides);
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

    private static boolean replaceShipped(Map<String, String> merged, Set<String> shippedFiles, String packageName,
                                          RuleDescr hostRule, String hostFile, List<Override> overrides) {
        for (String file : shippedFiles) {
            String text = merged.get(file);
            PackageDescr descr = parse(text);
            if (descr == null || !packageName.equals(descr.getName())) {
                continue;
            }
            for (RuleDescr rule : descr.getRules()) {
                if (hostRule.getName().equals(rule.getName())) {
                    merged.put(file, blank(text, rule.getStartCharacter(), rule.getEndCharacter()));
                    overrides.add(new Override(rule.getName(), file, rule.getLine(), hostFile, hostRule.getLine()));
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
        try {
            return new DrlParser().parse(false, text);
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /** The {@code *.drl} files directly in {@code directory}, by name. */
    public static List<Path> drlFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetRejectedException(List.of(new RuleProblem(directory.toString(), 0, 0, "rule directory does not exist or is not a directory")));
        }
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".drl"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList());
        } catch (IOException e) {
            throw new RuleSetRejectedException(List.of(new RuleProblem(directory.toString(), 0, 0, "cannot list the rule directory: " + e)));
        }
    }
}
