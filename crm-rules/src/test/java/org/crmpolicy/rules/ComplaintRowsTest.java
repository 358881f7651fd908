package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.workbook;
import static org.crmpolicy.rules.AuthoringFixtures.theRefusalOf;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.ComplaintFixtures.BOTH;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.T0;
import static org.crmpolicy.rules.ComplaintFixtures.aRegistration;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.inHandling;
import static org.crmpolicy.rules.ComplaintFixtures.MARKETING;
import static org.crmpolicy.rules.ComplaintFixtures.received;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmpolicy.complaint.Complaint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complaint deadlines D5 (respond 24 hours, plan 48 hours), D6 (on site 24 hours in the home province, 48
 * outside) and D7 (never more than 84 hours without a progress report while in handling) are table rows ({@code "D5 Table: ..."}) with a clock-time length: a host overrides one row with one rule
 * of its name (or one decision-table row) and that changes exactly that deadline, every other row stays in force.
 */
class ComplaintRowsTest {

    static final String D5_RESPONSE = "D5 Table: the time a complaint is responded to within";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy hostD5;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.complaint.Complaint;
                import org.crmpolicy.deadline.DeadlineTerm;

                rule "%s"
                when exists Complaint()
                then insertLogical( DeadlineTerm.clockTerm( "D5", "12 hours", "RESPONSE", "respond to the customer", "FIRST_CONTACT" ) );
                end
                """.formatted(D5_RESPONSE));
        hostD5 = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    /** Received at T0, registered an hour later with on-site handling in {@code province}. */
    private static Complaint onSiteIn(String province) {
        return received().register(aRegistration(province), CLERK, at(1), "form filled");
    }

    /** Every D5 and D6 deadline of a complaint on site in the home province and of one outside it, as of hour 2. */
    private static Map<String, Instant> everyDeadline(CrmPolicy policy) {
        Map<String, Instant> due = new LinkedHashMap<>();
        for (String province : new String[] {"四川", "广东"}) {
            policy.complaints().assess(onSiteIn(province), at(2)).deadlines().stream()
                    .filter(d -> d.ruleId().value().equals("D5") || d.ruleId().value().equals("D6"))
                    .forEach(d -> due.put(province + " " + d.ruleId().value() + " " + d.obligation(), d.due()));
        }
        return due;
    }

    @Test
    void aOneRowOverrideOfTheResponseTimeChangesThatDeadlineAndNoOther() {
        Map<String, Instant> host = everyDeadline(hostD5);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);

        assertThat(shipped).hasSize(6)
                .containsEntry("四川 D5 respond to the customer", at(24))
                .containsEntry("四川 D5 give the customer a handling plan", at(48))
                .containsEntry("四川 D6 be on site (in the home province)", at(25))
                .containsEntry("广东 D6 be on site (outside the home province, 广东)", at(49));
        assertThat(host).containsEntry("四川 D5 respond to the customer", at(12))
                .containsEntry("广东 D5 respond to the customer", at(12));
        host.keySet().removeIf(k -> k.endsWith("D5 respond to the customer"));
        shipped.keySet().removeIf(k -> k.endsWith("D5 respond to the customer"));
        assertThat(host).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "response {0} s after acceptance: host late {1}, shipped late {2}")
    @CsvSource({"43140, false, false", "43200, true, false", "86340, true, false", "86400, true, true"})
    void theResponseBoundMovesFrom24To12HoursOnBothSides(long seconds, boolean hostLate, boolean shippedLate) {
        // 11:59 / 12:00 and 23:59 / 24:00 after acceptance
        Complaint c = received().respond(CLERK, T0.plusSeconds(seconds), "called the customer back");

        assertThat(hostD5.complaints().assess(c, at(100)).findings("D5")
                .stream().filter(f -> f.message().contains("respond"))).hasSize(hostLate ? 1 : 0);
        assertThat(SHIPPED.complaints().assess(c, at(100)).findings("D5")
                .stream().filter(f -> f.message().contains("respond"))).hasSize(shippedLate ? 1 : 0);
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).contains(D5_RESPONSE, "D5 Table: the time a complaint gets a handling plan within",
                "D6 Table: the time to be on site within in the home province",
                "D6 Table: the time to be on site within outside the home province");
        assertThat(hostD5.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(hostD5.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(D5_RESPONSE);
    }

    @ParameterizedTest(name = "on site {0} s after the acceptance form outside the home province: late {1}")
    @CsvSource({"259140, false", "259200, true"})
    void aDecisionTableRowSetsTheOutsideTimeAndLeavesTheHomeProvinceRowInForce(long seconds, boolean late,
                                                                              @TempDir Path dir) {
        write(dir, "complaints.csv", "rule,row,value\nD6,the time to be on site within outside the home province,"
                + "3 calendar days\n");
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        Map<String, Instant> changed = everyDeadline(host);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);
        String outside = "广东 D6 be on site (outside the home province, 广东)";
        assertThat(changed).containsEntry(outside, at(1).plus(Duration.ofDays(3)));
        changed.remove(outside);
        shipped.remove(outside);
        assertThat(changed).isEqualTo(shipped);

        Complaint there = onSiteIn("广东").arriveOnSite(CLERK, at(1).plusSeconds(seconds), "engineer on site");
        assertThat(host.complaints().assess(there, at(100)).findings("D6")).hasSize(late ? 1 : 0);
    }

    @Test
    void aDecisionTableRowInWorkingDaysIsRefusedNamingItsCell(@TempDir Path dir) {
        write(dir, "complaints.csv", "rule,row,value\nD5,the time a complaint gets a handling plan within,"
                + "2 working days\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("complaints.csv:2:C: \"2 working days\" is"
                + " not a clock-time length");
    }

    // ---------------------------------------------------------------- D7: the progress-report interval

    static final String D7_ROW = "D7 Table: the longest time without a progress report to each audience while in handling";

    /** A complaint in handling since its registration at {@code at(1)}, its first progress report {@code seconds} later. */
    private static Complaint firstReportAfter(long seconds) {
        return inHandling().reportProgress(BOTH, MARKETING, at(1).plusSeconds(seconds), "progress report");
    }

    /** How many of the two audiences got report 1 late, as of a minute after it. */
    private static long lateFirstReports(CrmPolicy policy, long seconds) {
        return policy.complaints().assess(firstReportAfter(seconds), at(1).plusSeconds(seconds + 60)).findings("D7")
                .stream().filter(f -> f.message().contains("(report 1 ")).count();
    }

    /** Every deadline of a complaint in handling with one report, as of a day after it, but D7's, by rule and duty. */
    private static Map<String, Instant> everyDeadlineButD7(CrmPolicy policy) {
        Map<String, Instant> due = new LinkedHashMap<>();
        policy.complaints().assess(firstReportAfter(36_000), at(30)).deadlines().stream()
                .filter(d -> !d.ruleId().value().equals("D7"))
                .forEach(d -> due.put(d.ruleId().value() + " " + d.obligation(), d.due()));
        return due;
    }

    private static CrmPolicy hostWithD7Row(Path dir, String length) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.complaint.Complaint;
                import org.crmpolicy.deadline.DeadlineTerm;

                rule "%s"
                when exists Complaint()
                then insertLogical( DeadlineTerm.clockTerm( "D7", "%s", "PROGRESS_REPORT", "report progress", "ACCEPTING_UNIT" ) );
                end
                """.formatted(D7_ROW, length));
        return CrmPolicy.builder().ruleDirectory(dir).build();
    }

    @ParameterizedTest(name = "first report {0} s after registration: late with the 72-hour row {1}, shipped (84) {2}")
    @CsvSource({"259140, 0, 0", "259200, 2, 0", "302340, 2, 0", "302400, 2, 2"})
    void aOneRowOverrideMovesTheProgressIntervalFrom84To72HoursOnBothSides(long seconds, long hostLate,
                                                                           long shippedLate, @TempDir Path dir) {
        // given: 71:59 / 72:00 and 83:59 / 84:00 after registration
        CrmPolicy host = hostWithD7Row(dir, "72 hours");

        // when / then
        assertThat(lateFirstReports(host, seconds)).isEqualTo(hostLate);
        assertThat(lateFirstReports(SHIPPED, seconds)).isEqualTo(shippedLate);
    }

    @Test
    void theD7RowOverrideChangesTheProgressDeadlinesAndEveryOtherRowStaysInForce(@TempDir Path dir) {
        // given
        CrmPolicy host = hostWithD7Row(dir, "3 calendar days");

        // when
        var hostD7 = host.complaints().assess(firstReportAfter(36_000), at(30)).obligations().stream()
                .filter(o -> o.ruleId().value().equals("D7")).toList();

        // then: the next report to each audience 3 days after the first one, and the duty says so (not the shipped
        // 84 hours); every other deadline as shipped
        assertThat(hostD7).hasSize(2).allSatisfy(o -> assertThat(o.due())
                .isEqualTo(at(11).plus(Duration.ofDays(3))));
        assertThat(hostD7).extracting(o -> o.duty()).containsExactlyInAnyOrder(
                "report progress to the competent department (report 2 of the handling period; reports at most 3"
                        + " calendar days apart)",
                "report progress to the customer (report 2 of the handling period; reports at most 3 calendar days"
                        + " apart)");
        assertThat(SHIPPED.complaints().assess(firstReportAfter(36_000), at(30)).obligations().stream()
                .filter(o -> o.ruleId().value().equals("D7")).toList())
                .hasSize(2).allSatisfy(o -> assertThat(o.due()).isEqualTo(at(11).plus(Duration.ofHours(84))));
        assertThat(everyDeadlineButD7(host)).isNotEmpty().isEqualTo(everyDeadlineButD7(SHIPPED));
        assertThat(host.catalogue().rules()).extracting(r -> r.name())
                .containsExactlyInAnyOrderElementsOf(SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList());
        assertThat(host.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(D7_ROW);
    }

    @Test
    void theShippedD7RowReadsItsParameter() {
        // given
        CrmPolicy weekly = CrmPolicy.builder().parameter("D7.max-hours-between-progress-reports", "168").build();

        // when / then: 167:59 on time, 168:00 late
        assertThat(lateFirstReports(weekly, 604_740)).isZero();
        assertThat(lateFirstReports(weekly, 604_800)).isEqualTo(2);
    }

    @ParameterizedTest(name = "first report {0} s after registration with a D7 table row of 60 hours: late {1}")
    @CsvSource({"215940, 0", "216000, 2"})
    void aDecisionTableRowSetsTheProgressInterval(long seconds, long late, @TempDir Path dir) {
        // given
        write(dir, "complaints.csv", "rule,row,value\nD7,,60 hours\n");
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        // when / then
        assertThat(lateFirstReports(host, seconds)).isEqualTo(late);
        assertThat(everyDeadlineButD7(host)).isEqualTo(everyDeadlineButD7(SHIPPED));
    }

    @ParameterizedTest(name = "first report {0} s after registration with a D7 spreadsheet row of 4 calendar days: late {1}")
    @CsvSource({"345540, 0", "345600, 2"})
    void aSpreadsheetSheetSetsTheProgressIntervalAndAD5Row(long seconds, long late, @TempDir Path dir) {
        // given: a sheet Complaints with the D7 row and the D5 response row
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("Complaints", new String[][] {{"rule", "row", "value"}, {"D7", "", "4 calendar days"},
                {"D5", "the time a complaint is responded to within", "12 hours"}});
        workbook(dir.resolve("policy.xlsx"), sheets);
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        // when / then
        assertThat(lateFirstReports(host, seconds)).isEqualTo(late);
        assertThat(host.catalogue().rules()).filteredOn(r -> r.file().equals("policy.xlsx")).extracting(r -> r.name())
                .containsExactlyInAnyOrder(D7_ROW, D5_RESPONSE);
        assertThat(everyDeadline(host)).containsEntry("四川 D5 respond to the customer", at(12));
    }

    @Test
    void aD7TableRowInWorkingDaysIsRefusedNamingItsCell(@TempDir Path dir) {
        // given
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("Complaints", new String[][] {{"rule", "row", "value"}, {"D5", "the time a complaint is responded"
                + " to within", "12 hours"}, {"D7", "", "2 working days"}});
        workbook(dir.resolve("policy.xlsx"), sheets);

        // when / then
        assertThat(theRefusalOf(dir).toString()).startsWith("policy.xlsx!Complaints!C3: \"2 working"
                + " days\" is not a clock-time length");
    }
}
