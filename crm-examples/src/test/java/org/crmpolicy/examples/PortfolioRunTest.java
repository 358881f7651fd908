package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main job end to end on a small portfolio: console summary, ERP run, report and CSV on disk. */
class PortfolioRunTest {

    @Test
    void theMainJobWritesTheReportAndSaysWhereItIsAndASecondRunWritesNothingNew(@TempDir Path out) throws Exception {
        // given
        String before = System.getProperty("crmpolicy.out");
        System.setProperty("crmpolicy.out", out.toString());
        try {
            // when
            String first = run("2025-11-24", "60");
            String second = run("2025-11-24", "60");

            // then
            assertThat(first).contains("Customers per tier", "Findings stored for", "ERP integration",
                    "Compliance report: " + out.resolve("report.html").toUri());
            assertThat(Files.readString(out.resolve("report.html"))).contains("<section id=\"tiers\">");
            assertThat(Files.readString(out.resolve("findings.csv"))).startsWith("\uFEFFrun_date,customer_id");
            assertThat(second).contains("was already complete: nothing new written")
                    .containsPattern("findings written now +0");
        } finally {
            if (before == null) {
                System.clearProperty("crmpolicy.out");
            } else {
                System.setProperty("crmpolicy.out", before);
            }
        }
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PortfolioRun.main(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
