package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.ID;
import static org.crmpolicy.rules.ComplaintFixtures.T0;
import static org.crmpolicy.rules.ComplaintFixtures.aRegistration;
import static org.crmpolicy.rules.ContactFixtures.key;
import static org.crmpolicy.rules.ContactFixtures.phone;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decision-table row sets the minimum count of one obligation row (C1-C11, R1-R4, R6) and a named parameter of a
 * rule (D9, D10): the business user's "twice a week instead of once", with every other obligation as shipped.
 */
class ObligationRowsTest {

    private static final String HEADER = "rule,row,value\n";
    private static final String C1 = "C1 BU head phones each strategic and key customer at least once a week";
    private static final String C8_EXCHANGES = "At least two technical exchanges with user customers a year";
    private static final String C8_MEETING = "At least one ordering conference or exchange meeting with customers a year";
    /** Monday of ISO week 48, 10:00 in Shanghai: week 47 (Nov 17-23) has just closed. */
    private static final Instant MONDAY = ContactFixtures.at("2025-11-24T10:00");

    @TempDir
    static Path csvDir;
    @TempDir
    static Path xlsxDir;
    private static CrmPolicy twiceAWeekByCsv;
    private static CrmPolicy twiceAWeekByXlsx;

    @BeforeAll
    static void c1TwiceAWeekInACsvAndInAWorkbook() {
        write(csvDir, "obligations.csv", HEADER + "C1,,2\n");
        twiceAWeekByCsv = CrmPolicy.builder().ruleDirectory(csvDir).build();
        AuthoringFixtures.workbook(xlsxDir.resolve("policy.xlsx"), Map.of("Contacts", new String[][] {
                {"rule", "row", "value"}, {"C1", "BU head phones each strategic and key customer at least once a week",
                        "2"}}));
        twiceAWeekByXlsx = CrmPolicy.builder().ruleDirectory(xlsxDir).build();
    }

    private static ComplianceReport compliance(CrmPolicy policy, List<Customer> customers, List<Contact> log) {
        return policy.obligations().compliance(ComplianceRequest.of(customers, log, MONDAY).withCompanyWide(true));
    }

    private static ObligationState week47(CrmPolicy policy, int calls) {
        List<Contact> log = java.util.stream.IntStream.range(0, calls)
                .mapToObj(i -> phone("K-1", ContactRole.BU_HEAD, "2025-11-1" + (8 + i) + "T10:00")).toList();
        return ContactFixtures.status(compliance(policy, List.of(key("K-1")), log), "K-1", "C1", "2025-W47").state();
    }

    private static List<RuleProblem> problemsOf(Path dir) {
        try {
            CrmPolicy.builder().ruleDirectory(dir).build();
        } catch (RuleSetRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the rule set was not refused");
    }

    @ParameterizedTest(name = "{0} BU-head call(s) in week 47: shipped {1}, C1 twice a week {2}")
    @CsvSource({"1, MET, OVERDUE", "2, MET, MET", "0, OVERDUE, OVERDUE"})
    void aCsvRowMakesC1TwiceAWeek(int calls, ObligationState shipped, ObligationState twice) {
        assertThat(week47(CrmPolicy.standard(), calls)).isEqualTo(shipped);
        assertThat(week47(twiceAWeekByCsv, calls)).isEqualTo(twice);
    }

    @ParameterizedTest(name = "{0} BU-head call(s) in week 47: C1 twice a week by a workbook {1}")
    @CsvSource({"1, OVERDUE", "2, MET"})
    void anXlsxSheetMakesC1TwiceAWeek(int calls, ObligationState twice) {
        assertThat(week47(twiceAWeekByXlsx, calls)).isEqualTo(twice);
    }

    @Test
    void theOverdueWeekSaysOneOfTwoWasCounted() {
        ComplianceReport report = compliance(twiceAWeekByCsv, List.of(key("K-1")),
                List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-18T10:00")));

        assertThat(report.findings("C1")).filteredOn(f -> f.evidence().containsValue("2025-W47")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("counted", "1 of 2"));
    }

    /** C1 twice a week by a one-row DRL override: the shipped rule with .atLeast( 2 ), its title untouched. */
    @TempDir
    static Path overrideDir;

    private static CrmPolicy twiceAWeekByOverride() {
        write(overrideDir, "contact-overrides.drl", AuthoringFixtures.HEADER + "import org.crmpolicy.obligation.*;\n"
                + "import org.crmpolicy.contact.*;\nimport org.crmpolicy.customer.Tier;\nrule \"" + C1 + "\"\n"
                + "when ContactComplianceContext() then\ninsert( ContactObligation.of( \"C1\", \""
                + C1.substring(3) + "\" ).by( ContactRole.BU_HEAD ).forTiers( Tier.STRATEGIC_PARTNER, Tier.KEY )"
                + ".per( PeriodKind.ISO_WEEK ).atLeast( 2 ).via( Channel.PHONE ).atRiskWorkingDaysBeforeEnd( 1 ) ); end\n");
        return CrmPolicy.builder().ruleDirectory(overrideDir).build();
    }

    private static final String C1_TWICE =
            "BU head phones each strategic and key customer at least 2 times a week (catalogue: once)";

    @ParameterizedTest(name = "C1 twice a week by {0}: the finding and the status say 2 times, not once")
    @ValueSource(strings = {"a CSV row", "a DRL override"})
    void theFindingAndTheStatusOfC1TwiceAWeekStateTheCountInForce(String by) {
        // given: one BU-head call in week 47 of a C1 that needs two
        CrmPolicy policy = by.equals("a CSV row") ? twiceAWeekByCsv : twiceAWeekByOverride();
        ComplianceReport report = compliance(policy, List.of(key("K-1")),
                List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-18T10:00")));

        // when
        ObligationStatus week47 = ContactFixtures.status(report, "K-1", "C1", "2025-W47");

        // then
        assertThat(report.findings("C1")).filteredOn(f -> f.evidence().containsValue("2025-W47")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(C1_TWICE + " — 2025-W47: not met; 1 phone call by"
                        + " the BU head before").doesNotContain("at least once"));
        assertThat(week47.explain()).contains("OVERDUE — " + C1_TWICE);
        assertThat(week47.obligation().title()).isEqualTo(C1.substring(3));
    }

    @Test
    void withoutTheRowTheC1FindingKeepsTheShippedWordingAndEveryShippedRowStatesItsOwnCount() {
        ComplianceReport all = compliance(CrmPolicy.standard(), List.of(key("K-2"), ContactFixtures.strategic("S-1"),
                ContactFixtures.general("G-1")), List.of());
        ComplianceReport report = compliance(CrmPolicy.standard(), List.of(key("K-1")), List.of());

        assertThat(all.statuses()).hasSizeGreaterThan(10).allSatisfy(s -> assertThat(s.obligation().wording())
                .isEqualTo(s.obligation().title()));

        assertThat(report.findings("C1")).filteredOn(f -> f.evidence().containsValue("2025-W47")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(C1.substring(3) + " — 2025-W47: not met; 1 phone"
                        + " call by the BU head before"));
    }

    @Test
    void everyOtherObligationIsAsShipped() {
        // given: a portfolio with a contact for many rows; every status but C1's is the shipped one
        List<Customer> customers = List.of(key("K-1"), ContactFixtures.strategic("S-1"), ContactFixtures.general("G-1"));
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-18T10:00"),
                phone("S-1", ContactRole.VP, "2025-10-08T10:00"), phone("G-1", ContactRole.BU_HEAD, "2025-10-08T10:00"));

        // when
        List<String> host = statesBut("C1", compliance(twiceAWeekByCsv, customers, log));
        List<String> shipped = statesBut("C1", compliance(CrmPolicy.standard(), customers, log));

        // then
        assertThat(host).isNotEmpty().isEqualTo(shipped);
        assertThat(twiceAWeekByCsv.catalogue().rules()).filteredOn(r -> r.name().equals(C1)).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("obligations.csv"));
        assertThat(twiceAWeekByCsv.catalogue().rules()).filteredOn(r -> !r.name().equals(C1))
                .allSatisfy(r -> assertThat(r.file()).doesNotEndWith(".csv"));
    }

    private static List<String> statesBut(String ruleId, ComplianceReport report) {
        return report.statuses().stream().filter(s -> !s.ruleId().value().equals(ruleId))
                .map(s -> s.ruleId().value() + " " + s.obligation().title() + " " + s.subjectId() + " "
                        + s.period().label() + " " + s.state() + " " + s.obligation().minimumCount())
                .sorted().toList();
    }

    @ParameterizedTest(name = "C1 count \"{0}\" is refused naming its cell")
    @ValueSource(strings = {"0", "-1", "two", "2.5"})
    void aBadCountIsRefusedNamingTheCellAndTheValue(String count, @TempDir Path dir) {
        write(dir, "obligations.csv", HEADER + "C2,,1\nC1,," + count + "\n");

        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("obligations.csv:3:C: \"" + count + "\" is not a count"));
    }

    @Test
    void aBadCountOnAWorkbookSheetNamesTheSheetAndTheCell(@TempDir Path dir) {
        AuthoringFixtures.workbook(dir.resolve("policy.xlsx"), Map.of("Contacts", new String[][] {
                {"rule", "row", "value"}, {"C1", "", "two"}}));

        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("policy.xlsx!Contacts!C2: \"two\" is not a count"));
    }

    @Test
    void aRuleWithSeveralObligationsNamesTheRowAndTwoRowsOfOneRuleBothApply(@TempDir Path dir,
                                                                                 @TempDir Path ambiguous) {
        // given: both C8 rows (one DRL rule) changed, and C8 named without a row
        write(dir, "obligations.csv", HEADER + "C8," + C8_EXCHANGES + ",3\nC8," + C8_MEETING + ",2\n");
        write(ambiguous, "obligations.csv", HEADER + "C8,,3\nC8,two exchanges,3\n");

        // when
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        // then
        ComplianceReport report = compliance(policy, List.of(key("K-1")), List.of());
        assertThat(report.companyStatuses("C8")).extracting(s -> s.obligation().title() + " "
                + s.obligation().minimumCount()).contains(C8_EXCHANGES + " 3", C8_MEETING + " 2");
        assertThat(problemsOf(ambiguous)).extracting(RuleProblem::location)
                .containsExactly("obligations.csv:2:B", "obligations.csv:3:B");
    }

    @Test
    void aCountSetByTheTableAndByADrlOverrideIsSetTwice(@TempDir Path dir) {
        write(dir, "obligations.csv", HEADER + "C1,,2\n");
        write(dir, "contact-overrides.drl", AuthoringFixtures.HEADER + "import org.crmpolicy.obligation.*;\n"
                + "import org.crmpolicy.contact.*;\nrule \"" + C1 + "\"\nwhen ContactComplianceContext() then\n"
                + "insert( ContactObligation.of( \"C1\", \"x\" ).by( ContactRole.BU_HEAD ).forTiers( Tier.KEY )"
                + ".per( PeriodKind.ISO_WEEK ).atLeast( 3 ).via( Channel.PHONE ) ); end\n");

        assertThat(problemsOf(dir)).anySatisfy(p -> assertThat(p.message()).contains("is set twice"));
    }

    // ---------------------------------------------------------------- the period: C2,,1 per ISO_WEEK

    private static final String C2 = "C2 BU head phones each general customer at least once a month";
    @TempDir
    static Path weeklyDir;
    private static CrmPolicy c2Weekly;

    private static CrmPolicy c2Weekly() {
        if (c2Weekly == null) {
            write(weeklyDir, "obligations.csv", HEADER + "C2,,1 per ISO_WEEK\n");
            c2Weekly = CrmPolicy.builder().ruleDirectory(weeklyDir).build();
        }
        return c2Weekly;
    }

    private static String c2States(CrmPolicy policy, String call) {
        ComplianceReport report = compliance(policy, List.of(ContactFixtures.general("G-1")),
                List.of(phone("G-1", ContactRole.BU_HEAD, call)));
        return report.statuses(CustomerId.of("G-1"), "C2").stream().map(s -> s.period().label() + " " + s.state())
                .sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    @ParameterizedTest(name = "one BU-head call {0}: C2 per ISO_WEEK {1}; shipped (per MONTH) {2}")
    @CsvSource(delimiter = '|', value = {
            "2025-11-16T23:59 | 2025-W47 OVERDUE, 2025-W48 DUE | 2025-10 OVERDUE, 2025-11 MET",
            "2025-11-17T00:00 | 2025-W47 MET, 2025-W48 DUE     | 2025-10 OVERDUE, 2025-11 MET",
            "2025-11-23T23:59 | 2025-W47 MET, 2025-W48 DUE     | 2025-10 OVERDUE, 2025-11 MET",
            "2025-11-24T00:00 | 2025-W47 OVERDUE, 2025-W48 MET | 2025-10 OVERDUE, 2025-11 MET"})
    void aRowWithAPeriodMakesC2Weekly(String call, String weekly, String shipped) {
        // given: a general customer called once in November by the BU head; asOf Monday of week 48
        // when / then: a month with a call is met as shipped, but a week without one is now overdue
        assertThat(c2States(c2Weekly(), call)).isEqualTo(weekly);
        assertThat(c2States(CrmPolicy.standard(), call)).isEqualTo(shipped);
    }

    @Test
    void theFindingOfAWeekWithoutACallWordsC2WithThePeriodInForce() {
        // given: the only call of November in week 46
        ComplianceReport report = compliance(c2Weekly(), List.of(ContactFixtures.general("G-1")),
                List.of(phone("G-1", ContactRole.BU_HEAD, "2025-11-16T23:59")));

        // then
        assertThat(report.findings("C2")).filteredOn(f -> f.evidence().containsValue("2025-W47")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("BU head phones each general customer at least once"
                        + " a week (catalogue: a month) — 2025-W47: not met; 1 phone call by the BU head before Sun"
                        + " 2025-11-23 23:59"));
    }

    @Test
    void c2PerDayIsAssessedOverTheLastAndTheCurrentWorkingDayAndAtRiskFromTheStartOfAnOpenDay(@TempDir Path dir) {
        // given: C2 daily; the BU head called on Thursday 11-20 only; asOf Monday 11-24 10:00
        write(dir, "obligations.csv", HEADER + "C2,,1 per day\n");

        // when
        String states = c2States(CrmPolicy.builder().ruleDirectory(dir).build(), "2025-11-20T10:00");

        // then: Friday 11-21 (the last working day) missed, Monday open and inside C2's 3-working-day threshold
        assertThat(states).isEqualTo("2025-11-21 OVERDUE, 2025-11-24 AT_RISK");
    }

    @Test
    void theRowWithAPeriodLeavesEveryOtherObligationAsShipped() {
        // given: a portfolio with a contact for many rows
        List<Customer> customers = List.of(key("K-1"), ContactFixtures.strategic("S-1"), ContactFixtures.general("G-1"));
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-18T10:00"),
                phone("S-1", ContactRole.VP, "2025-10-08T10:00"), phone("G-1", ContactRole.BU_HEAD, "2025-11-18T10:00"));

        // when
        ComplianceReport host = compliance(c2Weekly(), customers, log);

        // then: only C2 changed, and only its period
        assertThat(statesBut("C2", host)).isNotEmpty().isEqualTo(statesBut("C2", compliance(CrmPolicy.standard(),
                customers, log)));
        assertThat(host.statuses(CustomerId.of("G-1"), "C2")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.obligation().periodKind()).isEqualTo(org.crmpolicy.obligation.PeriodKind.ISO_WEEK);
            assertThat(s.obligation().minimumCount()).isEqualTo(1);
            assertThat(s.obligation().title()).isEqualTo(C2.substring(3));
        });
        assertThat(c2Weekly().catalogue().rules()).filteredOn(r -> r.name().equals(C2)).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("obligations.csv"));
    }

    @ParameterizedTest(name = "\"{1}\" on {0} is read as {2} per {3}")
    @CsvSource(delimiter = '|', value = {
            "C2 | 1 per ISO_WEEK  | 1 | ISO_WEEK",
            "C2 | 1 per DAY       | 1 | DAY",
            "C2 | 2 PER iso_week  | 2 | ISO_WEEK",
            "C1 | 3 per half-year | 3 | HALF_YEAR",
            "C1 | 2               | 2 | ISO_WEEK",
            "C5 | 1 per TWO_YEARS | 1 | TWO_YEARS",
            "C10 | 1 per ISO_WEEK | 1 | ISO_WEEK",
            "C6 | 2 per OCCASION  | 2 | OCCASION"})
    void aPeriodTheEngineAssessesTheRowByIsAccepted(String id, String value, int count, String period,
                                                     @TempDir Path dir) {
        // given
        write(dir, "obligations.csv", HEADER + id + ",," + value + "\n");

        // when
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();
        ComplianceReport report = compliance(policy, List.of(key("K-1"), ContactFixtures.general("G-1")),
                List.of(phone("G-1", ContactRole.BU_HEAD, "2025-11-18T10:00")));

        // then: the rule's obligation is inserted with the count and period, and assessed
        assertThat(policy.catalogue().rules()).filteredOn(r -> r.file().equals("obligations.csv")).singleElement()
                .satisfies(r -> assertThat(r.id().value()).isEqualTo(id));
        if (!id.equals("C6")) { // C6 is assessed on a purchase only
            assertThat(report.statuses()).filteredOn(s -> s.ruleId().value().equals(id)).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.obligation().minimumCount() + " per " + s.obligation().periodKind())
                            .isEqualTo(count + " per " + period));
        }
    }

    @ParameterizedTest(name = "{0} \"{1}\" is refused: {2}")
    @CsvSource(delimiter = '|', value = {
            "C2 | 2 per FORTNIGHT | \"2 per FORTNIGHT\" is not a period: write one of DAY, ISO_WEEK, MONTH, QUARTER,"
                    + " HALF_YEAR, YEAR, TWO_YEARS",
            "C2 | 2 per           | \"2 per\" is not a period: write one of DAY,",
            "C2 | two per MONTH   | \"two per MONTH\" is not a count",
            "C2 | 0 per MONTH     | \"0 per MONTH\" is not a count",
            "C6 | 1 per MONTH     | its windows are opened by an event",
            "C7 | 1 per YEAR      | its windows are opened by an event",
            "R1 | 1 per QUARTER   | its windows are opened by an event",
            "C2 | 1 per OCCASION  | an OCCASION window is opened by an event, and no rule opens one for this row",
            "C4 | 1 per TWO_YEARS | the row is company-wide, counted over calendar periods, and TWO_YEARS is rolling",
            "C10 | 1 per TWO_YEARS | the row is company-wide, counted over calendar periods, and TWO_YEARS is rolling",
            "C5 | 2 per TWO_YEARS | TWO_YEARS is rolling: the window runs from the last contact, so it holds one and 2"
                    + " can never be met"})
    void aPeriodTheEngineCannotAssessTheRowByIsRefusedNamingTheCell(String id, String value, String why,
                                                                    @TempDir Path dir) {
        write(dir, "obligations.csv", HEADER + "C1,,2\n" + id + ",," + value + "\n");

        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("obligations.csv:3:C");
            assertThat(p.toString()).contains(why).contains("\"" + value + "\"");
        });
    }

    @Test
    void aRollingRowWithACountAboveOneIsRefusedEvenWithoutAPeriod(@TempDir Path dir) {
        // given: R4's every-two-years row counts from the last on-site revisit, so a second one can never be due
        write(dir, "revisits.csv", HEADER + "R4,Each general customer gets an on-site revisit at least every two years,"
                + "2\nR4,BU head revisits general customers of his choice on site at least once a year,1 per TWO_YEARS\n");

        // when / then
        assertThat(problemsOf(dir)).extracting(RuleProblem::toString).satisfiesExactly(
                p -> assertThat(p).startsWith("revisits.csv:2:C: \"2\" cannot be set on R4 \"Each general")
                        .contains("TWO_YEARS is rolling"),
                p -> assertThat(p).startsWith("revisits.csv:3:C: \"1 per TWO_YEARS\" cannot be set on R4 \"BU head")
                        .contains("company-wide"));
    }

    @Test
    void theRollingRowMayBecomeACalendarRowWithSeveralContacts(@TempDir Path dir) {
        write(dir, "revisits.csv", HEADER + "R4,Each general customer gets an on-site revisit at least every two years,"
                + "2 per YEAR\n");

        ComplianceReport report = compliance(CrmPolicy.builder().ruleDirectory(dir).build(),
                List.of(ContactFixtures.general("G-1")), List.of());

        assertThat(report.statuses(CustomerId.of("G-1"), "R4")).isNotEmpty().allSatisfy(s -> {
            assertThat(s.obligation().minimumCount() + " per " + s.obligation().periodKind()).isEqualTo("2 per YEAR");
            assertThat(s.period().label()).matches("202[45]");
            assertThat(s.state()).isNotEqualTo(ObligationState.MET);
        });
    }

    // ---------------------------------------------------------------- D9, D10: named parameters

    private static final String LEDGER = "payment entered in the customer ledger";

    private static Instant ledgerDue(CrmPolicy policy) {
        InstallmentSchedule s = new InstallmentSchedule("HT-34", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)))
                .withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-24T10:00"));
        return policy.deadlines().forInstallments(s).stream().filter(d -> d.obligation().equals(LEDGER))
                .map(Deadline::due).findFirst().orElseThrow();
    }

    private static Instant reminderDue(CrmPolicy policy) {
        InstallmentSchedule s = new InstallmentSchedule("HT-35", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)));
        return policy.deadlines().forInstallments(s).stream().filter(d -> d.obligation().equals("installment reminder"))
                .map(Deadline::due).findFirst().orElseThrow();
    }

    @Test
    void tableRowsSetTheD9ParametersAndTheRestOfD9StaysAsShipped(@TempDir Path dir) {
        // given: the ledger within 1 working day (shipped 2), the reminder 1 working day before (shipped 3)
        write(dir, "deadlines.csv", HEADER + "D9,ledger-working-days,1\nD9,D9.reminder-lead-working-days,1\n");

        // when
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        // then: received Monday 11-24, due the end of Tuesday (shipped: Wednesday); reminded by Thursday 11-27
        assertThat(ledgerDue(host)).isEqualTo(sh("2025-11-26T00:00"));
        assertThat(ledgerDue(CrmPolicy.standard())).isEqualTo(sh("2025-11-27T00:00"));
        assertThat(reminderDue(host)).isEqualTo(sh("2025-11-28T00:00"));
        assertThat(reminderDue(CrmPolicy.standard())).isEqualTo(sh("2025-11-26T00:00"));
    }

    @ParameterizedTest(name = "urgent complaint answered {0} min after receipt, D10 at once = 15 min: late {1}")
    @CsvSource({"14, false", "15, true"})
    void aTableRowSetsD10sAtOnce(long minutes, boolean late, @TempDir Path dir) {
        // given
        write(dir, "complaints.csv", HEADER + "D10,urgent-minutes,15\n");
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();
        Instant at = T0.plus(Duration.ofMinutes(minutes));
        Complaint c = Complaint.receive(ID, new Intake(CustomerId.of("C-001"), FeedbackClassification.of(
                        FeedbackType.COMPLAINT, SeverityGrade.CRITICAL), "设备停机", true), CLERK, T0, "hotline")
                .register(aRegistration(null), CLERK, at, "form filled").respond(CLERK, at, "called");

        // when
        var findings = host.complaints().assess(c, at.plusSeconds(60)).findings("D10").stream()
                .filter(f -> f.message().contains("at once")).toList();

        // then
        assertThat(findings).hasSize(late ? 2 : 0);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused naming its cell")
    @CsvSource({"D9,ledger-working-days,0", "D9,reminder-lead-working-days,-1", "D10,urgent-minutes,two",
            "D10,urgent-minutes,0"})
    void aBadParameterValueIsRefusedNamingTheCellAndTheValue(String id, String row, String value, @TempDir Path dir) {
        write(dir, "deadlines.csv", HEADER + id + "," + row + "," + value + "\n");

        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("deadlines.csv:2:C: \"" + value + "\" is not a value of " + id + " \"" + row + "\"")
                .contains(id + "." + row));
    }

    @Test
    void anUnknownParameterIsRefusedListingTheRowsOfTheRule(@TempDir Path dir) {
        write(dir, "deadlines.csv", HEADER + "D9,ledger-days,1\n");

        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("deadlines.csv:2:B: \"ledger-days\" is not a table row of D9")
                .contains("D9 \"ledger-working-days\"", "D9 \"reminder-lead-working-days\""));
    }
}
