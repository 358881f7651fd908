package org.crmpolicy.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;

/** DRL snippets and rule-directory helpers for the rule-authoring specifications (issue 8). */
public final class AuthoringFixtures {

    /** The header every snippet starts with: 5 lines, so the first rule keyword is on line 6. */
    public static final String HEADER = """
            package org.crmpolicy.rules;

            import org.crmpolicy.customer.Customer;
            import org.crmpolicy.finding.Finding;
            """;

    private AuthoringFixtures() {
    }

    /** A DRL file: the header, a blank line, then {@code rules}. */
    public static String drl(String rules) {
        return HEADER + "\n" + rules;
    }

    /**
     * A host rule that reports, for every customer, which rule set served it: a T1 INFO finding saying
     * {@code rule set <label>}.
     */
    public static String markerRule(String label) {
        return drl("""
                rule "T1 Every customer is told which rule set served it"
                when
                    $c : Customer( )
                then
                    insert( Finding.info( "T1", $c.id().value(), "rule set %s" ) );
                end
                """.formatted(label));
    }

    /**
     * An {@code .xlsx} workbook of the named sheets, in order (a {@code LinkedHashMap} keeps it), each a list of rows
     * of cells; a number-like cell ({@code 5000}, {@code 4999.99}) is written as a number, as a user types it.
     */
    public static void workbook(Path file, Map<String, String[][]> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); java.io.OutputStream out = Files.newOutputStream(file)) {
            sheets.forEach((name, rows) -> {
                Sheet sheet = workbook.createSheet(name);
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        String v = rows[r][c];
                        if (v.matches("[0-9]+(\\.[0-9]+)?")) {
                            row.createCell(c).setCellValue(Double.parseDouble(v));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path directory, String fileName, String text) {
        try {
            Files.writeString(directory.resolve(fileName), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory, String fileName) {
        try {
            Files.deleteIfExists(directory.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one problem for which a policy on the rule directory {@code directory} is refused when it is built; fails
     * the test when it builds, or is refused for another reason or for several problems.
     */
    public static RuleProblem theRefusalOf(Path directory) {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> CrmPolicy.builder().ruleDirectory(directory).build());
        org.assertj.core.api.Assertions.assertThat(refused).isInstanceOf(RuleSetRejectedException.class);
        List<RuleProblem> problems = ((RuleSetRejectedException) refused).problems();
        org.assertj.core.api.Assertions.assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
