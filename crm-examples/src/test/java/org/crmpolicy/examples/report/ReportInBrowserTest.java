package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmpolicy.examples.PortfolioRun;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.rules.CrmPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report as a manager sees it: generated from an H2 ERP run and loaded in a real headless chromium.
 * Every test is skipped (a JUnit assumption) when chromium is missing; mandatory on CI. Writes screenshots of the
 * first screen and of the actions section to crm-examples/target/erp-run/ for a person to look at.
 */
class ReportInBrowserTest {

    private static final int SIZE = 200;
    private static final Pattern COUNT = Pattern.compile("data-count=\"([^\"]+)\">([0-9]+)<");
    private static final String HOSTILE = "<img src=x onerror=alert(1)>四川&\"测试\"航空有限公司";

    @TempDir
    static Path dir;
    private static DataSource erp;
    private static String dom;
    private static Map<String, Long> counts;

    /** Where the screenshots go, for a person to look at: crm-examples/target/erp-run. */
    static final Path SCREENSHOTS = Path.of("target", "erp-run");
    private static Optional<Path> chromium;

    @BeforeAll
    static void runTheErpAndRenderTheReportInChromium() throws Exception {
        chromium = Chromium.findOrFailOnCi();
        if (chromium.isEmpty()) {
            return;
        }
        erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, SIZE);
        try (Connection c = erp.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE customer SET name = '" + HOSTILE.replace("'", "''") + "' WHERE customer_id = 'C0000018'");
        }
        org.crmpolicy.examples.erp.SamplePeriodicReports.loadIfEmpty(erp, ErpFixtures.policy(), ErpFixtures.SEED, DAY);
        PortfolioRun.job(erp, ErpFixtures.policy()).chunkSize(64).build().run(DAY, AS_OF);
        PortfolioRun.report(ErpFixtures.policy())
                .write(ReportContext.load(erp, DAY, CrmPolicy.DEFAULT_ZONE), dir);
        Path page = dir.resolve(ComplianceReportPage.HTML_FILE);
        dom = Chromium.dumpDom(chromium.get(), page, dir);
        Chromium.screenshot(chromium.get(), page, SCREENSHOTS.resolve("report-first-screen.png"), 1280, 900, dir);
        // the actions section alone, on the page's own styles
        String html = Files.readString(page);
        int from = html.indexOf("<section id=\"actions\">");
        Path actions = dir.resolve("actions-only.html");
        Files.writeString(actions, html.substring(0, html.indexOf("<body>") + 6)
                + html.substring(from, html.indexOf("</section>", from) + 10) + "</body></html>");
        Chromium.screenshot(chromium.get(), actions, SCREENSHOTS.resolve("report-actions.png"), 1280, 1400, dir);
        counts = new HashMap<>();
        Matcher m = COUNT.matcher(dom);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
    }

    @BeforeEach
    void skipWithoutChromium() {
        assumeTrue(chromium.isPresent(), Chromium.MISSING);
    }

    @Test
    void theScreenshotsOfTheFirstScreenAndTheActionsAreWritten() throws Exception {
        // then: PNG files a person can look at
        for (String png : List.of("report-first-screen.png", "report-actions.png")) {
            byte[] bytes = Files.readAllBytes(SCREENSHOTS.resolve(png));
            assertThat(bytes.length).as(png).isGreaterThan(20_000);
            assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).as(png).isEqualTo("PNG");
        }
    }

    @Test
    void theFirstScreensCardsInTheScreenshotsDomAreTheStoredRows() throws Exception {
        // given: the cards of the page the first-screen screenshot is taken from, as chromium rendered it
        Map<String, Long> cards = new java.util.TreeMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith("summary|") && key.endsWith("|value")) {
                cards.put(key.substring("summary|".length(), key.length() - "|value".length()), value);
            }
        });

        // then: every card the first screen shows is counted from the database, and the cards come before any section
        assertThat(cards).containsOnlyKeys("customers", "findings", "WARNING", "VIOLATION", "overdue");
        assertThat(cards.get("customers"))
                .isEqualTo(ErpFixtures.count(erp, "SELECT COUNT(*) FROM tier_decision WHERE run_date = ?", DAY));
        assertThat(cards.get("findings")).isPositive()
                .isEqualTo(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE run_date = ?", DAY));
        for (String severity : List.of("WARNING", "VIOLATION")) {
            assertThat(cards.get(severity)).as(severity).isEqualTo(ErpFixtures.count(erp,
                    "SELECT COUNT(*) FROM finding WHERE run_date = ? AND severity = ?", DAY, severity));
        }
        assertThat(cards.get("overdue")).isEqualTo(ErpFixtures.count(erp,
                "SELECT COUNT(*) FROM finding WHERE run_date = ? AND due < ?", DAY, AS_OF.atOffset(java.time.ZoneOffset.UTC)));
        assertThat(dom.indexOf("data-count=\"summary|overdue|value\"")).isPositive().isLessThan(dom.indexOf("<section "));
    }

    @Test
    void theReportRendersWithItsSectionsAndCharts() {
        // then
        assertThat(dom).contains("<title>客户关系合规报告 Compliance report 2025-11-24</title>")
                .contains("<section id=\"tiers\">", "<section id=\"findings\">", "<section id=\"actions\">",
                        "<section id=\"approvals\">", "<section id=\"complaints\">", "<section id=\"metrics\">",
                        "<section id=\"obligations\">")
                .doesNotContain("data-missing=")
                .contains("<svg");
        assertThat(counts).isNotEmpty();
    }

    @Test
    void theNumbersPerTierRuleAndSeverityAreTheStoredFindings() throws Exception {
        // given: the counts straight from the database
        Map<String, Long> expected = new HashMap<>();
        try (Connection c = erp.getConnection(); PreparedStatement ps = c.prepareStatement(
                // a customer's findings under its tier, the company's own (periodic reports) under COMPANY
                "SELECT COALESCE(t.tier, f.customer_id), f.rule_id, f.severity, COUNT(*) FROM finding f LEFT JOIN"
                        + " tier_decision t ON t.run_date = f.run_date AND t.customer_id = f.customer_id"
                        + " WHERE f.run_date = ? AND (t.tier IS NOT NULL OR f.customer_id = 'COMPANY')"
                        + " GROUP BY COALESCE(t.tier, f.customer_id), f.rule_id, f.severity")) {
            ps.setObject(1, DAY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    expected.put("findings-" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
                }
            }
        }

        // then: every count in the page is the database's, and no count from the database is missing
        Map<String, Long> shown = new HashMap<>();
        counts.forEach((key, value) -> {
            if (key.startsWith("findings-") && !key.endsWith("|Total") && value > 0) {
                shown.put(key, value);
            }
        });
        assertThat(shown).isEqualTo(expected);
        assertThat(counts.get("summary|findings|value"))
                .isEqualTo(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE run_date = ?", DAY));
        assertThat(counts.get("summary|customers|value")).isEqualTo(SIZE);
        assertThat(counts.get("summary|VIOLATION|value"))
                .isEqualTo(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE severity = 'VIOLATION'"));
        for (String tier : List.of("STRATEGIC_PARTNER", "KEY", "GENERAL", "RESERVE")) {
            assertThat(counts.get("tiers-table|" + tier + "|Customers")).as(tier)
                    .isEqualTo(ErpFixtures.count(erp, "SELECT COUNT(*) FROM tier_decision WHERE tier = ?", tier));
        }
    }

    @Test
    void noPersonalDataIsInThePageOrTheCsv() throws Exception {
        // given: every contact person's name, phone, e-mail and birthday in the ERP
        List<String> personal = new ArrayList<>();
        try (Connection c = erp.getConnection()) {
            c.setAutoCommit(false);
            CustomerTable.readAfter(c, null, 500, 500, chunk -> chunk.forEach(customer ->
                    customer.contactPersons().forEach(p -> {
                        for (Object value : new Object[] {p.name(), p.phone(), p.email(), p.birthday()}) {
                            if (value != null) {
                                personal.add(value.toString());
                            }
                        }
                    })));
            c.commit();
        }
        assertThat(personal).hasSizeGreaterThan(3 * SIZE);
        String csv = Files.readString(dir.resolve(ComplianceReportPage.CSV_FILE));

        // then
        assertThat(personal).allSatisfy(p -> {
            assertThat(dom).doesNotContain(p);
            assertThat(csv).doesNotContain(p);
        });
    }

    @Test
    void aHostileCustomerNameIsShownAsTextAndRunsNothing() {
        // then: chromium parsed no element from the name; it is text in the table
        assertThat(dom).doesNotContain("<img").doesNotContain("onerror=alert(1)>")
                .contains("&lt;img src=x onerror=alert(1)&gt;四川&amp;\"测试\"航空有限公司");
    }

    @Test
    void theOpenComplaintsAreTheStoredComplaintsWhoseLatestStateIsNotClosed() throws Exception {
        // given: from the append-only events, the state after each complaint's latest state-changing event
        List<String> expected = new ArrayList<>();
        try (Connection c = erp.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.complaint_id FROM complaint_event e WHERE e.seq ="
                     + " (SELECT MAX(x.seq) FROM complaint_event x WHERE x.complaint_id = e.complaint_id)"
                     + " AND e.state_after <> 'CLOSED' ORDER BY e.complaint_id")) {
            while (rs.next()) {
                expected.add(rs.getString(1));
            }
        }

        // then
        assertThat(expected).isNotEmpty();
        assertThat(rowKeys("complaints")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(section("complaints")).contains(expected.size() + " open complaints");
    }

    @Test
    void theApprovalsPendingAreTheDraftContractsWhoseYearTotalNeedsTheA1ApprovalNotYetGranted() throws Exception {
        // given: A1 straight from the tables: draft + signed contracts of the draft's calendar year >= 4,000.00 CNY
        // and no APPROVED approval for the draft
        List<String> expected = new ArrayList<>();
        try (Connection c = erp.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.contract_no FROM contract d WHERE d.status = 'DRAFT'"
                     + " AND NOT EXISTS (SELECT 1 FROM approval a WHERE a.subject_id = d.contract_no AND a.decision = 'APPROVED')"
                     + " AND d.amount + COALESCE((SELECT SUM(e.amount) FROM contract e WHERE e.customer_id = d.customer_id"
                     + " AND e.status = 'SIGNED' AND YEAR(e.signed_on) = YEAR(d.signed_on)), 0) >= 4000")) {
            while (rs.next()) {
                expected.add(rs.getString(1));
            }
        }

        // then
        assertThat(expected).isNotEmpty();
        assertThat(rowKeys("approvals")).extracting(k -> k.substring(0, k.indexOf('|')))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rowKeys("approvals")).allSatisfy(k -> assertThat(k).contains("|A1|"));
    }

    @Test
    void theMetricsCountWhatTheDatabaseHolds() throws Exception {
        // given
        long complaining = ErpFixtures.count(erp, "SELECT COUNT(DISTINCT customer_id) FROM complaint");
        long complaints = ErpFixtures.count(erp, "SELECT COUNT(*) FROM complaint");
        String latestState = "SELECT COUNT(*) FROM complaint_event e WHERE e.seq = (SELECT MAX(x.seq) FROM complaint_event x"
                + " WHERE x.complaint_id = e.complaint_id) AND e.state_after IN ";
        long resolvedNow = ErpFixtures.count(erp, latestState + "('RESOLVED', 'REVIEWED', 'CLOSED')");
        long everResolved = ErpFixtures.count(erp, "SELECT COUNT(DISTINCT complaint_id) FROM complaint_event WHERE event_type = 'RESOLVED'");
        long reviewed = ErpFixtures.count(erp, "SELECT COUNT(DISTINCT complaint_id) FROM complaint_event WHERE event_type = 'REVIEWED'");

        // then
        assertThat(metric("complaint rate 投诉率")).containsExactly(complaining, (long) SIZE);
        assertThat(metric("resolution rate 解决率")).containsExactly(resolvedNow, complaints);
        assertThat(metric("complaint review rate 复核率")).containsExactly(reviewed, everResolved);
        assertThat(metric("complaint review timeliness 复核及时率")[1]).isEqualTo(reviewed);
        // and the survey answers of the 12 months up to the run, asOf included, are counted (V11)
        long csatAnswers = ErpFixtures.count(erp, "SELECT COUNT(*) FROM survey_answer WHERE csat IS NOT NULL"
                + " AND answered_at >= ? AND answered_at < ?", AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).minusMonths(12)
                .toOffsetDateTime(), AS_OF.plusSeconds(1).atOffset(java.time.ZoneOffset.UTC));
        assertThat(metric("customer satisfaction CSAT 客户满意度")[1]).isPositive().isEqualTo(csatAnswers);
        assertThat(section("metrics")).contains("customers with a complaint received in the period / customers in the portfolio")
                .doesNotContain("missing survey responses", "missing acquisition cost", "missing the contract status");
    }

    private static long[] metric(String name) {
        return new long[] {counts.get("metrics-table|" + name + "|Counted"), counts.get("metrics-table|" + name + "|Base")};
    }

    private static String section(String id) {
        int from = dom.indexOf("<section id=\"" + id + "\">");
        assertThat(from).as("section " + id).isNotNegative();
        return dom.substring(from, dom.indexOf("</section>", from));
    }

    private static List<String> rowKeys(String id) {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("<tr data-key=\"([^\"]+)\"").matcher(section(id));
        while (m.find()) {
            keys.add(m.group(1).replace("&amp;", "&"));
        }
        return keys;
    }

    @Test
    void theQuarterlyRevisitCountsAreTheCustomersWithARevisitInTheLogThisQuarter() throws Exception {
        // given: per tier, customers with a revisit (PHONE, EMAIL, SMS or VISIT) from 2025-10-01 00:00 Asia/Shanghai
        // up to the run's instant, straight from the contact table
        java.time.Instant quarter = java.time.LocalDate.of(2025, 10, 1).atStartOfDay(CrmPolicy.DEFAULT_ZONE).toInstant();
        for (String tier : List.of("STRATEGIC_PARTNER", "KEY", "GENERAL")) {
            long revisited = ErpFixtures.count(erp, "SELECT COUNT(DISTINCT k.customer_id) FROM contact k JOIN tier_decision t"
                    + " ON t.customer_id = k.customer_id AND t.run_date = ? WHERE t.tier = ? AND k.purpose = 'REVISIT'"
                    + " AND k.channel IN ('PHONE', 'EMAIL', 'SMS', 'VISIT') AND k.occurred_at >= ? AND k.occurred_at <= ?",
                    DAY, tier, quarter.atOffset(java.time.ZoneOffset.UTC), AS_OF.atOffset(java.time.ZoneOffset.UTC));
            long customers = ErpFixtures.count(erp, "SELECT COUNT(*) FROM tier_decision WHERE run_date = ? AND tier = ?", DAY, tier);

            // then: the obligations table and the revisit-coverage metric say the same
            assertThat(counts.get("obligations-table|" + tier + "/SALES_STAFF/C5|Met")).as(tier).isEqualTo(revisited);
            assertThat(metric("revisit coverage 回访覆盖率 " + tier)).as(tier).containsExactly(revisited, customers);
        }
    }
}
