package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.examples.report.ReportFixtures.AS_OF;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceReportPageTest {

    @Test
    void customerNamesAreEscapedSoNoMarkupGetsIn() {
        // when
        String html = ComplianceReportPage.standard().render(ReportFixtures.context()).html();

        // then
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;成都&amp;&quot;航空&quot;有限公司")
                .doesNotContain("<script");
    }

    @Test
    void theReportIsOneFileThatLoadsNothingFromOutside() {
        // when
        String html = ComplianceReportPage.standard().render(ReportFixtures.context()).html();

        // then
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("default-src 'none'").contains("WenQuanYi Zen Hei").contains("Noto Sans CJK SC")
                .contains("<svg").doesNotContain("<link").doesNotContain("src=").doesNotContain("url(")
                .doesNotContain("@import");
    }

    @Test
    void sectionsWithoutADataSourceAreNotShownAndTheReportSaysWhatTheyNeed() {
        // when
        ComplianceReportPage.Rendered rendered = ComplianceReportPage.standard().render(ReportFixtures.context());

        // then
        assertThat(rendered.shown()).containsExactly("actions", "tiers", "findings");
        assertThat(rendered.notShown()).extracting(ComplianceSource::id)
                .containsExactly("obligations", "complaints", "approvals", "metrics");
        assertThat(rendered.html()).contains("data-missing=\"obligations\"").contains("issue 6")
                .doesNotContain("id=\"obligations\"");
    }

    @Test
    void wiredSectionsRenderTheirRows() {
        // given
        ComplianceReportPage report = ComplianceReportPage.standard()
                .with(ObligationsSource.from(ctx -> List.of(
                        new ObligationCount(Tier.KEY, "SALES_DEPARTMENT", RuleId.of("C1"), 7, 2, 1))))
                .with(OpenComplaintsSource.from(ctx -> List.of(new OpenComplaint("C002-TS1", ReportFixtures.B, "ASSIGNED",
                        RuleId.of("D1"), AS_OF.minusSeconds(3600), "CUSTOMER_SERVICE"))))
                .with(PendingApprovalsSource.from(ctx -> List.of(new PendingApproval("AP-1", "SALES_CONTRACT", "HT-1",
                        ReportFixtures.C, "LEADER_IN_CHARGE", AS_OF.minusSeconds(3 * 86_400), RuleId.of("A1")))))
                .with(MetricsSource.from(ctx -> List.of(
                        Indicator.ratio(Metric.COMPLAINT_RATE, null, "customers with a complaint / customers", 1, 3, "none"),
                        Indicator.ratio(Metric.COMPLAINT_REVIEW_RATE, null, "reviewed / resolved complaints", 0, 0,
                                "no complaint was resolved"))));

        // when
        ComplianceReportPage.Rendered rendered = report.render(ReportFixtures.context());

        // then
        assertThat(rendered.notShown()).isEmpty();
        assertThat(rendered.shown()).containsExactly("actions", "tiers", "findings", "obligations", "complaints", "approvals", "metrics");
        assertThat(rendered.html())
                .contains("data-count=\"obligations-table|KEY/SALES_DEPARTMENT/C1|Overdue\">1<")
                .contains("<tr data-key=\"C002-TS1\" class=\"overdue\">")
                .contains("<td>AP-1</td>").contains("<td>3</td>")
                .contains("<td>33.3%</td>").contains("<td>–</td>")
                .contains("reviewed / resolved complaints (not computable: no complaint was resolved)")
                .contains("Every section had its data.");
    }

    @Test
    void csatByAccountManagerShowsTheFiveHighestAndLowestAndEveryManagerInItsOwnTable() {
        // given: twelve account managers, AM-1 with 1 of 12 answers satisfied ... AM-12 with 12 of 12
        List<Indicator> indicators = new java.util.ArrayList<>();
        indicators.add(Indicator.ratio(Metric.COMPLAINT_RATE, null, "customers with a complaint / customers", 1, 3, "none"));
        for (int m = 1; m <= 12; m++) {
            indicators.add(Indicator.ratio(Metric.CSAT_BY_ACCOUNT_MANAGER, "AM-" + m, "satisfied / answers", m, 12, "none"));
        }
        indicators.add(Indicator.ratio(Metric.COMPLAINT_REVIEW_RATE, null, "reviewed / resolved complaints", 1, 2, "none"));

        // when
        List<Indicator> shown = MetricsSource.shown(indicators);
        String html = ComplianceReportPage.standard().with(MetricsSource.from(ctx -> indicators))
                .render(ReportFixtures.context()).html();

        // then: the console's and the metrics table's list, in place, highest first
        assertThat(shown).extracting(i -> i.scope() == null ? i.metric().name() : i.scope()).containsExactly(
                "COMPLAINT_RATE", "AM-12", "AM-11", "AM-10", "AM-9", "AM-8", "AM-5", "AM-4", "AM-3", "AM-2", "AM-1",
                "COMPLAINT_REVIEW_RATE");
        assertThat(MetricsSource.csatNote(indicators)).hasValueSatisfying(n -> assertThat(n).contains("5 highest")
                .contains("5 lowest of 12 account managers"));
        assertThat(MetricsSource.csatNote(indicators.subList(0, 11))).isEmpty();
        assertThat(MetricsSource.shown(indicators.subList(0, 11))).isEqualTo(indicators.subList(0, 11));
        String metricsTable = html.substring(html.indexOf("<table id=\"metrics-table\">"));
        metricsTable = metricsTable.substring(0, metricsTable.indexOf("</table>"));
        assertThat(metricsTable).contains("AM-12").contains("AM-1<").doesNotContain("AM-6").doesNotContain("AM-7");
        assertThat(html).contains("data-count=\"csat-managers-table|AM-6|Satisfied\">6<")
                .contains("data-count=\"csat-managers-table|AM-1|Answers\">12<");
        String chart = html.substring(html.indexOf("<section id=\"metrics\">"), html.indexOf("<table id=\"metrics-table\">"));
        assertThat(chart).contains("AM-5").doesNotContain("AM-6").doesNotContain("AM-7");
    }

    @Test
    void countsPerTierRuleAndSeverityAreInTheTables() {
        // when
        String html = ComplianceReportPage.standard().render(ReportFixtures.context()).html();

        // then
        assertThat(html).contains("data-count=\"findings-KEY|T9|VIOLATION\">1<")
                .contains("data-count=\"findings-KEY|C1|WARNING\">1<")
                .contains("data-count=\"findings-GENERAL|T6|INFO\">1<")
                .contains("data-count=\"tiers-table|KEY|Customers\">2<")
                .contains("data-count=\"summary|findings|value\">5<");
    }

    @ParameterizedTest(name = "due {0} s after asOf: overdue {1}")
    @CsvSource({"-60, true", "-1, true", "0, false", "60, false"})
    void anItemIsOverdueOnlyAfterItsDueInstant(long dueAfterAsOf, boolean overdue) {
        // given
        Finding f = Finding.warning("C1", "C001", "visit").withDue(AS_OF.plusSeconds(dueAfterAsOf));

        // then
        assertThat(ActionItemsSource.isOverdue(f, AS_OF)).isEqualTo(overdue);
    }

    @Test
    void thisWeeksActionsComePerPersonAndTheUndatedOnesInThePerRuleTail() {
        // when
        String html = ComplianceReportPage.standard().render(ReportFixtures.context()).html();

        // then: C1 (due a minute ago) is overdue, D1 (due exactly now) is not; both are this week's
        assertThat(html).contains("data-count=\"actions-by-role|SALES_DEPARTMENT|Overdue\">1<")
                .contains("data-count=\"actions-by-role|CUSTOMER_SERVICE|Overdue\">0<")
                .contains("data-count=\"summary|overdue|value\">1<");
        String seller = "高红 (sales department head)";
        assertThat(html).contains("data-count=\"actions-people|" + seller + "|This week\">1<")
                .contains("data-count=\"actions-people|" + seller + "|Older or undated\">1<")
                .contains("data-count=\"actions-people|CUSTOMER_SERVICE|This week\">1<")
                .contains("<tr data-key=\"" + seller + "|C1\" class=\"overdue\">")
                .contains("missed since 2025-11-24 17:59")
                .contains("<tr data-key=\"CUSTOMER_SERVICE|D1\">")
                .contains("data-count=\"actions-tail|T9|Actions\">1<");
        assertThat(html.indexOf("<section id=\"actions\">")).isLessThan(html.indexOf("<section id=\"tiers\">"));
    }

    @Test
    void anObligationMissedForManyPeriodsIsOneActionMissedSinceItsFirstPeriod() {
        // given: three missed weekly calls of one customer
        ReportContext base = ReportFixtures.context();
        List<CustomerFinding> findings = new java.util.ArrayList<>();
        for (int week = 1; week <= 3; week++) {
            findings.add(new CustomerFinding(ReportFixtures.A, Finding.violation("C1", "C001", "weekly call — W" + week
                    + ": not met").withResponsible("BU_HEAD").withDue(ReportFixtures.AS_OF.minus(java.time.Duration.ofDays(7L * week - 6)))));
        }
        ReportContext ctx = new ReportContext(base.runDate(), base.asOf(), base.zone(), base.tiers(), base.customerNames(),
                findings, null);

        // when
        String html = ComplianceReportPage.standard().render(ctx).html();

        // then: one row, the customer counted once, three periods, missed since the oldest
        assertThat(html).contains("data-count=\"actions-week|孙建国 (BU head)|C1|Customers\">1<")
                .contains("data-count=\"actions-week|孙建国 (BU head)|C1|Periods\">3<")
                .contains("missed since 2025-11-09 18:00")
                .contains("data-count=\"actions-people|孙建国 (BU head)|This week\">1<");
    }

    @Test
    void aRowOfSeveralCustomersIsMissedSinceTheEarliestDueOfThemAllAndSaysWhatItCounts() {
        // given: one desk's C1 calls missed by two customers, A for 2 weeks, C for 2 periods the older one 15 days ago
        ReportContext base = ReportFixtures.context();
        List<CustomerFinding> findings = new java.util.ArrayList<>();
        for (Object[] missed : new Object[][] {{ReportFixtures.A, 1}, {ReportFixtures.A, 8}, {ReportFixtures.C, 2},
                {ReportFixtures.C, 15}}) {
            findings.add(new CustomerFinding((org.crmpolicy.customer.CustomerId) missed[0], Finding.violation("C1", "C00x",
                    "weekly call: not met").withResponsible("CUSTOMER_SERVICE")
                    .withDue(ReportFixtures.AS_OF.minus(java.time.Duration.ofDays((int) missed[1])))));
        }
        ReportContext ctx = new ReportContext(base.runDate(), base.asOf(), base.zone(), base.tiers(), base.customerNames(),
                findings, null);

        // when
        String html = ComplianceReportPage.standard().render(ctx).html();

        // then: two customers, four periods, since C's oldest (2025-11-09), and the row says what it counts
        assertThat(html).contains("data-count=\"actions-week|CUSTOMER_SERVICE|C1|Customers\">2<")
                .contains("data-count=\"actions-week|CUSTOMER_SERVICE|C1|Periods\">4<")
                .contains("missed since 2025-11-09 18:00 — earliest of 2 customers, 4 periods in all")
                .doesNotContain("missed since 2025-11-16 18:00");
    }

    @Test
    void oneCustomersRowSaysWhichOfItsPeriodsTheDateIs() {
        // then
        assertThat(ActionItemsSource.counted(1, 1)).isEmpty();
        assertThat(ActionItemsSource.counted(1, 3)).isEqualTo(" — the first of 3 periods");
        assertThat(ActionItemsSource.counted(2, 2)).isEqualTo(" — earliest of 2 customers, 2 periods in all");
    }

    @Test
    void deadlinesOfOneRuleAndPersonAreOneActionNamedByTheirObligationAndAMetLateOneReadsAsMetLate() {
        // given: two D2 first replies of the same service desk, one met late, one still open, and one met late alone
        ReportContext base = ReportFixtures.context();
        java.time.Instant due = ReportFixtures.AS_OF.minus(java.time.Duration.ofHours(5));
        List<CustomerFinding> findings = List.of(
                new CustomerFinding(ReportFixtures.A, Finding.violation("D2", "Q-1", "D2 first reply for Q-1 was due …"
                        + " and was met late, at …").withEvidence("obligation", "first reply").withEvidence("metAt", "x")
                        .withResponsible("SERVICE_DESK").withDue(due)),
                new CustomerFinding(ReportFixtures.A, Finding.violation("D2", "Q-2", "D2 first reply for Q-2 was due …"
                        + " and is still open").withEvidence("obligation", "first reply")
                        .withResponsible("SERVICE_DESK").withDue(due.plusSeconds(60))),
                new CustomerFinding(ReportFixtures.A, Finding.violation("D3", "M-1", "D3 handle for M-1 was due …"
                        + " and was met late, at …").withEvidence("obligation", "handle").withEvidence("metAt", "x")
                        .withResponsible("SERVICE_DESK").withDue(due)));
        ReportContext ctx = new ReportContext(base.runDate(), base.asOf(), base.zone(), base.tiers(), base.customerNames(),
                findings, null);

        // when
        String html = ComplianceReportPage.standard().render(ctx).html();

        // then: the desk has a name, each rule is one action named by its obligation, not by one inquiry's message
        assertThat(html).contains("data-count=\"actions-week|梁秀英 (service desk lead)|D2|Periods\">2<")
                .contains(">D2 first reply<").contains(">D3 handle<").doesNotContain(">D2 first reply for Q-1")
                .contains("met late, due ")
                .contains("missed since ");
    }

    @Test
    void theCsvHasEveryFindingQuotedForSpreadsheetsWithFormulasDefused(@TempDir Path dir) throws IOException {
        // when
        ComplianceReportPage.standard().write(ReportFixtures.context(), dir);

        // then
        byte[] bytes = Files.readAllBytes(dir.resolve(ComplianceReportPage.CSV_FILE));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(0)).isEqualTo(String.join(",", FindingsCsv.HEADER));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",\"'=HYPERLINK(\"\"evil\"\"), credit \"\"gate\"\"\","));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2025-11-24,C001,\"<script>alert('x')</script>成都&\"\"航空\"\"有限公司\",KEY,C1,WARNING,C001,SALES_DEPARTMENT,2025-11-24T17:59:00+08:00,yes,"));
        assertThat(Files.readString(dir.resolve(ComplianceReportPage.HTML_FILE))).contains("findings.csv");
    }

    @Test
    void aSingleBarChartIsNotRenderedAndATwoBarChartIs() {
        // given: a section whose chart has one bar, and one whose chart has two
        ComplianceSource one = chartSource("one-bar", List.of(new ReportSection.Bar("only", List.of(3L))));
        ComplianceSource two = chartSource("two-bars", List.of(new ReportSection.Bar("first", List.of(3L)),
                new ReportSection.Bar("second", List.of(5L))));

        // when
        String html = ComplianceReportPage.of(List.of(one, two)).render(ReportFixtures.context()).html();

        // then
        String first = html.substring(html.indexOf("<section id=\"one-bar\">"), html.indexOf("<section id=\"two-bars\">"));
        assertThat(first).doesNotContain("<svg").contains("a table beside the chart");
        assertThat(html.substring(html.indexOf("<section id=\"two-bars\">"))).contains("<svg");
    }

    @Test
    void theLongestCjkLabelFitsTheComputedLabelWidth() {
        // given: labels of 12 px text, a Han character at most 1 em (12 px), any other at most 7 px
        String longest = "CSAT by account manager 客户满意度(考核) AM-24 客户满意度客户满意度";
        List<ReportSection.Bar> bars = List.of(new ReportSection.Bar("短", List.of(1L)), new ReportSection.Bar(longest, List.of(2L)));
        int needed = 0;
        for (char ch : longest.toCharArray()) {
            needed += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN ? 12 : 7;
        }

        // when
        int width = Svg.labelWidth(bars);
        String svg = Svg.render(new ReportSection.Chart("c", List.of("n"), List.of("#000"), bars));

        // then: the label, right-aligned at width - 8, starts inside the picture
        assertThat(width - 8 - needed).isGreaterThanOrEqualTo(0);
        assertThat(svg).contains("<text x=\"" + (width - 8) + "\"").contains(">" + longest + "</text>");
    }

    private static ComplianceSource chartSource(String id, List<ReportSection.Bar> bars) {
        return new ComplianceSource() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return id;
            }

            @Override
            public String requires() {
                return "nothing";
            }

            @Override
            public java.util.Optional<ReportSection> section(ReportContext context) {
                return java.util.Optional.of(new ReportSection(id, id, List.of(new ReportSection.Text("a table beside the chart"),
                        new ReportSection.Chart("chart", List.of("n"), List.of("#000"), bars))));
            }
        };
    }

    @Test
    void aChartNeedsOneColourPerSeries() {
        // then
        assertThatThrownBy(() -> new ReportSection.Chart("c", List.of("a", "b"), List.of("#000"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 series, 1 colours");
    }
}
