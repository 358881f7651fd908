package org.crmpolicy.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;

/**
 * Merges the shipped DRL with a host's rule directory: a {@code *.drl} file of the directory with the name of a
 * shipped file replaces it, any other {@code *.drl} file is added after the shipped ones (in name order). Other
 * files and sub-directories are ignored.
 */
public final class RuleSources {

    private RuleSources() {
    }

    /**
     * @param base      the sources to start from (file name to DRL text), in order
     * @param directory the host's rule directory, or {@code null} for none
     * @return a new ordered map; {@code base} is not changed
     * @throws RuleSetRejectedException when the directory or one of its DRL files cannot be read
     */
    public static Map<String, String> merge(Map<String, String> base, Path directory) {
        Map<String, String> merged = new LinkedHashMap<>(base);
        if (directory == null) {
            return merged;
        }
        for (Path file : drlFiles(directory)) {
            String name = file.getFileName().toString();
            try {
                merged.put(name, Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new RuleSetRejectedException(List.of(new RuleProblem(name, 0, 0, "cannot read the file: " + e)));
            }
        }
        return merged;
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
