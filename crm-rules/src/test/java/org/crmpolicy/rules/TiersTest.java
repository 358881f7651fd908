package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.TODAY;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;
import static org.crmpolicy.rules.Fixtures.aGeneralCustomer;
import static org.crmpolicy.rules.Fixtures.aKeyCustomer;
import static org.crmpolicy.rules.Fixtures.aProspect;
import static org.crmpolicy.rules.Fixtures.aStrategicPartner;
import static org.crmpolicy.rules.Fixtures.anAssessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crmpolicy.customer.AssessingUnit;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierCriterion;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Specification of customer tiering: T1-T7, T9, T10 (tiers.drl). */
class TiersTest {

    private static final CrmPolicy POLICY = Fixtures.policy();

    private static TierDecision classify(org.crmpolicy.customer.CustomerBuilder customer) {
        return POLICY.classify(customer.build(), AS_OF);
    }

    private static boolean matched(TierDecision d, String ruleId, Tier tier) {
        return d.matched().stream().anyMatch(c -> c.ruleId().equals(RuleId.of(ruleId)) && c.tier() == tier);
    }

    @Nested
    class T1_four_tiers {

        @Test
        void tiersAreOrderedStrategicKeyGeneralReserve() {
            assertThat(Tier.values()).containsExactly(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE);
            assertThat(Tier.STRATEGIC_PARTNER.isHigherThan(Tier.KEY)).isTrue();
            assertThat(Tier.GENERAL.isHigherThan(Tier.KEY)).isFalse();
        }

        @Test
        void aCustomerOfNoNamedKindUnderContractStillGetsATier() {
            TierDecision d = classify(aContractedCustomer("C-1").categories(CustomerCategory.OTHER).annualVolume("500000"));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.matched()).extracting(TierCriterion::reason).containsExactly("no other criterion matched");
        }
    }

    @Nested
    class T2_strategic_partner {

        @Test
        void jointDevelopmentUnderContractMakesAStrategicPartner() {
            TierDecision d = classify(aStrategicPartner("C-1"));

            assertThat(d.tier()).isEqualTo(Tier.STRATEGIC_PARTNER);
            assertThat(matched(d, "T2", Tier.STRATEGIC_PARTNER)).isTrue();
        }

        @Test
        void withoutJointDevelopmentTheSameCustomerIsOnlyKey() {
            TierDecision d = classify(aStrategicPartner("C-1").jointDevelopment(null));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.matched()).noneMatch(c -> c.ruleId().value().equals("T2"));
        }
    }

    @Nested
    class T3_key {

        @ParameterizedTest
        @EnumSource(value = CustomerCategory.class, names = {"MILITARY_UNIT", "AVIATION_OEM", "AVIATION_REPAIR_PLANT",
            "MILITARY_COMMISSION_UNIT", "LARGE_STATE_OWNED_ENTERPRISE", "LISTED_COMPANY", "RESEARCH_INSTITUTE",
            "SUBSTANTIVE_BUSINESS_UNIT"})
        void everyKindTheSourceNamesIsAKeyCustomer(CustomerCategory kind) {
            TierDecision d = classify(aContractedCustomer("C-1").categories(kind));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.matched()).containsExactly(TierCriterion.of(d.customerId(), "T3", Tier.KEY, "category " + kind));
        }

        @ParameterizedTest
        @EnumSource(value = CustomerCategory.class, names = {"SMALL_PRIVATE_COMPANY", "INDIVIDUAL_BUSINESS", "OTHER"})
        void otherKindsAreNotKeyCustomers(CustomerCategory kind) {
            assertThat(classify(aContractedCustomer("C-1").categories(kind)).tier()).isEqualTo(Tier.GENERAL);
        }

        @Test
        void aCustomerOfTwoKeyKindsReportsBoth() {
            TierDecision d = classify(aContractedCustomer("C-1")
                    .categories(CustomerCategory.AVIATION_OEM, CustomerCategory.LISTED_COMPANY));

            assertThat(d.reasons()).containsExactly("T3 KEY: category AVIATION_OEM", "T3 KEY: category LISTED_COMPANY");
        }
    }

    @Nested
    class T4_general {

        @ParameterizedTest
        @EnumSource(value = CustomerCategory.class, names = {"SMALL_PRIVATE_COMPANY", "INDIVIDUAL_BUSINESS"})
        void smallPrivateCompaniesAndIndividualBusinessesAreGeneral(CustomerCategory kind) {
            TierDecision d = classify(aContractedCustomer("C-1").categories(kind).annualVolume("5000000"));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.reasons()).containsExactly("T4 GENERAL: category " + kind);
        }

        @ParameterizedTest(name = "annual volume {0} CNY is low volume: {1}")
        @CsvSource({"0.00, true", "99999.99, true", "100000.00, false", "100000.01, false"})
        void lowVolumeBoundIs100000Exclusive(String volume, boolean lowVolume) {
            TierDecision d = classify(aContractedCustomer("C-1").categories(CustomerCategory.OTHER).annualVolume(volume));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.reasons().stream().anyMatch(r -> r.contains("below the low-volume bound"))).isEqualTo(lowVolume);
            assertThat(d.reasons().stream().anyMatch(r -> r.contains("no other criterion matched"))).isEqualTo(!lowVolume);
        }

        @Test
        void theLowVolumeBoundIsANamedParameterAHostCanChange() {
            CrmPolicy raised = CrmPolicy.builder().parameter("T4.low-volume-bound-cny", "200000").build();

            TierDecision d = raised.classify(aContractedCustomer("C-1").annualVolume("150000").build(), AS_OF);

            assertThat(d.reasons()).containsExactly(
                    "T4 GENERAL: annual volume 150000 CNY below the low-volume bound 200000 CNY");
        }
    }

    @Nested
    class T5_reserve {

        @ParameterizedTest
        @EnumSource(ProspectSignal.class)
        void aCustomerWithoutContractIsReserve(ProspectSignal signal) {
            TierDecision d = classify(aProspect("P-1").prospectSignal(signal));

            assertThat(d.tier()).isEqualTo(Tier.RESERVE);
            assertThat(matched(d, "T5", Tier.RESERVE)).isTrue();
        }

        @Test
        void aListedCompanyWithoutContractIsStillAProspect() {
            TierDecision d = classify(aProspect("P-1").categories(CustomerCategory.LISTED_COMPANY)
                    .prospectSignal(ProspectSignal.HIGH_POTENTIAL));

            assertThat(d.tier()).isEqualTo(Tier.RESERVE);
            assertThat(d.reasons()).containsExactly("T5 RESERVE: no contract yet, HIGH_POTENTIAL");
        }

        @Test
        void aProspectWithNeitherIntentNorPotentialIsReported() {
            TierDecision withNothing = classify(aProspect("P-1").prospectSignal(ProspectSignal.NONE));
            TierDecision withIntent = classify(aProspect("P-2").prospectSignal(ProspectSignal.DECLARED_INTENT));

            assertThat(withNothing.findings("T5")).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
            assertThat(withIntent.findings("T5")).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = ContractStatus.class, names = {"ACTIVE", "LAPSED"})
        void aCustomerThatHasSignedIsNotReserve(ContractStatus status) {
            assertThat(classify(aGeneralCustomer("C-1").contractStatus(status)).tier()).isEqualTo(Tier.GENERAL);
        }
    }

    @Nested
    class T6_value_assessment {

        @Test
        void aCustomerUnderContractWithoutAssessmentIsReported() {
            TierDecision d = classify(aKeyCustomer("C-1").valueAssessment(null));

            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(f -> assertThat(f.message()).startsWith("no value assessment on file"));
        }

        @Test
        void aCurrentAssessmentIsPartOfTheReasons() {
            TierDecision d = classify(aKeyCustomer("C-1").valueAssessment(anAssessment(TODAY.minusMonths(3))));

            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                    .satisfies(f -> assertThat(f.message()).endsWith("= 17/25"));
        }

        @ParameterizedTest(name = "assessed on {0}: re-assessment due = {1}")
        @CsvSource({"2024-11-25, false", "2024-11-24, true", "2023-01-01, true"})
        void anAssessmentIsDueAgainTwelveMonthsLater(LocalDate assessedOn, boolean due) {
            TierDecision d = classify(aKeyCustomer("C-1").since(LocalDate.of(2020, 1, 1)).valueAssessment(anAssessment(assessedOn)));

            assertThat(d.findings("T6")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(due ? Severity.WARNING : Severity.INFO));
        }

        @Test
        void aProspectNeedsNoAssessment() {
            assertThat(classify(aProspect("P-1").prospectSignal(ProspectSignal.DECLARED_INTENT)).findings("T6")).isEmpty();
        }
    }

    @Nested
    class T7_credit_gate {

        @ParameterizedTest(name = "credit rating {0} lets a key customer in: {1}")
        @CsvSource({"AAA, true", "A, true", "BBB, true", "BB, false", "C, false"})
        void theLowestPassingRatingIsBBB(CreditRating rating, boolean admitted) {
            TierDecision d = classify(aKeyCustomer("C-1").creditRating(rating));

            assertThat(d.tier()).isEqualTo(admitted ? Tier.KEY : Tier.GENERAL);
            assertThat(d.findings("T7")).hasSize(admitted ? 0 : 1);
        }

        @Test
        void aFailingRatingHoldsAStrategicPartnerAtGeneralAndSaysWhy() {
            TierDecision d = classify(aStrategicPartner("C-1").creditRating(CreditRating.CCC));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(matched(d, "T2", Tier.STRATEGIC_PARTNER)).isTrue();
            assertThat(matched(d, "T7", Tier.GENERAL)).isTrue();
            assertThat(d.findings("T7")).extracting(Finding::message).containsExactlyInAnyOrder(
                    "credit gate: placed in GENERAL instead of STRATEGIC_PARTNER because the credit rating CCC below BBB and no approval on file; an explicit approval admits it",
                    "credit gate: placed in GENERAL instead of KEY because the credit rating CCC below BBB and no approval on file; an explicit approval admits it");
        }

        @Test
        void anExplicitApprovalAdmitsAFailingRating() {
            TierDecision d = classify(aKeyCustomer("C-1").creditRating(CreditRating.B)
                    .creditApproval(new CreditApproval("GM-OFFICE", LocalDate.of(2025, 6, 1), "长期合作")));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.findings("T7")).singleElement()
                    .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO))
                    .satisfies(f -> assertThat(f.message()).contains("GM-OFFICE", "2025-06-01"));
        }

        @Test
        void aKeyCustomerWithoutRatingIsAdmittedButReported() {
            TierDecision d = classify(aKeyCustomer("C-1").creditRating(null));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.findings("T7")).singleElement()
                    .satisfies(f -> assertThat(f.message()).isEqualTo("KEY customer has no credit rating on file"));
        }

        @Test
        void aFailingRatingDoesNotMatterForAGeneralCustomer() {
            TierDecision d = classify(aGeneralCustomer("C-1").creditRating(CreditRating.C));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.findings("T7")).isEmpty();
        }

        @Test
        void thePassingRatingIsANamedParameter() {
            CrmPolicy lenient = CrmPolicy.builder().parameter("T7.lowest-passing-credit-rating", "BB").build();

            assertThat(lenient.classify(aKeyCustomer("C-1").creditRating(CreditRating.BB).build(), AS_OF).tier())
                    .isEqualTo(Tier.KEY);
            assertThat(lenient.classify(aKeyCustomer("C-1").creditRating(CreditRating.B).build(), AS_OF).tier())
                    .isEqualTo(Tier.GENERAL);
        }
    }

    @Nested
    class T9_account_manager {

        @Test
        void aKeyCustomerWithoutAccountManagerIsAViolation() {
            TierDecision d = classify(aKeyCustomer("C-1").accountManagerId(null));

            assertThat(d.findings("T9")).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
                assertThat(f.responsible()).isEqualTo("SALES_DEPARTMENT");
            });
            assertThat(d.hasViolations()).isTrue();
        }

        @Test
        void aStrategicPartnerWithoutAccountManagerIsAViolation() {
            assertThat(classify(aStrategicPartner("C-1").accountManagerId(null)).findings("T9")).hasSize(1);
        }

        @Test
        void aGeneralCustomerNeedsNoDedicatedAccountManager() {
            assertThat(classify(aGeneralCustomer("C-1").accountManagerId(null)).findings("T9")).isEmpty();
        }

        @Test
        void aKeyCustomerWithAnAccountManagerIsFine() {
            assertThat(classify(aKeyCustomer("C-1")).findings("T9")).isEmpty();
        }

        @Test
        void aKeyCandidateHeldAtGeneralByItsCreditNeedsNoDedicatedAccountManager() {
            TierDecision d = classify(aKeyCustomer("C-1").accountManagerId(null).creditRating(CreditRating.C));

            assertThat(d.tier()).isEqualTo(Tier.GENERAL);
            assertThat(d.findings("T9")).isEmpty();
        }
    }

    @Nested
    class T10_decision {

        @Test
        void theHighestMatchingTierWinsAndEveryCriterionIsReported() {
            TierDecision d = classify(aContractedCustomer("C-1")
                    .categories(CustomerCategory.LISTED_COMPANY, CustomerCategory.SMALL_PRIVATE_COMPANY)
                    .annualVolume("50000"));

            assertThat(d.tier()).isEqualTo(Tier.KEY);
            assertThat(d.reasons()).containsExactly(
                    "T3 KEY: category LISTED_COMPANY",
                    "T4 GENERAL: annual volume 50000 CNY below the low-volume bound 100000 CNY",
                    "T4 GENERAL: category SMALL_PRIVATE_COMPANY");
        }

        @Test
        void withoutAValueAssessmentTheDecisionNamesThePolicysAssessorAndTheEvaluationInstant() {
            TierDecision d = classify(aKeyCustomer("C-1").valueAssessment(null));

            assertThat(d.assessor()).isEqualTo(Assessor.of(AssessingUnit.SALES_DEPARTMENT, "crm-policy"));
            assertThat(d.assessedAt()).isEqualTo(AS_OF);
        }

        @Test
        void aHostNamesItsOwnAssessorAndClock() {
            CrmPolicy finance = CrmPolicy.builder()
                    .assessor(Assessor.of(AssessingUnit.FINANCE_DEPARTMENT, "F-12"))
                    .clock(Clock.fixed(AS_OF, ZoneOffset.UTC))
                    .build();

            TierDecision d = finance.classify(aKeyCustomer("C-1").valueAssessment(null).build());

            assertThat(d.assessor().unit()).isEqualTo(AssessingUnit.FINANCE_DEPARTMENT);
            assertThat(d.assessedAt()).isEqualTo(AS_OF);
        }

        @Test
        void theDecisionNamesEveryRuleThatShapedIt() {
            TierDecision d = classify(aKeyCustomer("C-1").accountManagerId(null).creditRating(null));

            assertThat(d.ruleIds()).extracting(RuleId::value).containsExactly("T3", "T6", "T7", "T9");
        }
    }
}
