package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.workbook;
import static org.crmpolicy.rules.AuthoringFixtures.theRefusalOf;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.TODAY;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;
import static org.crmpolicy.rules.Fixtures.aKeyCustomer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crmpolicy.customer.AssessingUnit;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.ValueAssessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The T6 value-score bounds are table rows ({@code "T6 Table: the value score from which a customer under contract is
 * a key customer"}, 3.6, and {@code "... is a strategic partner"}, 4.4): a host overrides one with one rule of its name
 * (or one decision-table row) and the other stays in force. With the default equal weights a score is the factors'
 * total over 5, so the scores step by 0.2. The re-assessment interval (12 months) is a row too.
 */
class TierRowsTest {

    static final String KEY_ROW = "T6 Table: the value score from which a customer under contract is a key customer";
    static final String STRATEGIC_ROW = "the value score from which a customer under contract is a strategic partner";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy keyAt34;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.customer.Tier;
                import org.crmpolicy.customer.ValueScoreBound;

                rule "%s"
                when
                then insertLogical( ValueScoreBound.score( "T6", "3.4", Tier.KEY ) );
                end
                """.formatted(KEY_ROW));
        keyAt34 = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    /** A customer under contract of no named kind whose five factors sum to {@code total} (score = total / 5). */
    private static Tier tierOf(CrmPolicy policy, int total) {
        int[] f = new int[5];
        for (int i = 0; i < 5; i++) {
            f[i] = total / 5 + (i < total % 5 ? 1 : 0);
        }
        ValueAssessment a = new ValueAssessment(f[0], f[1], f[2], f[3], f[4], TODAY.minusMonths(1),
                Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));
        return policy.classify(aContractedCustomer("C-1").categories(CustomerCategory.OTHER).valueAssessment(a)
                .build(), AS_OF).tier();
    }

    @ParameterizedTest(name = "factors total {0} (score {0}/5): key bound 3.4 -> {1}, shipped 3.6 -> {2}")
    @CsvSource({"16, GENERAL, GENERAL", "17, KEY, GENERAL", "18, KEY, KEY", "21, KEY, KEY",
            "22, STRATEGIC_PARTNER, STRATEGIC_PARTNER"})
    void aOneRowOverrideMovesTheKeyBoundAndLeavesTheStrategicPartnerBound(int total, Tier host, Tier shipped) {
        assertThat(tierOf(keyAt34, total)).isEqualTo(host);
        assertThat(tierOf(SHIPPED, total)).isEqualTo(shipped);
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).contains(KEY_ROW, "T6 Table: " + STRATEGIC_ROW);
        assertThat(keyAt34.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(keyAt34.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(KEY_ROW);
    }

    @Test
    void theShippedRowsReadTheirParameters() {
        CrmPolicy policy = CrmPolicy.builder().parameter("T6.strategic-partner-bound", "4.8").build();

        assertThat(tierOf(policy, 23)).isEqualTo(Tier.KEY);
        assertThat(tierOf(policy, 24)).isEqualTo(Tier.STRATEGIC_PARTNER);
    }

    @ParameterizedTest(name = "factors total {0}: strategic bound 4.6 from a decision table -> {1}")
    @CsvSource({"17, GENERAL", "18, KEY", "22, KEY", "23, STRATEGIC_PARTNER"})
    void aDecisionTableRowMovesTheStrategicPartnerBoundAndLeavesTheKeyBound(int total, Tier tier, @TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + STRATEGIC_ROW + ",4.6\n");

        assertThat(tierOf(CrmPolicy.builder().ruleDirectory(dir).build(), total)).isEqualTo(tier);
    }

    @Test
    void aSpreadsheetCellOutsideTheScaleIsRefusedNamingTheCellAndTheValue(@TempDir Path dir) {
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("Tiers", new String[][] {{"rule", "row", "value"}, {"T4", "", "200000"}, {"T6", STRATEGIC_ROW, "44"}});
        workbook(dir.resolve("policy.xlsx"), sheets);

        assertThat(theRefusalOf(dir).toString()).startsWith("policy.xlsx!Tiers!C3: \"44\" is not a"
                + " value score: the value assessment scores from 1 to 5");
    }

    // ---------------------------------------------------------------- the re-assessment interval

    static final String MONTHS_ROW = "the months after which a value assessment is due again";

    /** Whether a value assessment of {@code assessedOn} is due again as of {@code Fixtures.AS_OF}. */
    private static boolean isDueAgain(CrmPolicy policy, LocalDate assessedOn) {
        ValueAssessment a = new ValueAssessment(4, 4, 4, 4, 4, assessedOn,
                Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));
        return policy.classify(aContractedCustomer("C-1").categories(CustomerCategory.OTHER).valueAssessment(a)
                .build(), AS_OF).findings("T6").stream().anyMatch(f -> f.message().endsWith("re-assessment due"));
    }

    @ParameterizedTest(name = "assessed {0} months and {1} days ago: due again with a 6-month row {2}, shipped (12) {3}")
    @CsvSource({"6, -1, false, false", "6, 0, true, false", "12, -1, true, false", "12, 0, true, true"})
    void aDecisionTableRowShortensTheReassessmentIntervalOnBothSides(int months, int days, boolean host,
                                                                      boolean shipped, @TempDir Path dir) {
        // given
        write(dir, "tiers.csv", "rule,row,value\nT6," + MONTHS_ROW + ",6\n");
        CrmPolicy sixMonths = CrmPolicy.builder().ruleDirectory(dir).build();
        LocalDate assessedOn = TODAY.minusMonths(months).minusDays(days);

        // when / then: the bounds of the tier (3.6, 4.4) are the shipped ones
        assertThat(isDueAgain(sixMonths, assessedOn)).isEqualTo(host);
        assertThat(isDueAgain(SHIPPED, assessedOn)).isEqualTo(shipped);
        assertThat(tierOf(sixMonths, 17)).isEqualTo(Tier.GENERAL);
        assertThat(tierOf(sixMonths, 18)).isEqualTo(Tier.KEY);
        assertThat(tierOf(sixMonths, 22)).isEqualTo(Tier.STRATEGIC_PARTNER);
    }

    @Test
    void aMonthsCellThatIsNotAWholeNumberIsRefusedNamingItsCell(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + MONTHS_ROW + ",half a year\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("tiers.csv:2:C: \"half a year\" is not a"
                + " number of months");
    }

    // ---------------------------------------------------------------- the T3/T4 category rows

    static final String LISTED_ROW = "T3 Table: a listed company is a key customer";

    /** The tier of a customer under contract of the one kind {@code category}, and the reasons it was placed. */
    private static org.crmpolicy.customer.TierDecision decisionOf(CrmPolicy policy, CustomerCategory category) {
        return policy.classify(aContractedCustomer("C-1").categories(category).build(), AS_OF);
    }

    @Test
    void aHostDropsOneCategoryRowAndTheOtherRowsStayInForce(@TempDir Path dir) {
        // given: the listed-company row switched off (an override), and a dealer (OTHER) added (a company rule)
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.customer.Tier;
                import org.crmpolicy.customer.TierCategory;

                rule "%s"
                    enabled false
                when
                then insertLogical( TierCategory.category( "T3", "LISTED_COMPANY", Tier.KEY ) );
                end
                """.formatted(LISTED_ROW));
        write(dir, "company-tiers.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.customer.Tier;
                import org.crmpolicy.customer.TierCategory;

                rule "T3 Table: a dealer is a key customer"
                when
                then insertLogical( TierCategory.category( "T3", "OTHER", Tier.KEY ) );
                end
                """);
        CrmPolicy host = CrmPolicy.builder().ruleDirectory(dir).build();

        // when / then
        assertThat(decisionOf(host, CustomerCategory.LISTED_COMPANY).tier()).isEqualTo(Tier.GENERAL);
        assertThat(decisionOf(host, CustomerCategory.LISTED_COMPANY).reasons()).singleElement()
                .asString().contains("T4").contains("no other criterion matched");
        assertThat(decisionOf(host, CustomerCategory.MILITARY_UNIT).tier()).isEqualTo(Tier.KEY);
        assertThat(decisionOf(host, CustomerCategory.OTHER).tier()).isEqualTo(Tier.KEY);
        assertThat(decisionOf(host, CustomerCategory.OTHER).reasons()).anySatisfy(r -> assertThat(r)
                .contains("T3").contains("category OTHER"));
        assertThat(decisionOf(host, CustomerCategory.SMALL_PRIVATE_COMPANY).tier()).isEqualTo(Tier.GENERAL);
        assertThat(decisionOf(SHIPPED, CustomerCategory.LISTED_COMPANY).tier()).isEqualTo(Tier.KEY);
        assertThat(decisionOf(SHIPPED, CustomerCategory.OTHER).tier()).isEqualTo(Tier.GENERAL);
    }

    @ParameterizedTest(name = "shipped: {0} -> {1} by {2}")
    @CsvSource({"MILITARY_UNIT, KEY, T3", "AVIATION_OEM, KEY, T3", "AVIATION_REPAIR_PLANT, KEY, T3",
            "MILITARY_COMMISSION_UNIT, KEY, T3", "LARGE_STATE_OWNED_ENTERPRISE, KEY, T3", "LISTED_COMPANY, KEY, T3",
            "RESEARCH_INSTITUTE, KEY, T3", "SUBSTANTIVE_BUSINESS_UNIT, KEY, T3",
            "SMALL_PRIVATE_COMPANY, GENERAL, T4", "INDIVIDUAL_BUSINESS, GENERAL, T4"})
    void eachShippedCategoryRowPlacesItsKind(CustomerCategory category, Tier tier, String ruleId) {
        var decision = decisionOf(SHIPPED, category);

        assertThat(decision.tier()).isEqualTo(tier);
        assertThat(decision.reasons()).anySatisfy(r -> assertThat(r).contains(ruleId).contains("category " + category));
    }

    @Test
    void aDecisionTableRowChangesTheCategoryOfOneRow(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT3,a listed company is a key customer,OTHER\nT4,,200000\n");

        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        assertThat(decisionOf(policy, CustomerCategory.OTHER).tier()).isEqualTo(Tier.KEY);
        assertThat(decisionOf(policy, CustomerCategory.LISTED_COMPANY).tier()).isEqualTo(Tier.GENERAL);
        assertThat(decisionOf(policy, CustomerCategory.RESEARCH_INSTITUTE).tier()).isEqualTo(Tier.KEY);
    }

    @Test
    void aCategoryCellThatIsNoCategoryIsRefusedNamingTheCellAndTheValue(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT3,a listed company is a key customer,LISTED\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("tiers.csv:2:C: \"LISTED\" is not a"
                + " customer category: write one of MILITARY_UNIT, AVIATION_OEM,")
                .contains("LISTED_COMPANY");
    }

    @Test
    void anEmptyRowOfT3IsRefusedNamingItsRows(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT3,,LISTED_COMPANY\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("tiers.csv:2:B: the row is empty and T3"
                + " has 8 table rows: name one of T3 \"a military unit is a key customer\"");
    }

    @Test
    void aCategoryRowWithAWrongNameIsAnExceptionNamingTheValue() {
        assertThatThrownBy(() -> org.crmpolicy.customer.TierCategory.category("T3", "listed_company", Tier.KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("\"listed_company\" is not a customer category for T3 KEY (write it in capitals)")
                .hasMessageContaining("LISTED_COMPANY");
    }

    // ---------------------------------------------------------------- the T7 credit gate

    static final String GATE_ROW = "T7 Table: the lowest credit rating that passes the credit gate of the strategic and"
            + " key tiers";

    private static org.crmpolicy.customer.TierDecision keyCandidateRated(CrmPolicy policy, CreditRating rating) {
        return policy.classify(aKeyCustomer("C-1").creditRating(rating).build(), AS_OF);
    }

    @ParameterizedTest(name = "a key candidate rated {0}: lowest passing A from a table -> {1}, shipped BBB -> {2}")
    @CsvSource({"AA, KEY, KEY", "A, KEY, KEY", "BBB, GENERAL, KEY", "BB, GENERAL, GENERAL"})
    void aDecisionTableRowRaisesTheCreditGateOnBothSidesOfIt(CreditRating rating, Tier host, Tier shipped,
                                                             @TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT7,,A\n");
        CrmPolicy gateAtA = CrmPolicy.builder().ruleDirectory(dir).build();

        assertThat(keyCandidateRated(gateAtA, rating).tier()).isEqualTo(host);
        assertThat(keyCandidateRated(SHIPPED, rating).tier()).isEqualTo(shipped);
    }

    @Test
    void aCustomerHeldByTheRaisedGateIsReportedWithTheRowsRating(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT7,,A\n");
        CrmPolicy gateAtA = CrmPolicy.builder().ruleDirectory(dir).build();

        var held = keyCandidateRated(gateAtA, CreditRating.BBB);
        var admitted = gateAtA.classify(aKeyCustomer("C-1").creditRating(CreditRating.BBB)
                .creditApproval(new CreditApproval("GM-OFFICE", LocalDate.of(2025, 6, 1), "长期合作")).build(), AS_OF);

        assertThat(held.findings("T7")).anySatisfy(f -> assertThat(f.message()).contains("KEY")
                .contains("credit rating BBB below A and no approval on file"));
        assertThat(admitted.tier()).isEqualTo(Tier.KEY);
        assertThat(admitted.findings("T7")).anySatisfy(f -> assertThat(f.message())
                .startsWith("credit rating BBB admitted to KEY by the approval of GM-OFFICE"));
    }

    @Test
    void theShippedGateRowReadsItsParameter() {
        CrmPolicy strict = CrmPolicy.builder().parameter("T7.lowest-passing-credit-rating", "AA").build();

        assertThat(keyCandidateRated(strict, CreditRating.AA).tier()).isEqualTo(Tier.KEY);
        assertThat(keyCandidateRated(strict, CreditRating.A).tier()).isEqualTo(Tier.GENERAL);
        assertThat(SHIPPED.catalogue().rules().stream().map(r -> r.name())).contains(GATE_ROW);
    }

    @Test
    void aRatingCellThatIsNoRatingIsRefusedNamingTheCellAndTheValue(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT7,,BBB+\n");

        assertThat(theRefusalOf(dir).toString()).isEqualTo("tiers.csv:2:C: \"BBB+\" is not a credit"
                + " rating: write one of AAA, AA, A, BBB, BB, B, CCC, CC, C (best first)");
    }

    // ---------------------------------------------------------------- the T6 weights; rows that must hold together

    static final String SCALE_ROW = "the weight of cooperation scale in the value score";
    static final String STRATEGIC_WEIGHT_ROW = "the weight of strategic significance in the value score";

    private static Tier tierOfFactors(CrmPolicy policy, int scale, int growth, int influence, int stability,
                                      int strategic) {
        ValueAssessment a = new ValueAssessment(scale, growth, influence, stability, strategic, TODAY.minusMonths(1),
                Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));
        return policy.classify(aContractedCustomer("C-1").categories(CustomerCategory.OTHER).valueAssessment(a)
                .build(), AS_OF).tier();
    }

    @ParameterizedTest(name = "factors {0}-{1}-{2}-{3}-{4}: scale 0.4 / strategic 0 from a table -> {5}, shipped -> {6}")
    @CsvSource({"5, 4, 4, 4, 1, STRATEGIC_PARTNER, KEY", // 4.4 at the strategic bound; shipped 18/5 = 3.6
            "4, 4, 4, 4, 5, KEY, KEY",                  // 4.0; shipped 4.2
            "3, 4, 4, 4, 5, KEY, KEY",                  // 3.6 at the key bound; shipped 4.0
            "2, 4, 4, 4, 5, GENERAL, KEY"})             // 3.2 below it; shipped 3.8
    void aDecisionTableMovesWeightFromOneFactorToAnotherOnBothSidesOfTheBounds(int scale, int growth, int influence,
            int stability, int strategic, Tier host, Tier shipped, @TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + SCALE_ROW + ",0.4\nT6," + STRATEGIC_WEIGHT_ROW + ",0\n");
        CrmPolicy moved = CrmPolicy.builder().ruleDirectory(dir).build();

        assertThat(tierOfFactors(moved, scale, growth, influence, stability, strategic)).isEqualTo(host);
        assertThat(tierOfFactors(SHIPPED, scale, growth, influence, stability, strategic)).isEqualTo(shipped);
    }

    @Test
    void weightsThatNoLongerSumToOneAreRefusedNamingTheRowAndEveryWeight(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + SCALE_ROW + ",0.4\n");

        assertThat(theRefusalOf(dir).toString()).isEqualTo("tiers.csv:2:A: the five T6 weight rows"
                + " sum to 1.2 (cooperation scale 0.4, growth potential 0.2, industry influence 0.2,"
                + " cooperation stability 0.2, strategic significance 0.2); they must sum to exactly 1,"
                + " so that a value score stays from 1 to 5: move weight from one factor to another");
    }

    @Test
    void aWeightCellAboveOneIsRefusedNamingTheCellAndTheValue(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + SCALE_ROW + ",1.5\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("tiers.csv:2:C: \"1.5\" is not a weight:"
                + " a weight is from 0 to 1");
    }

    @Test
    void switchingOffTheCreditGateRowIsRefusedAtTheOverrideNotReadAsNoGate(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;

                rule "%s"
                    enabled false
                when
                then
                end
                """.formatted(GATE_ROW));

        assertThat(theRefusalOf(dir).toString()).isEqualTo("company-overrides.drl:3:1: no row \"T7"
                + " Table: ...\" is in force (switched off?): its rule needs exactly one, or it would"
                + " apply to no case");
    }

    @Test
    void aSecondLowVolumeBoundBesideTheShippedOneIsRefusedNamingBothValues(@TempDir Path dir) {
        write(dir, "company.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.rules.tiers.TierThreshold;

                rule "T4 Table: our own low-volume bound"
                when
                then insertLogical( TierThreshold.cny( "T4", "200000" ) );
                end
                """);

        assertThat(theRefusalOf(dir).toString()).startsWith("tiers-table.drl:")
                .contains(": 2 rows \"T4 Table: the annual business volume\" are in force (")
                .contains("100000 CNY").contains("200000 CNY")
                .endsWith("its rule needs exactly one; override the shipped row by its name instead of"
                        + " adding another");
    }

    @Test
    void aKeyBoundAtTheStrategicPartnerBoundIsRefused(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6,the value score from which a customer under contract is a key"
                + " customer,4.4\n");

        assertThat(theRefusalOf(dir).toString()).isEqualTo("tiers.csv:2:A: the T6 key bound 4.4 is not"
                + " below the strategic-partner bound 4.4: no value score would make a key customer");
    }

    @Test
    void theLintRefusesTheSameTableAsTheBuilder(@TempDir Path dir) {
        write(dir, "tiers.csv", "rule,row,value\nT6," + SCALE_ROW + ",0.4\n");
        var printed = new java.io.ByteArrayOutputStream();

        int exit = org.crmpolicy.rules.lint.RuleLint.run(new String[] {dir.toString()},
                new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(org.crmpolicy.rules.lint.RuleLint.PROBLEMS);
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("tiers.csv:2:A: the five T6 weight rows sum to 1.2 (").contains("1 error(s)");
    }
}
