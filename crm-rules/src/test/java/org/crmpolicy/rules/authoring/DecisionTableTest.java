package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.rules.lint.RuleLint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A business user changes a shipped table row in a decision table ({@code .csv}, or {@code .xlsx} with
 * drools-decisiontables on the class path) in the host rule directory: columns rule, row, value; one table row sets
 * one shipped row and every other shipped row stays in force. Every cell is validated before use.
 */
class DecisionTableTest {

    private static final String A1_ROW_NAME = "the cumulative contract amount in the window from which the "
            + "sales-contract approval applies";
    private static final String A1_ROW = "A1 Table: " + A1_ROW_NAME;
    private static final String A2_ROW_NAME = "the amount of a new customer's first contract from which the "
            + "qualification documents are required";

    private static final String HEADER = "rule,row,value\n";

    @TempDir
    static Path hostRules;

    /** The host policy of the valid tables: A1 at 5,000 CNY in thresholds.csv (compiled once for the class). */
    private static CrmPolicy withCsv;

    @BeforeAll
    static void aHostDirectoryWithTheA1RowAt5000() {
        write(hostRules, "thresholds.csv", HEADER + "A1," + A1_ROW_NAME + ",5000\n");
        withCsv = CrmPolicy.builder().ruleDirectory(hostRules).build();
    }

    /** A contract that brings the customer's calendar year to {@code total} CNY (1,000.00 signed earlier). */
    private static ContractSigning aContractBringingTheYearTo(String total) {
        var amount = new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("1000.00"));
        return ContractSigning.of("HT-1", Fixtures.aContractedCustomer("C-1").build(), Money.cny(amount.toPlainString()),
                LocalDate.of(2025, 11, 24), List.of(EarlierContract.of("HT-0", "1000.00", LocalDate.of(2025, 3, 1))));
    }

    private static boolean needsA1(CrmPolicy policy, String total) {
        return policy.approvals().plan(aContractBringingTheYearTo(total)).approvals().stream()
                .anyMatch(a -> a.ruleId().value().equals("A1"));
    }

    private static int a2Documents(CrmPolicy policy, String amount) {
        Customer newCustomer = Customer.builder(CustomerId.of("C-2"), "客户 C-2").contractStatus(ContractStatus.ACTIVE)
                .categories(CustomerCategory.OTHER).annualVolume("250000.00").creditRating(CreditRating.A)
                .accountManagerId("AM-7").province("四川").since(LocalDate.of(2025, 10, 1)).build();
        ContractSigning first = ContractSigning.first("HT-2", newCustomer, Money.cny(amount), LocalDate.of(2025, 11, 24));
        return policy.approvals().plan(first).documentsRequired().size();
    }

    private static List<RuleProblem> problemsOf(Path dir) {
        try {
            CrmPolicy.builder().ruleDirectory(dir).build();
        } catch (RuleSetRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the rule set was not refused");
    }

    private static void xlsx(Path file, String[]... rows) {
        org.crmpolicy.rules.AuthoringFixtures.workbook(file, Map.of("Sheet1", rows));
    }

    // ---------------------------------------------------------------- a valid table changes a decision

    @ParameterizedTest(name = "cumulative {0} CNY: A1 with thresholds.csv at 5,000 = {1}, shipped (4,000) = {2}")
    @CsvSource({"3999.99, false, false", "4000.00, false, true", "4999.99, false, true", "5000.00, true, true"})
    void aTableRowMovesTheA1ThresholdTo5000(String total, boolean host, boolean shipped) {
        // given: thresholds.csv with A1 at 5000 (aHostDirectoryWithTheA1RowAt5000)

        // when / then
        assertThat(needsA1(withCsv, total)).isEqualTo(host);
        assertThat(needsA1(CrmPolicy.standard(), total)).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "first contract {0} CNY: A2 documents with the A1 table = {1}")
    @CsvSource({"2999.99, 0", "3000.00, 5"})
    void theA2RowTheTableDoesNotNameStaysAsShipped(String amount, int documents) {
        // given: thresholds.csv with A1 at 5000 only (aHostDirectoryWithTheA1RowAt5000)

        // when / then
        assertThat(a2Documents(withCsv, amount)).isEqualTo(documents);
        assertThat(a2Documents(CrmPolicy.standard(), amount)).isEqualTo(documents);
    }

    @Test
    void theRowMayBeLeftEmptyWhenTheRuleHasOneTableRowAndANoteColumnIsIgnored(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", "Rule,Row,Value,Note\nA1,,5000,\"board decision 2025-09, raised from 4,000\"\n"
                + "A2,,3500.50,\n");

        // when
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        // then
        assertThat(needsA1(policy, "4999.99")).isFalse();
        assertThat(needsA1(policy, "5000.00")).isTrue();
        assertThat(a2Documents(policy, "3500.49")).isZero();
        assertThat(a2Documents(policy, "3500.50")).isEqualTo(5);
    }

    @Test
    void theCatalogueNamesTheTableAndRowThatSetTheShippedRow(@TempDir Path dir) {
        // given: an Excel export (byte-order mark, CRLF)
        write(dir, "thresholds.csv", "\uFEFF" + HEADER.replace("\n", "\r\n") + "\r\nA1," + A1_ROW_NAME + ",5000\r\n");

        // when
        var rules = CrmPolicy.builder().ruleDirectory(dir).build().catalogue().rules();

        // then
        assertThat(rules).filteredOn(r -> r.name().equals(A1_ROW)).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo("thresholds.csv");
            assertThat(r.line()).isEqualTo(3);
        });
        assertThat(rules).extracting(r -> r.name())
                .containsExactlyInAnyOrderElementsOf(CrmPolicy.standard().catalogue().rules().stream().map(r -> r.name())
                        .toList());
    }

    @Test
    void theLintListsEachTableRowWithTheRuleIdOfTheShippedRowItReplaces() {
        // given: thresholds.csv with A1 at 5000 (aHostDirectoryWithTheA1RowAt5000)
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        // when
        int exit = RuleLint.run(new String[] {"--strict", hostRules.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        // then
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isEqualTo(RuleLint.OK);
        assertThat(printed).contains("thresholds.csv:2:A: table row replaces shipped rule \"" + A1_ROW + "\" (approvals-table.drl:")
                .contains("1 from the directory: thresholds.csv");
    }

    @Test
    void aSavedTableIsReloadedByTheWatchAndAWrongCellIsRefusedWhileTheOldTableServes(@TempDir Path dir)
            throws Exception {
        // given: the business user's path, with hot reload on
        write(dir, "thresholds.csv", HEADER + "A1,,5000\n");
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();
        LinkedBlockingQueue<Object> outcomes = new LinkedBlockingQueue<>();
        RuleDirectoryWatch watch = policy.watchRuleDirectory(new RuleDirectoryWatch.Listener() {
            @Override
            public void reloaded(org.crmpolicy.rules.catalogue.RuleCatalogue catalogue) {
                outcomes.add(catalogue);
            }

            @Override
            public void rejected(RuleSetRejectedException problems) {
                outcomes.add(problems);
            }
        });
        try {
            // when: the user saves A1 at 6000
            write(dir, "thresholds.csv", HEADER + "A1,,6000\n");

            // then
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).isInstanceOf(org.crmpolicy.rules.catalogue.RuleCatalogue.class);
            assertThat(needsA1(policy, "5999.99")).isFalse();
            assertThat(needsA1(policy, "6000.00")).isTrue();

            // when: the user saves a value with a currency
            write(dir, "thresholds.csv", HEADER + "A1,,7000 CNY\n");

            // then: refused naming the cell; 6000 still serves
            assertThat(outcomes.poll(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(RuleSetRejectedException.class,
                    e -> assertThat(e.problems()).singleElement().asString()
                            .startsWith("thresholds.csv:2:C: \"7000 CNY\" is not an amount"));
            assertThat(needsA1(policy, "6000.00")).isTrue();
        } finally {
            watch.close();
        }
    }

    // ---------------------------------------------------------------- a wrong cell is refused, naming it

    @Test
    void aValueThatIsNotAnAmountIsRefusedNamingFileRowColumnAndValue(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A2," + A2_ROW_NAME + ",3000\nA1," + A1_ROW_NAME + ",\"4,000 CNY\"\n");

        // when
        List<RuleProblem> problems = problemsOf(dir);

        // then
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("thresholds.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.sheet()).isNull();
            assertThat(p.toString()).startsWith("thresholds.csv:3:C: \"4,000 CNY\" is not an amount");
        });
    }

    @ParameterizedTest(name = "value \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {"0", "-5000", "5000.001", "5e3", "五千", "' '"})
    void aValueThatIsNotAPositiveAmountInFenIsRefused(String value, @TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A1,," + value + "\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.csv:2:C: ").contains(value.isBlank() ? "is empty" : "\"" + value + "\""));
    }

    @Test
    void aRowThatIsNotATableRowOfTheRuleIsRefusedNamingItAndTheRowsThereAre(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A1,the cumulative amount,5000\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.csv:2:B: \"the cumulative amount\" is not a table row of A1")
                .contains("A1 \"" + A1_ROW_NAME + "\""));
    }

    @Test
    void aRuleIdWithoutTableRowsIsRefusedNamingIt(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A9,,5000\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.csv:2:A: \"A9\" is not a rule with table rows").contains("A1 \"", "A2 \""));
    }

    @Test
    void everyWrongCellIsReportedAtOnceAndNothingIsApplied(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A1,,4000 CNY\nA7,,3000\nA2,,3000\nA2,,3100\n");

        // when / then
        assertThat(problemsOf(dir)).extracting(RuleProblem::location)
                .containsExactly("thresholds.csv:2:C", "thresholds.csv:3:A", "thresholds.csv:5:A");
        assertThat(problemsOf(dir).get(2).message()).contains("set twice", "thresholds.csv:4:A");
    }

    @Test
    void everyWrongPeriodOfAnObligationRowIsReportedAtOnceNamingItsCellValueAndWhy(@TempDir Path dir) {
        // given: a period that is not one, an occasion row made calendar, a calendar row made an occasion, a valid row
        write(dir, "obligations.csv", HEADER + "C2,,2 per FORTNIGHT\nC6,,1 per MONTH\nC1,,2 per ISO_WEEK\n"
                + "C3,,1 per occasion\n");

        // when / then
        assertThat(problemsOf(dir)).extracting(RuleProblem::toString).satisfiesExactly(
                p -> assertThat(p).isEqualTo("obligations.csv:2:C: \"2 per FORTNIGHT\" is not a period: write one of"
                        + " DAY, ISO_WEEK, MONTH, QUARTER, HALF_YEAR, YEAR, TWO_YEARS"),
                p -> assertThat(p).startsWith("obligations.csv:3:C: \"1 per MONTH\" cannot be set on C6 \"First revisit"
                        + " within the set period after a purchase\": its windows are opened by an event"),
                p -> assertThat(p).startsWith("obligations.csv:5:C: \"1 per occasion\" cannot be set on C3 \"VP in"
                        + " charge phones each strategic partner at least once a month\": an OCCASION window is opened"
                        + " by an event"));
    }

    @Test
    void aWrongPeriodOnASpreadsheetIsNamedBySheetAndCell(@TempDir Path dir) {
        // given
        xlsx(dir.resolve("obligations.xlsx"), new String[] {"rule", "row", "value"},
                new String[] {"C2", "", "1 per ISO_WEEK"}, new String[] {"C4", "", "1 per TWO_YEARS"});

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Sheet1");
            assertThat(p.toString()).startsWith("obligations.xlsx!Sheet1!C3: \"1 per TWO_YEARS\" cannot be set on C4")
                    .contains("company-wide");
        });
    }

    @Test
    void aTableWithoutItsHeaderIsRefused(@TempDir Path dir) {
        // given: a user deleted the header row
        write(dir, "thresholds.csv", "A1,,5000\n");

        // when / then
        assertThat(problemsOf(dir)).extracting(RuleProblem::location)
                .containsExactly("thresholds.csv:1:A", "thresholds.csv:1:B", "thresholds.csv:1:C");
    }

    @Test
    void aValueOutsideTheTableColumnsIsRefusedRatherThanIgnored(@TempDir Path dir) {
        // given
        write(dir, "thresholds.csv", HEADER + "A1,,5000,6000\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.csv:2:D: \"6000\" is outside the table"));
    }

    @Test
    void aRowSetByATableAndByADrlOverrideIsRefusedNamingBoth(@TempDir Path dir) {
        // given
        write(dir, "company-overrides.drl", "package org.crmpolicy.rules;\n"
                + "import org.crmpolicy.rules.approvals.ApprovalThreshold;\n"
                + "rule \"" + A1_ROW + "\" when exists org.crmpolicy.approval.ContractSigning() then"
                + " insertLogical( ApprovalThreshold.cny( \"A1\", \"6000\" ) ); end\n");
        write(dir, "thresholds.csv", HEADER + "A1,,5000\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.csv:2:A: rule \"" + A1_ROW + "\" is set twice: already by company-overrides.drl:3:1"));
    }

    // ---------------------------------------------------------------- .xlsx

    @Test
    void aWrongCellOfASpreadsheetIsNamedBySheetAndCell(@TempDir Path dir) throws IOException {
        // given
        xlsx(dir.resolve("thresholds.xlsx"), new String[] {"rule", "row", "value"},
                new String[] {"A2", A2_ROW_NAME, "3000"}, new String[] {"A1", A1_ROW_NAME, "4,000 CNY"});

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Sheet1");
            assertThat(p.toString()).startsWith("thresholds.xlsx!Sheet1!C3: \"4,000 CNY\" is not an amount");
        });
    }

    @Test
    void aSpreadsheetRowWithANumberCellMovesTheA1Threshold(@TempDir Path dir) throws IOException {
        // given
        xlsx(dir.resolve("thresholds.xlsx"), new String[] {"rule", "row", "value"},
                new String[] {"A1", A1_ROW_NAME, "5000"});

        // when
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        // then
        assertThat(needsA1(policy, "4999.99")).isFalse();
        assertThat(needsA1(policy, "5000.00")).isTrue();
        assertThat(policy.catalogue().rules()).filteredOn(r -> r.name().equals(A1_ROW)).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("thresholds.xlsx"));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedNamingIt(@TempDir Path dir) {
        // given
        write(dir, "thresholds.xlsx", "rule,row,value\n");

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.xlsx: cannot read the spreadsheet"));
    }
}
