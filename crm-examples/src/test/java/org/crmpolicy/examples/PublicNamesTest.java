package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One simple name, one type: a host importing from crm-domain, crm-rules and crm-examples never has to choose between
 * two classes of the same name (issue 14). Reads the main source trees of all three modules.
 */
class PublicNamesTest {

    private static final List<Path> MAIN_SOURCES = List.of(Path.of("../crm-domain/src/main/java"),
            Path.of("../crm-rules/src/main/java"), Path.of("src/main/java"));

    @Test
    void noTwoMainTypesOfTheThreeModulesShareASimpleName() throws IOException {
        Map<String, List<Path>> byName = new TreeMap<>();
        for (Path root : MAIN_SOURCES) {
            assertThat(root).as("source tree").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("package-info.java")
                                && !p.getFileName().toString().equals("module-info.java"))
                        .forEach(p -> byName.computeIfAbsent(p.getFileName().toString().replace(".java", ""),
                                k -> new java.util.ArrayList<>()).add(root.relativize(p)));
            }
        }
        Map<String, List<Path>> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(clashes).as("simple names used by more than one main type").isEmpty();
    }
}
