package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.TODAY;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;
import static org.crmpolicy.rules.Fixtures.aGeneralCustomer;
import static org.crmpolicy.rules.Fixtures.aKeyCustomer;
import static org.crmpolicy.rules.Fixtures.aProspect;
import static org.crmpolicy.rules.Fixtures.aStrategicPartner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.crmpolicy.customer.AssessingUnit;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.CustomerBuilder;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierCriterion;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.customer.ValueAssessment;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Specification of T6 as a tier criterion (001 §2.2) and of T10's assessor and time: the value assessment's five
 * factors weighed with the {@code T6.weight-*} parameters into a score; KEY from {@code T6.key-bound} (3.6),
 * STRATEGIC_PARTNER from {@code T6.strategic-partner-bound} (4.4); the decision names the assessment's unit and day.
 */
class ValueAssessmentTierTest {

    private static final CrmPolicy DEFAULTS = Fixtures.policy();

    /** Unequal weights, so a score can fall one hundredth below a bound: 0.21, 0.2, 0.2, 0.2, 0.19. */
    private static final CrmPolicy UNEQUAL_WEIGHTS = CrmPolicy.builder()
            .parameter("T6.weight-cooperation-scale", "0.21")
            .parameter("T6.weight-strategic-significance", "0.19")
            .build();

    private static final Assessor U31 = Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31");

    private static ValueAssessment assessed(int scale, int growth, int influence, int stability, int strategic) {
        return new ValueAssessment(scale, growth, influence, stability, strategic, TODAY.minusMonths(1), U31);
    }

    /** A customer under contract of no named kind: only the assessment can lift it above GENERAL. */
    private static CustomerBuilder anAssessedCustomer(int scale, int growth, int influence, int stability, int strategic) {
        return aContractedCustomer("C-1").categories(CustomerCategory.OTHER)
                .valueAssessment(assessed(scale, growth, influence, stability, strategic));
    }

    private static TierDecision classify(CrmPolicy policy, CustomerBuilder customer) {
        return policy.classify(customer.build(), AS_OF);
    }

    private static Stream<TierCriterion> t6(TierDecision d) {
        return d.matched().stream().filter(c -> c.ruleId().equals(RuleId.of("T6")));
    }

    @Nested
    class The_bounds_with_the_default_equal_weights {

        @ParameterizedTest(name = "{0}-{1}-{2}-{3}-{4}: score {5} -> {6}")
        @CsvSource({
                "3, 4, 3, 4, 3, 3.4, GENERAL",
                "4, 4, 4, 3, 3, 3.6, KEY",
                "4, 4, 5, 4, 4, 4.2, KEY",
                "5, 5, 4, 4, 4, 4.4, STRATEGIC_PARTNER",
                "5, 5, 5, 5, 5, 5.0, STRATEGIC_PARTNER"})
        void theScoreIsTheFactorsAverageAndPlacesTheCustomer(int scale, int growth, int influence, int stability,
                                                             int strategic, String score, Tier tier) {
            TierDecision d = classify(DEFAULTS, anAssessedCustomer(scale, growth, influence, stability, strategic));

            assertThat(d.tier()).isEqualTo(tier);
            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("value score " + score + " (key from 3.6, strategic partner from 4.4)"));
        }

        @Test
        void atTheKeyBoundTheReasonNamesTheScoreAndTheBound() {
            TierDecision d = classify(DEFAULTS, anAssessedCustomer(4, 4, 4, 3, 3));

            assertThat(d.reasons()).containsExactly("T6 KEY: value score 3.6 at or above the key bound 3.6 (assessment of "
                    + TODAY.minusMonths(1) + ": scale 4, growth 4, influence 4, stability 3, strategic 3 = 18/25)");
        }

        @Test
        void atTheStrategicPartnerBoundTheReasonNamesTheScoreAndTheBound() {
            TierDecision d = classify(DEFAULTS, anAssessedCustomer(5, 5, 4, 4, 4));

            assertThat(d.reasons()).singleElement().asString()
                    .startsWith("T6 STRATEGIC_PARTNER: value score 4.4 at or above the strategic-partner bound 4.4 (");
        }

        @Test
        void belowTheKeyBoundTheAssessmentMatchesNoTier() {
            TierDecision d = classify(DEFAULTS, anAssessedCustomer(3, 4, 3, 4, 3));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.reasons()).containsExactly("T4 GENERAL: no other criterion matched");
        }
    }

    @Nested
    class One_hundredth_either_side_of_a_bound {

        @ParameterizedTest(name = "{0}-{1}-{2}-{3}-{4}: score {5} -> {6}")
        @CsvSource({
                "3, 4, 4, 3, 4, 3.59, GENERAL",
                "3, 4, 4, 4, 3, 3.6, KEY",
                "3, 5, 5, 5, 4, 4.39, KEY",
                "4, 5, 4, 5, 4, 4.4, STRATEGIC_PARTNER"})
        void aScoreJustBelowABoundStaysBelowAndAScoreAtItIsIn(int scale, int growth, int influence, int stability,
                                                              int strategic, String score, Tier tier) {
            TierDecision d = classify(UNEQUAL_WEIGHTS, anAssessedCustomer(scale, growth, influence, stability, strategic));

            assertThat(d.tier()).isEqualTo(tier);
            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("value score " + score + " "));
            assertThat(t6(d).map(TierCriterion::tier).toList())
                    .isEqualTo(tier == Tier.GENERAL ? java.util.List.of() : java.util.List.of(tier));
        }
    }

    @Nested
    class Rule_authors_tune_the_assessment {

        @Test
        void changedWeightsChangeTheOutcome() {
            // 18/25: 3.6 with equal weights (KEY); 3.59 once scale weighs 0.21 and strategic significance 0.19
            CustomerBuilder customer = anAssessedCustomer(3, 4, 4, 3, 4);

            assertThat(classify(DEFAULTS, customer).tier()).isEqualTo(Tier.KEY);
            assertThat(classify(UNEQUAL_WEIGHTS, customer).tier()).isEqualTo(Tier.GENERAL);
        }

        @Test
        void changedBoundsChangeTheOutcome() {
            CrmPolicy lowerBounds = CrmPolicy.builder()
                    .parameter("T6.key-bound", "3.0")
                    .parameter("T6.strategic-partner-bound", "4")
                    .build();
            CustomerBuilder middling = anAssessedCustomer(3, 4, 3, 4, 3);   // 3.4
            CustomerBuilder good = anAssessedCustomer(4, 4, 4, 4, 4);       // 4.0

            assertThat(classify(DEFAULTS, middling).tier()).isEqualTo(Tier.GENERAL);
            assertThat(classify(lowerBounds, middling).tier()).isEqualTo(Tier.KEY);
            assertThat(classify(DEFAULTS, good).tier()).isEqualTo(Tier.KEY);
            assertThat(classify(lowerBounds, good).tier()).isEqualTo(Tier.STRATEGIC_PARTNER);
            assertThat(classify(lowerBounds, good).reasons()).singleElement().asString()
                    .startsWith("T6 STRATEGIC_PARTNER: value score 4.0 at or above the strategic-partner bound 4 (");
        }

        @Test
        void weightsMovedBetweenFactorsInTwoCallsAreAccepted() {
            CrmPolicy policy = CrmPolicy.builder()
                    .parameter("T6.weight-cooperation-scale", "0.6")      // sum 1.4 for a moment
                    .parameter("T6.weight-growth-potential", "0")
                    .parameter("T6.weight-industry-influence", "0")
                    .parameter("T6.weight-cooperation-stability", "0.2")
                    .parameter("T6.weight-strategic-significance", "0.2")
                    .build();

            // 5*0.6 + 3*0.2 + 3*0.2 = 4.2
            assertThat(classify(policy, anAssessedCustomer(5, 1, 1, 3, 3)).tier()).isEqualTo(Tier.KEY);
        }
    }

    @Nested
    class Bad_parameters_are_refused_at_build {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
                "T6.weight-growth-potential | 1.5 | a weight from 0 to 1",
                "T6.weight-growth-potential | -0.1 | a weight from 0 to 1",
                "T6.key-bound | 0.9 | a value score from 1 to 5",
                "T6.strategic-partner-bound | 5.01 | a value score from 1 to 5"})
        void aValueOutOfRangeIsRefusedNamingKeyAndValue(String key, String value, String expected) {
            assertThatThrownBy(() -> CrmPolicy.builder().parameter(key, value).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("policy parameter '" + key + "' is '" + value + "'; expected " + expected);
        }

        @Test
        void aWeightThatIsNoNumberIsRefused() {
            assertThatThrownBy(() -> CrmPolicy.builder().parameter("T6.weight-cooperation-scale", "high"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("policy parameter 'T6.weight-cooperation-scale' must be a number, got 'high'");
        }

        @Test
        void weightsThatDoNotSumToOneAreRefusedNamingEveryWeight() {
            assertThatThrownBy(() -> CrmPolicy.builder().parameter("T6.weight-cooperation-scale", "0.3").build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("policy parameters T6.weight-cooperation-scale=0.3, T6.weight-growth-potential=0.2, "
                            + "T6.weight-industry-influence=0.2, T6.weight-cooperation-stability=0.2, "
                            + "T6.weight-strategic-significance=0.2 sum to 1.1; expected the five T6 weights to sum to "
                            + "exactly 1");
        }

        @ParameterizedTest(name = "key bound {0}, strategic-partner bound {1}")
        @CsvSource({"4.4, 4.4", "4.5, 4.4"})
        void aKeyBoundNotBelowTheStrategicPartnerBoundIsRefused(String key, String strategic) {
            assertThatThrownBy(() -> CrmPolicy.builder().parameter("T6.key-bound", key)
                    .parameter("T6.strategic-partner-bound", strategic).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("policy parameter 'T6.key-bound' is '" + key + "' and 'T6.strategic-partner-bound' is '"
                            + strategic + "'; expected the key bound below the strategic-partner bound");
        }
    }

    @Nested
    class The_T2_to_T5_criteria_keep_working {

        static Stream<Arguments> customersWithoutAnAssessment() {
            return Stream.of(
                    Arguments.of(aStrategicPartner("C-1"), Tier.STRATEGIC_PARTNER, "T2"),
                    Arguments.of(aKeyCustomer("C-1"), Tier.KEY, "T3"),
                    Arguments.of(aGeneralCustomer("C-1"), Tier.GENERAL, "T4"),
                    Arguments.of(aContractedCustomer("C-1").categories(CustomerCategory.OTHER), Tier.GENERAL, "T4"),
                    Arguments.of(aProspect("P-1").prospectSignal(ProspectSignal.HIGH_POTENTIAL), Tier.RESERVE, "T5"));
        }

        @ParameterizedTest(name = "{1} by {2}")
        @MethodSource("customersWithoutAnAssessment")
        void aCustomerWithoutAnAssessmentIsPlacedByItsKind(CustomerBuilder customer, Tier tier, String ruleId) {
            TierDecision d = classify(DEFAULTS, customer.valueAssessment(null));

            assertThat(d.tier()).isEqualTo(tier);
            assertThat(d.matched()).extracting(c -> c.ruleId().value()).contains(ruleId).doesNotContain("T6");
        }

        @Test
        void aLowScoreDoesNotPullAKeyCustomerDown() {
            TierDecision d = classify(DEFAULTS, aKeyCustomer("C-1").valueAssessment(assessed(1, 1, 1, 1, 1)));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.reasons()).containsExactly("T3 KEY: category LISTED_COMPANY");
        }

        @Test
        void aHighScoreLiftsASmallPrivateCompanyAndBothCriteriaAreReported() {
            TierDecision d = classify(DEFAULTS, aGeneralCustomer("C-1").valueAssessment(assessed(5, 5, 4, 4, 4)));

            assertThat(d.tier()).isEqualTo(Tier.STRATEGIC_PARTNER);
            assertThat(d.matched()).extracting(c -> c.ruleId().value() + " " + c.tier())
                    .containsExactly("T6 STRATEGIC_PARTNER", "T4 GENERAL", "T4 GENERAL");
        }

        @Test
        void aProspectWithTheHighestScoreIsStillReserve() {
            TierDecision d = classify(DEFAULTS, aProspect("P-1").prospectSignal(ProspectSignal.HIGH_POTENTIAL)
                    .valueAssessment(assessed(5, 5, 5, 5, 5)));

            assertThat(d.tier()).isEqualTo(Tier.RESERVE);
            assertThat(t6(d)).isEmpty();
        }

        @Test
        void theCreditGateHoldsAnAssessedKeyCustomerAtGeneral() {
            TierDecision d = classify(DEFAULTS, anAssessedCustomer(4, 4, 4, 4, 4).creditRating(CreditRating.BB));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.findings("T7")).anySatisfy(f -> assertThat(f.message()).contains("instead of KEY"));
        }

        @Test
        void aStaleAssessmentStillCountsAndIsReportedDue() {
            ValueAssessment old = new ValueAssessment(4, 4, 4, 4, 4, TODAY.minusMonths(13), U31);
            TierDecision d = classify(DEFAULTS, aContractedCustomer("C-1").valueAssessment(old));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(f -> assertThat(f.message()).endsWith("re-assessment due"));
        }
    }

    @Nested
    class T10_the_assessor_and_the_time_are_the_assessments {

        @Test
        void theDecisionRecordsTheAssessingUnitAndTheDayOfTheAssessment() {
            Assessor finance = Assessor.of(AssessingUnit.FINANCE_DEPARTMENT, "F-12");
            ValueAssessment a = new ValueAssessment(4, 4, 4, 3, 3, LocalDate.of(2025, 9, 1), finance);

            TierDecision d = classify(DEFAULTS, aContractedCustomer("C-1").valueAssessment(a));

            assertThat(d.assessor()).isEqualTo(finance);
            assertThat(d.assessedAt()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z")); // 2025-09-01 00:00 in Shanghai
            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.message()).startsWith("value assessment of 2025-09-01 by FINANCE_DEPARTMENT/F-12: "));
        }

        @Test
        void twoCustomersAssessedByDifferentUnitsOnDifferentDaysAreRecordedApart() {
            ValueAssessment byTechnology = new ValueAssessment(3, 3, 3, 3, 3, LocalDate.of(2025, 6, 2),
                    "TECHNOLOGY_CENTRE/T-3");
            ValueAssessment byBusinessUnit = new ValueAssessment(3, 3, 3, 3, 3, LocalDate.of(2025, 10, 20),
                    Assessor.of(AssessingUnit.BUSINESS_UNIT, "BU-2"));

            var decisions = DEFAULTS.tiers().classifyAll(java.util.List.of(
                    aContractedCustomer("C-1").valueAssessment(byTechnology).build(),
                    aContractedCustomer("C-2").valueAssessment(byBusinessUnit).build(),
                    aContractedCustomer("C-3").valueAssessment(null).build()), AS_OF);

            assertThat(decisions).extracting(d -> d.assessor().toString()).containsExactly(
                    "TECHNOLOGY_CENTRE/T-3", "BUSINESS_UNIT/BU-2", "SALES_DEPARTMENT/crm-policy");
            assertThat(decisions).extracting(TierDecision::assessedAt).containsExactly(
                    Instant.parse("2025-06-01T16:00:00Z"), Instant.parse("2025-10-19T16:00:00Z"), AS_OF);
        }
    }
}
