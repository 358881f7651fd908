package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.examples.report.FindingsCsv;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.catalogue.CatalogueEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One set of numbers: every total the main job shows — in the console, in the report's header and sections and in
 * findings.csv — is the count of the rows stored in the ERP database for the run date.
 */
class PortfolioRunNumbersTest {

    private static final int SIZE = 80;
    private static final Pattern COUNT = Pattern.compile("data-count=\"([^\"]+)\">([0-9]+)<");

    @TempDir
    static Path out;
    private static String console;
    private static String html;
    private static Map<String, Long> shown;
    private static List<List<String>> csv;
    private static DataSource erp;
    private static Connection held;
    private static long sessionsAfterTheRun;

    @BeforeAll
    static void runTheMainJob() throws Exception {
        String before = System.getProperty("crmpolicy.out");
        System.setProperty("crmpolicy.out", out.toString());
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            PortfolioRun.main(new String[] {"2025-11-24", Integer.toString(SIZE)});
        } finally {
            System.setOut(original);
            if (before == null) {
                System.clearProperty("crmpolicy.out");
            } else {
                System.setProperty("crmpolicy.out", before);
            }
        }
        console = captured.toString(StandardCharsets.UTF_8);
        html = Files.readString(out.resolve("report.html"));
        shown = new HashMap<>();
        Matcher m = COUNT.matcher(html);
        while (m.find()) {
            shown.put(m.group(1), Long.parseLong(m.group(2)));
        }
        csv = parseCsv(Files.readString(out.resolve("findings.csv")).substring(1));
        erp = ErpDatabases.h2File(out.resolve("erp-" + ErpFixtures.SEED + "-" + SIZE));
        // H2 closes a file database with its last connection (DB_CLOSE_DELAY=0), and the job closes every connection
        // it opens (theJobLeavesNoConnectionOpen). Reopening the file right after such a close was seen to read it
        // truncated: "File corrupted while reading record" (90030, "Reading from file failed at 2048164 (length
        // 1945600)", H2 2.3.232), once in two runs when each read opened its own connection; earlier, an empty
        // schema. One connection held from here to the end keeps the database open, so the reads never reopen it.
        held = erp.getConnection();
        try (var s = held.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            sessionsAfterTheRun = rs.getLong(1);
        }
    }

    @AfterAll
    static void releaseTheDatabase() throws Exception {
        if (held != null) {
            held.close();
        }
    }

    @Test
    void theJobLeavesNoConnectionOpen() throws Exception {
        // then: right after the job, the held connection is the database's only session
        assertThat(sessionsAfterTheRun).as("H2 sessions right after the job, the held one included").isEqualTo(1);
        assertThat(stored("SELECT COUNT(*) FROM finding WHERE run_date = ?")).isPositive();
    }

    @Test
    void theConsoleTotalsAreTheStoredRows() throws Exception {
        // given
        long findings = stored("SELECT COUNT(*) FROM finding WHERE run_date = ?");

        // then
        assertThat(findings).isPositive();
        assertThat(consoleNumber("findings stored for the day")).isEqualTo(findings);
        assertThat(consoleNumber("findings")).isEqualTo(findings);
        for (String severity : List.of("INFO", "WARNING", "VIOLATION")) {
            assertThat(consoleNumber(severity)).as(severity)
                    .isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = '" + severity + "'"));
        }
        assertThat(consoleNumber("overdue")).isEqualTo(overdue());
        assertThat(console).contains("customers with a violation " + customersWithAViolation() + " of " + SIZE);
        for (String tier : List.of("STRATEGIC_PARTNER", "KEY", "GENERAL", "RESERVE")) {
            assertThat(consoleNumber(tier)).as(tier)
                    .isEqualTo(stored("SELECT COUNT(*) FROM tier_decision WHERE run_date = ? AND tier = '" + tier + "'"));
        }
        // the per-area tables add up to every stored finding, severity by severity
        long[] areas = new long[3];
        Matcher m = Pattern.compile("(?m)^  total +([0-9]+) +([0-9]+) +([0-9]+)$").matcher(console);
        while (m.find()) {
            for (int i = 0; i < 3; i++) {
                areas[i] += Long.parseLong(m.group(i + 1));
            }
        }
        assertThat(areas[0] + areas[1] + areas[2]).isEqualTo(findings);
        assertThat(areas[2]).isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = 'VIOLATION'"));
    }

    @Test
    void theReportHeaderAndSectionsAreTheStoredRows() throws Exception {
        // then: the header's cards
        assertThat(shown.get("summary|customers|value")).isEqualTo(stored("SELECT COUNT(*) FROM tier_decision WHERE run_date = ?"));
        assertThat(shown.get("summary|findings|value")).isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ?"));
        assertThat(shown.get("summary|WARNING|value"))
                .isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = 'WARNING'"));
        assertThat(shown.get("summary|VIOLATION|value"))
                .isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = 'VIOLATION'"));
        assertThat(shown.get("summary|overdue|value")).isEqualTo(overdue());

        // and the findings per tier, rule and severity
        Map<String, Long> expected = new HashMap<>();
        try (Connection c = erp.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT t.tier, f.rule_id, f.severity, COUNT(*) FROM finding f JOIN tier_decision t"
                        + " ON t.run_date = f.run_date AND t.customer_id = f.customer_id WHERE f.run_date = ?"
                        + " GROUP BY t.tier, f.rule_id, f.severity")) {
            ps.setObject(1, ErpFixtures.DAY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.put("findings-" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
                }
            }
        }
        try (Connection c = erp.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT f.rule_id, f.severity, COUNT(*) FROM finding f WHERE f.run_date = ? AND f.customer_id = 'COMPANY'"
                        + " GROUP BY f.rule_id, f.severity")) {
            ps.setObject(1, ErpFixtures.DAY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.put("findings-COMPANY|" + rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                }
            }
        }
        assertThat(expected.keySet()).as("the company's periodic reports have a table of their own")
                .anyMatch(k -> k.startsWith("findings-COMPANY|D1"));
        Map<String, Long> perTier = new HashMap<>();
        shown.forEach((k, v) -> {
            if (k.startsWith("findings-") && !k.endsWith("|Total") && v > 0) {
                perTier.put(k, v);
            }
        });
        assertThat(perTier).isEqualTo(expected);
        assertThat(shown.get("tiers-table|KEY|Customers"))
                .isEqualTo(stored("SELECT COUNT(*) FROM tier_decision WHERE run_date = ? AND tier = 'KEY'"));
    }

    @Test
    void theCsvHoldsEveryStoredFindingOnce() throws Exception {
        // given
        List<String> header = csv.get(0);
        List<List<String>> rows = csv.subList(1, csv.size());
        int severity = header.indexOf("severity");
        int overdue = header.indexOf("overdue");

        // then
        assertThat(header).isEqualTo(FindingsCsv.HEADER);
        assertThat((long) rows.size()).isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ?"));
        for (String s : List.of("INFO", "WARNING", "VIOLATION")) {
            assertThat(rows.stream().filter(r -> r.get(severity).equals(s)).count()).as(s)
                    .isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = '" + s + "'"));
        }
        assertThat(rows.stream().filter(r -> r.get(overdue).equals("yes")).count()).isEqualTo(overdue());
    }

    @Test
    void theCustomerInformationBlockIsTheStoredInformationFindingsRuleByRule() throws Exception {
        // the stored findings whose subjects are collections, uses, destructions, updates of customer information
        // and data breaches
        assertTheBlockIsTheStoredRows("Customer information (I1, I4-I6, I8-I11, A9)", "I(1|4|5|6|8|9|10|11)|A9",
                " AND (subject_id IN (SELECT collection_id FROM info_collection) OR subject_id IN (SELECT use_id"
                        + " FROM info_use) OR subject_id IN (SELECT destruction_id FROM info_destruction) OR subject_id"
                        + " IN (SELECT update_id FROM info_update) OR subject_id IN (SELECT breach_id FROM info_breach))");
    }

    @Test
    void thePolicyRevisionsBlockIsTheCompanysStoredRevisionRowsRuleByRule() throws Exception {
        assertTheBlockIsTheStoredRows("Policy revisions of the company (A8)", "A8",
                " AND customer_id = 'COMPANY' AND subject_id IN (SELECT revision_id FROM policy_revision)");
    }

    @Test
    void theReceptionsEventsAndPlansBlockIsTheStoredRowsRuleByRule() throws Exception {
        // the stored findings whose subjects are visits, customer events or plans
        assertTheBlockIsTheStoredRows("Receptions, events and plans (A4-A6, A10-A12)", "A(4|5|6|10|11|12)",
                " AND (subject_id IN (SELECT visit_id FROM visit_reception) OR subject_id IN (SELECT event_id"
                        + " FROM event_attendance) OR subject_id IN (SELECT plan_id FROM revisit_plan) OR subject_id IN"
                        + " (SELECT plan_id FROM customer_plan))");
    }

    @Test
    void thePeriodicReportsBlockIsTheCompanysStoredRowsRuleByRule() throws Exception {
        assertTheBlockIsTheStoredRows("Periodic reports of the company (D11-D13, D15, D16)", "D(11|12|13|15|16)",
                " AND customer_id = 'COMPANY' AND rule_id NOT LIKE 'C%' AND rule_id NOT LIKE 'R%' AND rule_id <> 'A8'");
    }

    @Test
    void theCompanyWideContactDutiesBlockIsTheCompanysStoredContactRowsRuleByRule() throws Exception {
        assertTheBlockIsTheStoredRows("Company-wide contact duties (C4, C8, C10, R2, R4, R6)", "[CR][0-9]+",
                " AND customer_id = 'COMPANY' AND (rule_id LIKE 'C%' OR rule_id LIKE 'R%')");
    }

    @Test
    void theContactObligationsBlockCountsNoCompanyFinding() throws Exception {
        // given: the contact obligations block's total and the customers' stored C and R rows
        String block = console.substring(console.indexOf("Contact obligations (C, R): findings stored"));
        Matcher m = Pattern.compile("(?m)^  total +([0-9]+) +([0-9]+) +([0-9]+)$").matcher(block);
        long company = stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND customer_id = 'COMPANY'"
                + " AND (rule_id LIKE 'C%' OR rule_id LIKE 'R%')");
        long customers = stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND customer_id <> 'COMPANY'"
                + " AND (rule_id LIKE 'C%' OR rule_id LIKE 'R%') AND subject_id NOT IN (SELECT complaint_id FROM complaint)");

        // then: the company's rows are stored, and the block's total is at most the customers' rows
        assertThat(m.find()).isTrue();
        assertThat(company).isPositive();
        assertThat(Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)))
                .isPositive().isLessThanOrEqualTo(customers);
    }

    private static void assertTheBlockIsTheStoredRows(String title, String rules, String where) throws Exception {
        // given: the console block's lines
        assertThat(console).contains(title);
        String block = console.substring(console.indexOf(title));
        block = block.substring(0, block.indexOf("\n\n"));
        Matcher rows = Pattern.compile("(?m)^  ([A-Za-z0-9]+) +([0-9]+) +([0-9]+) +([0-9]+)$").matcher(block);
        Map<String, long[]> perRule = new HashMap<>();
        while (rows.find()) {
            perRule.put(rows.group(1), new long[] {Long.parseLong(rows.group(2)), Long.parseLong(rows.group(3)),
                    Long.parseLong(rows.group(4))});
        }

        // then: every rule's line and the total are the stored rows, severity by severity
        assertThat(perRule).containsKey("total");
        assertThat(perRule.keySet()).allMatch(r -> r.equals("total") || r.matches(rules));
        String[] severities = {"INFO", "WARNING", "VIOLATION"};
        for (Map.Entry<String, long[]> line : perRule.entrySet()) {
            String rule = line.getKey().equals("total") ? "" : " AND rule_id = '" + line.getKey() + "'";
            for (int i = 0; i < 3; i++) {
                assertThat(line.getValue()[i]).as(line.getKey() + " " + severities[i]).isEqualTo(stored(
                        "SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = '" + severities[i] + "'" + rule + where));
            }
        }
        assertThat(perRule.get("total")[0] + perRule.get("total")[1] + perRule.get("total")[2]).isPositive()
                .isEqualTo(stored("SELECT COUNT(*) FROM finding WHERE run_date = ?" + where));
    }

    @Test
    void theCsvHoldsTheCustomerInformationAndPolicyRevisionFindings() {
        // given: the 80 customers' sample has uses (A9, I4), destructions (A9, I5), updates (I10) and the company's
        // policy revisions (A8) with findings
        int rule = csv.get(0).indexOf("rule_id");

        // then
        assertThat(csv.subList(1, csv.size()).stream().map(r -> r.get(rule))).contains("A9", "I4", "I5", "I10", "A8");
    }

    /**
     * The catalogue's DRL-enforced IDs the main job stores no finding for by design, each with why (the catalogue's
     * Java-enforced IDs, T1, T10, P1, P2, P5, P6, I3, are definitions and invariants of the domain types it names).
     */
    private static final Map<String, String> NOT_A_STORED_FINDING = Map.of(
            "I2", "the customer file's contents: the I2 rule inserts the FileField rows I1 (minimisation) reads, so it is"
                    + " applied through I1's findings",
            "I7", "encryption at rest: ComplianceJob checks it when it starts and refuses to start while a personal column"
                    + " is stored in clear text, so a run that stores findings has none");

    /**
     * Judged by the job's areas, but the 80-customer sample does not make them happen (nothing in the sample asks
     * for them, or it is in order for them): the gap left open. The tier definitions T2-T4 are tier decisions, not
     * findings. When the sample produces one, it leaves this list (the test says so).
     */
    private static final List<String> NOT_IN_THE_SAMPLE = List.of("T2", "T3", "T4", "T8", "A3", "C3", "C4", "C6", "C9",
            "C10", "R1", "R4", "R5", "R7", "R8", "D4", "D5", "D6", "D7", "D8", "D9", "D14", "P3", "P4", "P7", "P8", "P9",
            "P11", "I1", "I8", "I11");

    @Test
    void theStoredFindingsCoverEveryCatalogueRuleTheJobJudges() {
        // given: the catalogue's DRL-enforced IDs (the metrics M1, M2 and the definitions are enforced in Java)
        int rule = csv.get(0).indexOf("rule_id");
        java.util.Set<String> inTheCsv = new java.util.TreeSet<>();
        csv.subList(1, csv.size()).forEach(r -> inTheCsv.add(r.get(rule)));
        List<String> drl = CatalogueEntry.all().stream().filter(e -> !e.isEnforcedInJava()).map(e -> e.id().value()).toList();
        List<String> judged = drl.stream()
                .filter(id -> !NOT_A_STORED_FINDING.containsKey(id) && !NOT_IN_THE_SAMPLE.contains(id)).toList();

        // then: every judged ID has a stored finding (D11, D16, A7 and I9 among them), the lists name catalogue IDs
        assertThat(judged).hasSizeGreaterThan(35).contains("D11", "D16", "A7", "I9");
        assertThat(inTheCsv).containsAll(judged);
        assertThat(drl).containsAll(NOT_A_STORED_FINDING.keySet()).containsAll(NOT_IN_THE_SAMPLE);
        assertThat(inTheCsv).as("stored now: remove it from NOT_IN_THE_SAMPLE")
                .doesNotContainAnyElementsOf(NOT_IN_THE_SAMPLE).doesNotContainAnyElementsOf(NOT_A_STORED_FINDING.keySet());
    }

    @Test
    void theSampleHasItsKnownSlipsAsViolations() throws Exception {
        // then: a satisfaction survey report late or missing (D11), a reported-problem analysis missing (D16), a
        // complaint handled without the leader's approval (A7) and a breach whose customers were notified late (I9)
        for (String id : List.of("D11", "D16", "A7", "I9")) {
            assertThat(stored("SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = 'VIOLATION' AND rule_id = '"
                    + id + "'")).as(id).isPositive();
        }
    }

    @Test
    void theConsoleObligationsAreTheReportsObligationsTable() {
        // given: the console's obligation lines
        Matcher m = Pattern.compile("(?m)^  ([A-Z_]+) +([A-Z_]+) +([A-Z][0-9]+) +([0-9]+) +([0-9]+) +([0-9]+) +([0-9]+)$")
                .matcher(console.substring(console.indexOf("Contact obligations (the report's obligations table)")));
        int lines = 0;
        while (m.find()) {
            String key = "obligations-table|" + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "|";
            // then
            assertThat(shown.get(key + "Met")).as(key).isEqualTo(Long.parseLong(m.group(4)));
            assertThat(shown.get(key + "Due")).as(key).isEqualTo(Long.parseLong(m.group(5)));
            assertThat(shown.get(key + "At risk")).as(key).isEqualTo(Long.parseLong(m.group(6)));
            assertThat(shown.get(key + "Overdue")).as(key).isEqualTo(Long.parseLong(m.group(7)));
            lines++;
        }
        assertThat(lines).isEqualTo(shown.keySet().stream().filter(k -> k.startsWith("obligations-table|") && k.endsWith("|Met")).count());
    }

    @Test
    void anApprovalNobodyRequestedHasNoRequestTime() {
        // given
        int from = html.indexOf("<section id=\"approvals\">");
        String approvals = from < 0 ? "" : html.substring(from, html.indexOf("</section>", from));

        // then
        Matcher rows = Pattern.compile("<tr[^>]*><td>\\(not requested\\)</td>(.*?)</tr>").matcher(approvals);
        while (rows.find()) {
            assertThat(rows.group(1)).doesNotContainPattern("<td>20[0-9]{2}-").contains("<td>not requested</td>");
        }
    }

    @Test
    void theConsoleMetricsLinesAreTheReportsMetricsTable() {
        // given: the console's metrics lines and the report's metrics table, cell by cell
        String block = console.substring(console.indexOf("Metrics (M1/M2)"));
        block = block.substring(0, block.indexOf("\n\n"));
        Matcher line = Pattern.compile("(?m)^  (M[12]) (.+?) +(\\S+(?: per customer| CNY)?)  \\((\\S+) / (\\S+)\\)  (.*)$")
                .matcher(block);
        List<List<String>> lines = new ArrayList<>();
        while (line.find()) {
            lines.add(List.of(line.group(1), line.group(2), line.group(3), line.group(4), line.group(5), line.group(6)));
        }
        int from = html.indexOf("<table id=\"metrics-table\">");
        String section = html.substring(from, html.indexOf("</table>", from));
        Matcher row = Pattern.compile("<tr data-key=\"[^\"]*\"[^>]*>(.*?)</tr>").matcher(section);
        List<List<String>> table = new ArrayList<>();
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(unescape(cell.group(1)));
            }
            table.add(cells);
        }

        // then
        assertThat(lines).hasSizeGreaterThan(15).isEqualTo(table);
        assertThat(lines).filteredOn(l -> l.get(1).startsWith("customer satisfaction CSAT")
                || l.get(1).startsWith("net promoter score") || l.get(1).startsWith("churn rate")
                || l.get(1).startsWith("customer loyalty") || l.get(1).startsWith("customer lifetime value")
                || l.get(1).startsWith("customer acquisition cost") || l.get(1).startsWith("feedback rate"))
                .hasSize(7).allSatisfy(l -> assertThat(l.get(2)).as(l.get(1)).isNotEqualTo("–"));
    }

    @Test
    void theMetricsChartHoldsNoRateWhereLowerIsBetter() {
        // given: the bar labels of the metrics section's chart
        int from = html.indexOf("<section id=\"metrics\">");
        String section = html.substring(from, html.indexOf("</section>", from));
        String svg = section.substring(section.indexOf("<svg"), section.indexOf("</svg>"));
        Matcher label = Pattern.compile("text-anchor=\"end\">([^<]*)<").matcher(svg);
        List<String> labels = new ArrayList<>();
        while (label.find()) {
            labels.add(unescape(label.group(1)));
        }

        // then: rates where higher is better only (churn, complaint rate, acquisition cost are in the table)
        assertThat(labels).anyMatch(l -> l.startsWith(org.crmpolicy.metric.Metric.CSAT.title()));
        for (org.crmpolicy.metric.Metric m : org.crmpolicy.metric.Metric.values()) {
            if (m.direction() == org.crmpolicy.metric.Direction.LOWER_IS_BETTER) {
                assertThat(labels).as(m.title()).noneMatch(l -> l.startsWith(m.title()));
            }
        }
    }

    @Test
    void progressLinesComeBeforeTheFirstTableAndNoWarningSitsInsideATable() {
        // given: the console's lines; a table starts at a title line followed by indented rows and ends at a blank line
        String firstTable = "Customers per tier";
        List<String> lines = console.lines().toList();
        int table = lines.indexOf(lines.stream().filter(l -> l.startsWith(firstTable)).findFirst().orElseThrow());

        // then: every step and chunk line is printed before the first table
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("  \\[[0-9]+\\] .*|      chunk [0-9]+: .*")) {
                assertThat(i).as(lines.get(i)).isLessThan(table);
            }
        }
        assertThat(lines.subList(0, table)).anyMatch(l -> l.matches("      chunk [0-9]+: .*"));
        // and no WARN line from a logger is inside a block of the tables
        boolean inBlock = false;
        for (int i = table; i < lines.size(); i++) {
            String l = lines.get(i);
            assertThat(inBlock && l.contains(" WARN ")).as("line " + i + ": " + l).isFalse();
            inBlock = !l.isBlank();
        }
    }

    @Test
    void theSurveyStatusAndAmountMetricsAreRecomputedFromTheStoredRows() throws Exception {
        // given: the metrics' window, the 12 months up to the run, asOf included; the policy's survey bounds
        // (M1.csat-satisfied-from 4, M1.nps-promoter-from 9, M1.nps-detractor-up-to 6)
        ZonedDateTime start = ErpFixtures.AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).minusMonths(12);
        Object from = start.toOffsetDateTime();
        Object to = ErpFixtures.AS_OF.plusSeconds(1).atOffset(ZoneOffset.UTC);
        Object startDay = start.toLocalDate();
        Object day = ErpFixtures.DAY;
        String answers = "SELECT COUNT(*) FROM survey_answer a JOIN tier_decision t ON t.customer_id = a.customer_id"
                + " AND t.run_date = ? WHERE a.answered_at >= ? AND a.answered_at < ?";
        String activeAtStart = "(SELECT h.status FROM contract_status_history h WHERE h.customer_id = k.customer_id"
                + " AND h.from_day <= ? ORDER BY h.from_day DESC LIMIT 1) = 'ACTIVE'";
        String revenue = "(SELECT COALESCE(SUM(x.amount), 0) FROM contract x WHERE x.customer_id = k.customer_id"
                + " AND x.status = 'SIGNED' AND x.signed_on <= ?)";
        String acquired = " FROM customer k JOIN customer_acquisition a ON a.customer_id = k.customer_id"
                + " WHERE k.first_contract_date > ? AND k.first_contract_date <= ?";

        // then: CSAT, NPS and the feedback rate are counts of the survey answers of the window
        assertThat(metric("customer satisfaction CSAT")).containsExactly(
                count(answers + " AND a.csat >= 4", day, from, to), count(answers + " AND a.csat IS NOT NULL", day, from, to));
        assertThat(metric("net promoter score")).containsExactly(
                count(answers + " AND a.nps >= 9", day, from, to) - count(answers + " AND a.nps <= 6", day, from, to),
                count(answers + " AND a.nps IS NOT NULL", day, from, to));
        assertThat(metric("feedback rate")).containsExactly(
                count(answers.replace("COUNT(*)", "COUNT(DISTINCT a.customer_id)"), day, from, to), (long) SIZE);
        // churn and loyalty: ACTIVE on the window's first day by the status history, and the customer record now
        long atStart = count("SELECT COUNT(*) FROM customer k WHERE " + activeAtStart, startDay);
        assertThat(atStart).isPositive();
        assertThat(metric("churn rate")).containsExactly(count("SELECT COUNT(*) FROM customer k WHERE " + activeAtStart
                + " AND k.contract_status <> 'ACTIVE'", startDay), atStart);
        assertThat(metric("customer loyalty")).containsExactly(count("SELECT COUNT(*) FROM customer k WHERE " + activeAtStart
                + " AND k.contract_status = 'ACTIVE'", startDay), atStart);
        // lifetime value: the SIGNED contracts up to the day of the customers that have done business
        assertThat(metricAmounts("customer lifetime value")).containsExactly(
                amount("SELECT SUM(" + revenue + ") FROM customer k WHERE k.contract_status <> 'NONE'", day),
                amount("SELECT COUNT(*) FROM customer k WHERE k.contract_status <> 'NONE'"));
        // acquisition cost: of the customers whose first contract day lies in the window
        assertThat(metricAmounts("customer acquisition cost")).containsExactly(
                amount("SELECT SUM(a.acquisition_cost)" + acquired, startDay, day),
                amount("SELECT COUNT(*)" + acquired, startDay, day));
    }

    /** The console line of a metric: its numerator and denominator as whole numbers. */
    private static List<Long> metric(String name) {
        List<String> l = metricLine(name);
        return List.of(Long.parseLong(l.get(0)), Long.parseLong(l.get(1)));
    }

    private static List<BigDecimal> metricAmounts(String name) {
        List<String> l = metricLine(name);
        return List.of(new BigDecimal(l.get(0)).stripTrailingZeros(), new BigDecimal(l.get(1)).stripTrailingZeros());
    }

    private static List<String> metricLine(String name) {
        Matcher m = Pattern.compile("(?m)^  M[12] " + Pattern.quote(name) + " .*?  \\((\\S+) / (\\S+)\\)  ").matcher(console);
        assertThat(m.find()).as("metrics line '" + name + "' in:%n" + console).isTrue();
        return List.of(m.group(1), m.group(2));
    }

    private static long count(String sql, Object... params) throws Exception {
        return ErpFixtures.count(erp, sql, params);
    }

    private static BigDecimal amount(String sql, Object... params) throws Exception {
        try (Connection c = erp.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).stripTrailingZeros();
            }
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static long consoleNumber(String label) {
        Matcher m = Pattern.compile("(?m)^ +" + Pattern.quote(label) + " +([0-9]+)").matcher(console);
        assertThat(m.find()).as("console line '" + label + "' in:%n" + console).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long overdue() throws Exception {
        return ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE run_date = ? AND due < ?", ErpFixtures.DAY,
                ErpFixtures.AS_OF.atOffset(ZoneOffset.UTC));
    }

    private static long customersWithAViolation() throws Exception {
        // customers are what the run classified: the company's own findings (periodic reports) are no customer's
        return stored("SELECT COUNT(DISTINCT f.customer_id) FROM finding f JOIN tier_decision t ON t.run_date = f.run_date"
                + " AND t.customer_id = f.customer_id WHERE f.run_date = ? AND f.severity = 'VIOLATION'");
    }

    private static long stored(String sql) throws Exception {
        return ErpFixtures.count(erp, sql, ErpFixtures.DAY);
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
