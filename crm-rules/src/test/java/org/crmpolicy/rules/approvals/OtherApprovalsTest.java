package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.ApprovalFixtures.approvals;
import static org.crmpolicy.rules.ApprovalFixtures.approvedBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Arrangement;
import org.crmpolicy.approval.ArrangementTask;
import org.crmpolicy.approval.ComplaintHandlingAssignment;
import org.crmpolicy.approval.CustomerEventAttendance;
import org.crmpolicy.approval.CustomerEventKind;
import org.crmpolicy.approval.HostAction;
import org.crmpolicy.approval.ManagementPlan;
import org.crmpolicy.approval.ManagementPlanKind;
import org.crmpolicy.approval.Party;
import org.crmpolicy.approval.PolicyRevision;
import org.crmpolicy.approval.PreferentialBenefit;
import org.crmpolicy.approval.PreferentialPolicyGrant;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.approval.SurveyImprovementPlan;
import org.crmpolicy.approval.TrainingPlan;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** T8 (A3, the same rule), A5, A6, A7, A8, A10, A11, A12. */
class OtherApprovalsTest {

    private static final CustomerId CUSTOMER = CustomerId.of("C-400");

    // ---------------------------------------------------------------- T8

    @ParameterizedTest(name = "[{index}] {0}, passed evaluation {1} -> eligible {2}")
    @CsvSource({
            "STRATEGIC_PARTNER, true, true", "KEY, true, true",
            "STRATEGIC_PARTNER, false, false", "KEY, false, false",
            "GENERAL, true, false", "RESERVE, true, false", "GENERAL, false, false"})
    void t8OnlyStrategicAndKeyCustomersThatPassedTheEvaluationGetAPreferentialPolicy(Tier tier, boolean passed,
                                                                                     boolean eligible) {
        // given
        PreferentialPolicyGrant grant = aGrant(tier, passed);

        // when
        ApprovalPlan plan = approvals().plan(grant);

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.ruleId().value()).isEqualTo("T8");
            assertThat(a.acceptedLevels()).containsExactly(ApproverLevel.GM_OFFICE_MEETING);
        });
        assertThat(plan.isPermitted()).isEqualTo(eligible);
        assertThat(plan.findings()).hasSize(eligible ? 0 : 1).allMatch(f -> f.ruleId().value().equals("T8") && f.isViolation());
    }

    @Test
    void a3IsTheT8RuleOfApprovalsDrlUnderBothIds() {
        // given: the catalogue of the running rule set (A3 "Preferential policy: see T8")
        org.crmpolicy.rules.catalogue.RuleCatalogue catalogue = org.crmpolicy.rules.Fixtures.policy().catalogue();

        // then: one rule enforces both; its approval and findings carry T8 (t8A3APreferentialPolicyApprovedBy... below)
        assertThat(catalogue.rules(org.crmpolicy.finding.RuleId.of("A3"))).singleElement().satisfies(r -> {
            assertThat(r.ids()).extracting(org.crmpolicy.finding.RuleId::value).containsExactly("T8", "A3");
            assertThat(r.file()).isEqualTo("approvals.drl");
            assertThat(r.name()).contains("general manager's office meeting");
        });
    }

    @Test
    void t8ARefusalNamesBothReasons() {
        // when
        ApprovalPlan plan = approvals().plan(aGrant(Tier.GENERAL, false));

        // then
        assertThat(plan.findings()).singleElement().extracting(Finding::message).asString()
                .contains("tier GENERAL is neither STRATEGIC_PARTNER nor KEY and it has not passed the comprehensive evaluation");
    }

    @ParameterizedTest
    @CsvSource({"COMPANY_LEADERSHIP", "BOARD", "LEADER_IN_CHARGE", "MANAGEMENT"})
    void t8A3APreferentialPolicyApprovedByAnyoneButTheGmOfficeMeetingIsAViolation(ApproverLevel wrong) {
        // given
        PreferentialPolicyGrant grant = aGrant(Tier.KEY, true);

        // when
        List<Finding> wrongLevel = approvals().check(grant, List.of(approvedBy(grant, wrong)), List.of());
        List<Finding> right = approvals().check(grant, List.of(approvedBy(grant, ApproverLevel.GM_OFFICE_MEETING)), List.of());

        // then
        assertThat(wrongLevel).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("T8");
            assertThat(f.isViolation()).isTrue();
        });
        assertThat(right).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    private static PreferentialPolicyGrant aGrant(Tier tier, boolean passed) {
        return new PreferentialPolicyGrant("PP-1", CUSTOMER, tier, passed,
                Set.of(PreferentialBenefit.PRICE_DISCOUNT, PreferentialBenefit.BANK_ACCEPTANCE_WITHOUT_DISCOUNT_INTEREST), DAY);
    }

    // ---------------------------------------------------------------- A5

    @Test
    void a5AStrategicPartnersEventIsAttendedByACompanyOrBuLeaderAndTheCompanyOfficeBuysTheGift() {
        // when
        ApprovalPlan plan = approvals().plan(anEvent(Tier.STRATEGIC_PARTNER));

        // then
        assertThat(plan.arrangements()).extracting(Arrangement::task, Arrangement::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ArrangementTask.ATTEND_EVENT, Party.COMPANY_OR_BU_LEADER),
                org.assertj.core.groups.Tuple.tuple(ArrangementTask.BUY_GIFT, Party.COMPANY_OFFICE));
        assertThat(plan.approvals()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"KEY", "GENERAL", "RESERVE"})
    void a5OtherCustomersEventsAreAttendedByABuLeaderOrSalespersonAndTheGiftNeedsTheLeaderInCharge(Tier tier) {
        // when
        ApprovalPlan plan = approvals().plan(anEvent(tier));

        // then
        assertThat(plan.arrangements()).extracting(Arrangement::task, Arrangement::by).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ArrangementTask.ATTEND_EVENT, Party.BU_LEADER_OR_SALESPERSON),
                org.assertj.core.groups.Tuple.tuple(ArrangementTask.BUY_GIFT, Party.BUSINESS_UNIT));
        assertThat(plan.approvals()).extracting(RequiredApproval::level).containsExactly(ApproverLevel.LEADER_IN_CHARGE);
    }

    private static CustomerEventAttendance anEvent(Tier tier) {
        return new CustomerEventAttendance("EV-1", CUSTOMER, tier, CustomerEventKind.ANNIVERSARY, DAY);
    }

    // ---------------------------------------------------------------- A6, A8, A10, A11, A12: one level each

    static Stream<Arguments> plansAndTheirApprovers() {
        return Stream.of(
                Arguments.of("A6", RevisitPlan.adHoc("RV-1", CUSTOMER, DAY.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai"))), ApproverLevel.COMPANY_LEADERSHIP, ApproverLevel.LEADER_IN_CHARGE),
                Arguments.of("A8", new PolicyRevision("REV-1", ApproverLevel.CUSTOMER_SERVICE, DAY), ApproverLevel.MANAGEMENT, ApproverLevel.CUSTOMER_SERVICE),
                Arguments.of("A10", new ManagementPlan("MP-1", ManagementPlanKind.CUSTOMER_MAINTENANCE, DAY), ApproverLevel.MANAGEMENT, ApproverLevel.COMPANY_LEADERSHIP),
                Arguments.of("A10", new ManagementPlan("MP-2", ManagementPlanKind.FEEDBACK_HANDLING, DAY), ApproverLevel.MANAGEMENT, ApproverLevel.MARKETING),
                Arguments.of("A11", new SurveyImprovementPlan("IP-1", "SV-2025H2", DAY), ApproverLevel.COMPANY_LEADERSHIP, ApproverLevel.MARKETING),
                Arguments.of("A12", new TrainingPlan("TP-2026", 2026, DAY), ApproverLevel.LEADER_IN_CHARGE, ApproverLevel.COMPANY_LEADERSHIP));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} needs {2}; {3} does not count")
    @MethodSource("plansAndTheirApprovers")
    void eachPlanNeedsItsOneApproverAndAnotherLevelDoesNotCount(String ruleId, HostAction act, ApproverLevel level,
                                                                ApproverLevel wrong) {
        // when
        ApprovalPlan plan = approvals().plan(act);
        List<Finding> approved = approvals().check(act, List.of(approvedBy(act, level)), List.of());
        List<Finding> wronglyApproved = approvals().check(act, List.of(approvedBy(act, wrong)), List.of());

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.ruleId().value()).isEqualTo(ruleId);
            assertThat(a.acceptedLevels()).containsExactly(level);
        });
        assertThat(approved).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
        assertThat(wronglyApproved).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo(ruleId);
            assertThat(f.isViolation()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @org.junit.jupiter.params.provider.CsvSource({"A12, REVIEW", "A11, APPROVE", "A10, APPROVE", "A8, APPROVE", "A6, APPROVE"})
    void theRequiredActSaysWhetherTheLevelReviewsOrApproves(String ruleId, org.crmpolicy.approval.ApprovalAct act) {
        HostAction plan = (HostAction) plansAndTheirApprovers().filter(a -> a.get()[0].equals(ruleId)).findFirst()
                .orElseThrow().get()[1];

        assertThat(approvals().plan(plan).approvals()).singleElement().extracting(RequiredApproval::act).isEqualTo(act);
    }

    @org.junit.jupiter.api.Test
    void a6ARegularRevisitPlanNeedsNoApprovalOnlyAnAdHocOneDoes() {
        // given the one revisit plan type R5 reads too
        RevisitPlan regular = new RevisitPlan("RV-2", CUSTOMER, false, DAY.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")),
                null, null);

        // when
        ApprovalPlan plan = approvals().plan(regular);

        // then
        assertThat(plan.approvals()).isEmpty();
        assertThat(regular.kind()).isEqualTo(org.crmpolicy.approval.ActionKind.REVISIT_PLAN);
        assertThat(regular.on()).isEqualTo(DAY);
    }

    // ---------------------------------------------------------------- A7 and the escalations of P4

    @ParameterizedTest(name = "[{index}] claim {0}, social impact {1} -> board or GM office meeting {2}")
    @CsvSource(nullValues = "-", value = {
            "-, false, false", "49999.99, false, false", "50000.00, false, true", "50000.01, false, true",
            "-, true, true", "0.00, true, true"})
    void a7TheLeaderInChargeApprovesAndP4ALargeClaimOrMajorSocialImpactGoesToTheBoardOrGmOfficeMeeting(String claim, boolean impact, boolean escalated) {
        // given
        ComplaintHandlingAssignment act = new ComplaintHandlingAssignment("CP-1", "BU-EAST", DAY.plusDays(10),
                claim == null ? null : Money.cny(claim), impact, DAY);

        // when
        ApprovalPlan plan = approvals().plan(act);

        // then
        assertThat(plan.approvals()).filteredOn(a -> a.acceptedLevels().size() == 1)
                .singleElement().extracting(RequiredApproval::level).isEqualTo(ApproverLevel.LEADER_IN_CHARGE);
        assertThat(plan.approvals()).filteredOn(a -> a.acceptedLevels().contains(ApproverLevel.BOARD))
                .hasSize(escalated ? 1 : 0)
                .allSatisfy(a -> assertThat(a.acceptedLevels()).containsExactly(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING));
        assertThat(plan.approvals()).filteredOn(a -> a.level() == ApproverLevel.LEADER_IN_CHARGE)
                .allMatch(a -> a.ruleId().value().equals("A7"));
        assertThat(plan.approvals()).filteredOn(a -> a.level() != ApproverLevel.LEADER_IN_CHARGE)
                .allMatch(a -> a.ruleId().value().equals("P4"));
        assertThat(plan.approvals()).noneMatch(RequiredApproval::granted);
    }

    @ParameterizedTest
    @CsvSource({"BOARD", "GM_OFFICE_MEETING"})
    void p4EitherTheBoardOrTheGmOfficeMeetingDecidesALargeClaim(ApproverLevel decider) {
        // given
        ComplaintHandlingAssignment act = new ComplaintHandlingAssignment("CP-2", "BU-EAST", DAY.plusDays(10),
                Money.cny("80000"), false, DAY);

        // when
        List<Finding> findings = approvals().check(act,
                List.of(approvedBy(act, ApproverLevel.LEADER_IN_CHARGE), approvedBy(act, decider)), List.of());

        // then
        assertThat(findings).hasSize(2).allMatch(f -> f.severity() == Severity.INFO);
    }

    @Test
    void p4ALargeClaimDecidedOnlyByTheLeaderInChargeIsAP4Violation() {
        // given
        ComplaintHandlingAssignment act = new ComplaintHandlingAssignment("CP-3", "BU-EAST", DAY.plusDays(10),
                Money.cny("50000"), false, DAY);

        // when
        List<Finding> findings = approvals().check(act, List.of(approvedBy(act, ApproverLevel.LEADER_IN_CHARGE)), List.of());

        // then
        assertThat(findings).filteredOn(Finding::isViolation).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("P4");
            assertThat(f.message()).contains("without the approval of BOARD or GM_OFFICE_MEETING");
        });
    }

    // ---------------------------------------------------------------- A8 owner

    @ParameterizedTest
    @CsvSource({"ENTERPRISE_MANAGEMENT", "CRM_COMMITTEE", "MARKETING"})
    void a8ARevisionProposedByAnyoneButTheOwnerIsAViolation(ApproverLevel proposer) {
        // when
        ApprovalPlan plan = approvals().plan(new PolicyRevision("REV-2", proposer, DAY));

        // then
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A8");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsEntry("owner", "CUSTOMER_SERVICE");
        });
    }

    @Test
    void a8TheDefaultOwnerCustomerServiceMayPropose() {
        // when
        ApprovalPlan plan = approvals().plan(new PolicyRevision("REV-3", ApproverLevel.CUSTOMER_SERVICE, DAY));

        // then
        assertThat(plan.isPermitted()).isTrue();
        assertThat(plan.needsApprovalFrom(ApproverLevel.MANAGEMENT)).isTrue();
    }
}
