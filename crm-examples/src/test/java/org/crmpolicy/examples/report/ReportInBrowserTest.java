package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.crmpolicy.examples.erp.ComplianceJob;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.rules.CrmPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compliance report as a manager sees it: generated from an H2 ERP run and loaded in a real headless chromium.
 * Skipped with a message when chromium is missing; mandatory on CI.
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

    @BeforeAll
    static void runTheErpAndRenderTheReportInChromium() throws Exception {
        Path chromium = Chromium.require();
        erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, SIZE);
        try (Connection c = erp.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE customer SET name = '" + HOSTILE.replace("'", "''") + "' WHERE customer_id = 'C0000018'");
        }
        ComplianceJob.builder(erp, ErpFixtures.policy()).chunkSize(64).build().run(DAY, AS_OF);
        ComplianceReport.standard().with(PendingApprovalsSource.from(new ErpPendingApprovals()))
                .write(ReportContext.load(erp, DAY, CrmPolicy.DEFAULT_ZONE), dir);
        dom = Chromium.dumpDom(chromium, dir.resolve(ComplianceReport.HTML_FILE), dir);
        counts = new HashMap<>();
        Matcher m = COUNT.matcher(dom);
        while (m.find()) {
            counts.put(m.group(1), Long.parseLong(m.group(2)));
        }
    }

    @Test
    void theReportRendersWithItsSectionsAndCharts() {
        // then
        assertThat(dom).contains("<title>客户关系合规报告 Compliance report 2025-11-24</title>")
                .contains("<section id=\"tiers\">", "<section id=\"findings\">", "<section id=\"actions\">",
                        "<section id=\"approvals\">", "<section id=\"not-shown\">")
                .contains("data-missing=\"obligations\"", "data-missing=\"complaints\"", "data-missing=\"metrics\"")
                .contains("<svg");
        assertThat(counts).isNotEmpty();
    }

    @Test
    void theNumbersPerTierRuleAndSeverityAreTheStoredFindings() throws Exception {
        // given: the counts straight from the database
        Map<String, Long> expected = new HashMap<>();
        try (Connection c = erp.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT t.tier, f.rule_id, f.severity, COUNT(*) FROM finding f JOIN tier_decision t"
                        + " ON t.run_date = f.run_date AND t.customer_id = f.customer_id WHERE f.run_date = ?"
                        + " GROUP BY t.tier, f.rule_id, f.severity")) {
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
        try (Connection c = erp.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, phone, email, birthday FROM contact_person")) {
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) {
                    if (rs.getString(i) != null) {
                        personal.add(rs.getString(i));
                    }
                }
            }
        }
        assertThat(personal).hasSizeGreaterThan(3 * SIZE);
        String csv = Files.readString(dir.resolve(ComplianceReport.CSV_FILE));

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
}
