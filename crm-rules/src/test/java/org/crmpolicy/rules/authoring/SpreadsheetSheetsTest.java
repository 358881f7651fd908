package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code .xlsx} decision table is read sheet by sheet: every sheet with cells is a table with its own header, a
 * problem names its file, sheet and cell, and a row set on two sheets is set twice.
 */
class SpreadsheetSheetsTest {

    private static final String A1 = "the cumulative contract amount in the window from which the sales-contract"
            + " approval applies";
    private static final String D4_URGENT = "the time an urgent service request is responded to within";
    private static final String[] HEADER = {"rule", "row", "value"};
    private static final Instant T = Instant.parse("2025-11-24T02:00:00Z");

    /** A workbook of the named sheets, in order; a number-like cell is written as a number. */
    private static void workbook(Path file, Map<String, String[][]> sheets) {
        org.crmpolicy.rules.AuthoringFixtures.workbook(file, sheets);
    }

    private static Map<String, String[][]> sheets(Object... nameThenRows) {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRows.length; i += 2) {
            sheets.put((String) nameThenRows[i], (String[][]) nameThenRows[i + 1]);
        }
        return sheets;
    }

    private static List<RuleProblem> problemsOf(Path dir) {
        try {
            CrmPolicy.builder().ruleDirectory(dir).build();
        } catch (RuleSetRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the rule set was not refused");
    }

    private static boolean needsA1(CrmPolicy policy, String total) {
        BigDecimal amount = new BigDecimal(total).subtract(new BigDecimal("1000.00"));
        ContractSigning s = ContractSigning.of("HT-1", Fixtures.aContractedCustomer("C-1").build(),
                Money.cny(amount.toPlainString()), LocalDate.of(2025, 11, 24),
                List.of(EarlierContract.of("HT-0", "1000.00", LocalDate.of(2025, 3, 1))));
        return policy.approvals().plan(s).approvals().stream().anyMatch(a -> a.ruleId().value().equals("A1"));
    }

    private static Instant urgentDue(CrmPolicy policy) {
        return policy.deadlines().forInquiry(Inquiry.serviceRequest("SR-1", InquiryChannel.PHONE,
                RequestSeverity.URGENT, T)).due();
    }

    @Test
    void everySheetOfAWorkbookSetsItsRowsAndAnEmptySheetIsSkipped(@TempDir Path dir) throws IOException {
        // given: the thresholds on one sheet, the deadlines on the next, an unused third sheet
        workbook(dir.resolve("policy.xlsx"), sheets(
                "Approvals", new String[][] {HEADER, {"A1", A1, "5000"}},
                "Deadlines", new String[][] {HEADER, {"D4", D4_URGENT, "30 minutes"}},
                "Sheet3", new String[][] {}));

        // when
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        // then: both rows changed, on each side of their bounds; the other D4 row as shipped
        assertThat(needsA1(policy, "4999.99")).isFalse();
        assertThat(needsA1(policy, "5000.00")).isTrue();
        assertThat(urgentDue(policy)).isEqualTo(T.plus(Duration.ofMinutes(30)));
        assertThat(urgentDue(CrmPolicy.standard())).isEqualTo(T.plus(Duration.ofMinutes(15)));
        assertThat(policy.deadlines().forInquiry(Inquiry.serviceRequest("SR-2", InquiryChannel.PHONE,
                RequestSeverity.GENERAL, T)).due()).isEqualTo(T.plus(Duration.ofHours(1)));
        assertThat(policy.catalogue().rules()).filteredOn(r -> r.file().equals("policy.xlsx"))
                .extracting(r -> r.name()).containsExactlyInAnyOrder("A1 Table: " + A1, "D4 Table: " + D4_URGENT);
    }

    @Test
    void aWrongCellOnTheSecondSheetIsNamedByFileSheetAndCell(@TempDir Path dir) throws IOException {
        // given
        workbook(dir.resolve("policy.xlsx"), sheets(
                "Approvals", new String[][] {HEADER, {"A1", A1, "5000"}},
                "Deadlines", new String[][] {HEADER, {"D1", "", "3 working days"}, {"D4", D4_URGENT, "half an hour"}}));

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Deadlines");
            assertThat(p.toString()).startsWith("policy.xlsx!Deadlines!C3: \"half an hour\" is not a term length");
        });
    }

    @Test
    void aRowSetOnTwoSheetsIsSetTwiceNamingBothCells(@TempDir Path dir) throws IOException {
        // given
        workbook(dir.resolve("policy.xlsx"), sheets(
                "June", new String[][] {HEADER, {"A1", A1, "5000"}},
                "September", new String[][] {HEADER, {"A2", "", "3500"}, {"A1", "", "6000"}}));

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString()).startsWith(
                "policy.xlsx!September!A3: row A1 \"" + A1 + "\" is set twice: first at policy.xlsx!June!A2"));
    }

    @Test
    void aSecondSheetWithoutItsHeaderIsRefusedOnThatSheet(@TempDir Path dir) throws IOException {
        // given
        workbook(dir.resolve("policy.xlsx"), sheets(
                "Approvals", new String[][] {HEADER, {"A1", A1, "5000"}},
                "Deadlines", new String[][] {{"D4", D4_URGENT, "30 minutes"}}));

        // when / then
        assertThat(problemsOf(dir)).first().satisfies(p -> assertThat(p.toString())
                .startsWith("policy.xlsx!Deadlines!A1: \"D4\" is not the header of column A"));
    }

    @Test
    void aRowOfALaterSheetAlsoSetByADrlOverrideIsNamedByItsOwnCell(@TempDir Path dir) throws IOException {
        // given: rows 2-4 on the first sheet, so the second sheet's row 2 is not DRL line 2
        workbook(dir.resolve("policy.xlsx"), sheets(
                "Approvals", new String[][] {HEADER, {"A2", "", "3500"}, {"P4", "", "80000"}, {"T4", "", "150000"}},
                "Deadlines", new String[][] {HEADER, {"D4", D4_URGENT, "30 minutes"}}));
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.calendar.TimeBasis;
                import org.crmpolicy.calendar.WorkCalendar;
                import org.crmpolicy.deadline.DeadlineTerm;
                rule "D4 Table: %s"
                when exists WorkCalendar()
                then insert( DeadlineTerm.term( "D4", "20 minutes", "URGENT", "respond", TimeBasis.BUSINESS, "SERVICE_DESK" ) ); end
                """.formatted(D4_URGENT));

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Deadlines");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.toString()).startsWith("policy.xlsx!Deadlines!A2: rule \"D4 Table: " + D4_URGENT
                    + "\" is set twice");
        });
    }

    // ---------------------------------------------------------------- one cell, and its value

    @Test
    void aWrongValueIsNamedByExactlyOneCellAndItsValueNotARange(@TempDir Path dir) throws IOException {
        // given: five valid rows, then a wrong value in C7
        workbook(dir.resolve("thresholds.xlsx"), sheets("Thresholds", new String[][] {HEADER,
                {"A2", "", "3000"}, {"P4", "", "50000"}, {"T4", "", "100000"}, {"D1", "", "3 working days"},
                {"D4", D4_URGENT, "15 minutes"}, {"A1", A1, "4,000 CNY"}}));

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("thresholds.xlsx");
            assertThat(p.sheet()).isEqualTo("Thresholds");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(3);
            assertThat(p.location()).isEqualTo("thresholds.xlsx!Thresholds!C7");
            assertThat(p.toString()).isEqualTo("thresholds.xlsx!Thresholds!C7: \"4,000 CNY\" is not an amount: write"
                    + " the amount in CNY as digits with at most two decimals, without currency or thousands separators"
                    + " (e.g. 5000 or 4999.99)");
        });
    }

    @Test
    void aWrongValueInAMergedCellIsOneProblemNamingTheMergedCellsFirstCell(@TempDir Path dir) throws IOException {
        // given: the value cell of row 3 merged down over C3:C5 and across over C3:E3 would repeat its value in every
        // cell of the range
        Path file = dir.resolve("thresholds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Thresholds");
            String[][] rows = {HEADER, {"A2", "", "3000"}, {"A1", A1, "4,000 CNY"}, {"", "", ""}, {"", "", ""}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellValue(c < rows[r].length ? rows[r][c] : "");
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 2, 4));
            workbook.write(out);
        }

        // when / then
        assertThat(problemsOf(dir)).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("thresholds.xlsx!Thresholds!C3: \"4,000 CNY\" is not an amount"));
    }
}
