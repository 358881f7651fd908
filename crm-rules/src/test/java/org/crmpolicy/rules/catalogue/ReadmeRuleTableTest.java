package org.crmpolicy.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The README's rule table never drifts from what the rule set enforces: every row's ID and "Where" column match
 * the running catalogue (the "Rule" wording may be edited by hand).
 */
class ReadmeRuleTableTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String HOW_TO_GENERATE = "Generate the table with\n"
            + "  ./mvnw -q -pl crm-rules -am compile exec:java -Dexec.mainClass=org.crmpolicy.rules.lint.CatalogueTable\n"
            + "and paste its output, markers included, into README.md in place of the old table "
            + "(the Rule column may be reworded; ID and Where must stay as generated).";

    @Test
    void theReadmeRuleTableMatchesTheRunningCatalogue() throws IOException {
        // given
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf(RuleCatalogue.TABLE_START);
        int end = readme.indexOf(RuleCatalogue.TABLE_END);
        if (start < 0 || end < start) {
            fail(README.toAbsolutePath().normalize() + " has no rule table between the markers "
                    + RuleCatalogue.TABLE_START + " and " + RuleCatalogue.TABLE_END + ". " + HOW_TO_GENERATE);
        }

        // when
        Map<String, Set<String>> documented = rows(readme.substring(start, end));
        Map<String, Set<String>> enforced = rows(Fixtures.policy().catalogue().markdownTable());

        // then
        List<String> differences = new ArrayList<>();
        enforced.forEach((id, where) -> {
            if (!documented.containsKey(id)) {
                differences.add(id + " is enforced by " + where + " but missing from the README");
            } else if (!documented.get(id).equals(where)) {
                differences.add(id + ": README says " + documented.get(id) + ", the catalogue says " + where);
            }
        });
        documented.keySet().stream().filter(id -> !enforced.containsKey(id))
                .forEach(id -> differences.add(id + " is in the README but nothing enforces it"));
        assertThat(differences)
                .withFailMessage("README.md's rule table differs from the running catalogue:%n  %s%n%s",
                        String.join("\n  ", differences), HOW_TO_GENERATE)
                .isEmpty();
    }

    /** ID to the names in the last column, for every table row whose first cell is a catalogue ID. */
    private static Map<String, Set<String>> rows(String markdown) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : markdown.lines().toList()) {
            String[] cells = line.strip().split("(?<!\\\\)\\|");
            if (cells.length < 3 || !RuleId.isValid(cells[1].strip())) {
                continue;
            }
            rows.put(cells[1].strip(), Arrays.stream(cells[cells.length - 1].split(","))
                    .map(s -> s.replace("`", "").strip()).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return rows;
    }
}
