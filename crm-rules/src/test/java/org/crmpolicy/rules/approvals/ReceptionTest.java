package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.ApprovalFixtures.approvals;
import static org.crmpolicy.rules.ApprovalFixtures.approvedBy;

import java.util.Arrays;
import java.util.List;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Arrangement;
import org.crmpolicy.approval.ArrangementTask;
import org.crmpolicy.approval.Party;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.approval.VisitReception;
import org.crmpolicy.approval.VisitorRank;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A4: the reception matrix of 003 §13(三), every cell of tier x visitor rank. */
class ReceptionTest {

    private static VisitReception aVisit(Tier tier, VisitorRank rank, boolean lodging) {
        return new VisitReception("V-" + tier + "-" + rank, CustomerId.of("C-300"), tier, rank, DAY, lodging);
    }

    @ParameterizedTest(name = "[{index}] {0} x {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # tier            | rank               | approvals (in order)                  | info reported to | meets at station          | chairs meeting | hosts banquet    | e-screen
            STRATEGIC_PARTNER | CHAIRMAN_OR_GM     | COMPANY_LEADERSHIP;COMPANY_OFFICE     | GM_OFFICE        | BU_HEAD                   | COMPANY_LEADER | LEADER_IN_CHARGE | MARKETING_DEPARTMENT
            STRATEGIC_PARTNER | DEPARTMENT_MANAGER | LEADER_IN_CHARGE                      | LEADER_IN_CHARGE | BUSINESS_UNIT             | BU_LEADER      | BUSINESS_UNIT    | SALES_DEPARTMENT
            STRATEGIC_PARTNER | BELOW_MANAGER      | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            KEY               | CHAIRMAN_OR_GM     | LEADER_IN_CHARGE                      | COMPANY_OFFICE   | BU_LEADER_OR_SALESPERSON  | BU_LEADER      | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            KEY               | DEPARTMENT_MANAGER | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            KEY               | BELOW_MANAGER      | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            GENERAL           | CHAIRMAN_OR_GM     | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            GENERAL           | DEPARTMENT_MANAGER | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            GENERAL           | BELOW_MANAGER      | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            RESERVE           | CHAIRMAN_OR_GM     | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            RESERVE           | DEPARTMENT_MANAGER | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            RESERVE           | BELOW_MANAGER      | -                                     | -                | BUSINESS_UNIT             | BUSINESS_UNIT  | BUSINESS_UNIT    | MARKETING_DEPARTMENT
            """)
    void a4EveryCellOfTheReceptionMatrix(Tier tier, VisitorRank rank, String approvalLevels, Party reportTo,
                                         Party meets, Party chairs, Party banquet, Party eScreen) {
        // given
        VisitReception visit = aVisit(tier, rank, false);

        // when
        ApprovalPlan plan = approvals().plan(visit);

        // then
        List<ApproverLevel> expected = approvalLevels == null ? List.of()
                : Arrays.stream(approvalLevels.split(";")).map(ApproverLevel::valueOf).toList();
        assertThat(plan.approvals()).extracting(RequiredApproval::level).containsExactlyElementsOf(expected);
        assertThat(plan.approvals()).allMatch(a -> a.ruleId().value().equals("A4"));
        assertThat(by(plan, ArrangementTask.REPORT_VISIT_INFORMATION)).isEqualTo(reportTo == null ? List.of() : List.of(reportTo));
        assertThat(by(plan, ArrangementTask.DRAFT_RECEPTION_PLAN)).containsExactly(Party.BUSINESS_UNIT);
        assertThat(by(plan, ArrangementTask.MEET_AT_STATION)).containsExactly(meets);
        assertThat(by(plan, ArrangementTask.CHAIR_MEETING)).containsExactly(chairs);
        assertThat(by(plan, ArrangementTask.HOST_BANQUET)).containsExactly(banquet);
        assertThat(by(plan, ArrangementTask.E_SCREEN_WELCOME)).containsExactly(eScreen);
        assertThat(by(plan, ArrangementTask.BOOK_LODGING)).isEmpty();
        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void a4LodgingIsBookedOnlyOnRequest() {
        // when
        ApprovalPlan asked = approvals().plan(aVisit(Tier.GENERAL, VisitorRank.BELOW_MANAGER, true));
        ApprovalPlan notAsked = approvals().plan(aVisit(Tier.GENERAL, VisitorRank.BELOW_MANAGER, false));

        // then
        assertThat(by(asked, ArrangementTask.BOOK_LODGING)).containsExactly(Party.BUSINESS_UNIT);
        assertThat(by(notAsked, ArrangementTask.BOOK_LODGING)).isEmpty();
    }

    @Test
    void a4TheCompanyOfficeReviewsAStrategicChairmanVisitPlanAndCompanyLeadershipApprovesIt() {
        // when
        ApprovalPlan plan = approvals().plan(aVisit(Tier.STRATEGIC_PARTNER, VisitorRank.CHAIRMAN_OR_GM, false));

        // then the type says review or approve, not only the reason
        assertThat(plan.approvals()).extracting(RequiredApproval::level, RequiredApproval::act).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ApproverLevel.COMPANY_OFFICE, org.crmpolicy.approval.ApprovalAct.REVIEW),
                org.assertj.core.groups.Tuple.tuple(ApproverLevel.COMPANY_LEADERSHIP, org.crmpolicy.approval.ApprovalAct.APPROVE));
    }

    @Test
    void a4StrategicChairmanVisitNamesTheCompanyLeaderForSpecialCases() {
        // when
        ApprovalPlan plan = approvals().plan(aVisit(Tier.STRATEGIC_PARTNER, VisitorRank.CHAIRMAN_OR_GM, false));

        // then
        assertThat(plan.arrangements(ArrangementTask.MEET_AT_STATION)).singleElement()
                .extracting(Arrangement::detail).asString().contains("a company leader in special cases");
    }

    @Test
    void a4AStrategicChairmanVisitWithoutTheCompanyOfficeReviewIsAViolation() {
        // given
        VisitReception visit = aVisit(Tier.STRATEGIC_PARTNER, VisitorRank.CHAIRMAN_OR_GM, false);

        // when
        List<Finding> findings = approvals().check(visit, List.of(approvedBy(visit, ApproverLevel.COMPANY_LEADERSHIP)), List.of());

        // then
        assertThat(findings).extracting(Finding::severity, f -> f.evidence().get("required"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Severity.VIOLATION, "[COMPANY_OFFICE]"),
                        org.assertj.core.groups.Tuple.tuple(Severity.INFO, null));
    }

    @Test
    void a4AKeyChairmanVisitApprovedByCompanyLeadershipInsteadOfTheLeaderInChargeIsAViolation() {
        // given
        VisitReception visit = aVisit(Tier.KEY, VisitorRank.CHAIRMAN_OR_GM, false);

        // when
        List<Finding> findings = approvals().check(visit, List.of(approvedBy(visit, ApproverLevel.COMPANY_LEADERSHIP)), List.of());

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isViolation()).isTrue();
            assertThat(f.message()).contains("without the approval of LEADER_IN_CHARGE");
        });
    }

    private static List<Party> by(ApprovalPlan plan, ArrangementTask task) {
        return plan.arrangements(task).stream().map(Arrangement::by).toList();
    }
}
