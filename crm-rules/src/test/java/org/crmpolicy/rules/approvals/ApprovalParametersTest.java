package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.ApprovalFixtures.anExistingCustomer;

import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.PolicyRevision;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.approvals.Approvals;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named parameters of the approvals area: A1 window and level, A8 owner; bad values are refused. */
class ApprovalParametersTest {

    private static Approvals overridden;

    @BeforeAll
    static void buildOnce() {
        overridden = CrmPolicy.builder()
                .parameter("A1.cumulative-window", "ALL_TIME")
                .parameter("A1.approver-level", "COMPANY_LEADERSHIP")
                .parameter("A8.proposer", "ENTERPRISE_MANAGEMENT")
                .build().approvals();
    }

    @Test
    void theShippedDefaultsAreTheCatalogueDecisions() {
        // when
        PolicyParameters defaults = PolicyParameters.defaults();

        // then
        assertThat(defaults.asMap()).containsEntry("A1.cumulative-window", "CALENDAR_YEAR")
                .containsEntry("A1.approver-level", "LEADER_IN_CHARGE")
                .containsEntry("P4.large-claim-bound-cny", "50000")
                .containsEntry("A8.proposer", "CUSTOMER_SERVICE").containsEntry("A8.approver", "MANAGEMENT")
                .containsEntry("A9.approver-level", "LEADER_IN_CHARGE").containsEntry("I9.notify-within-hours", "72");
    }

    @Test
    void a1WithTheAllTimeWindowLastYearsContractsCountAndTheConfiguredLevelApproves() {
        // given
        ContractSigning signing = ContractSigning.of("HT-2025-0001", anExistingCustomer("C-600"), Money.cny("100.00"),
                LocalDate.of(2025, 1, 1), List.of(EarlierContract.of("HT-2024-0999", "3900.00", LocalDate.of(2024, 12, 31))));

        // when
        ApprovalPlan plan = overridden.plan(signing);

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.level()).isEqualTo(ApproverLevel.COMPANY_LEADERSHIP);
            assertThat(a.reason()).contains("all years");
        });
    }

    @Test
    void a8TheOwnerParameterDecidesWhoProposes() {
        // when
        ApprovalPlan byEnterpriseManagement = overridden.plan(new PolicyRevision("REV-1", ApproverLevel.ENTERPRISE_MANAGEMENT, DAY));
        ApprovalPlan byCustomerService = overridden.plan(new PolicyRevision("REV-2", ApproverLevel.CUSTOMER_SERVICE, DAY));

        // then
        assertThat(byEnterpriseManagement.findings()).isEmpty();
        assertThat(byCustomerService.findings()).extracting(f -> f.ruleId().value()).containsExactly("A8");
    }

    @Test
    void anUnknownLevelOrWindowIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> CrmPolicy.builder().parameter("A9.approver-level", "CEO").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("policy parameter 'A9.approver-level' is 'CEO'; expected one of [LEADER_IN_CHARGE,");
    }
}
