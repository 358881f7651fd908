package org.crmpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.testkit.ApprovalsArea.approvals;

import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.rules.ApprovalFixtures;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The approvals area of the kit: what an action needs, and failure messages naming the rule, the action and why. */
class ApprovalsAreaTest {

    private static final PolicyScenario CONTRACTS = PolicyScenario.of(Fixtures.policy())
            .given(ApprovalFixtures.aContract(ApprovalFixtures.anExistingCustomer("C-100"), "1000.00", "3000.00"))
            .asOf("2025-11-24");

    private static final String WHEN = "as of 2025-11-23T16:00:00Z (2025-11-24T00:00 Asia/Shanghai)";

    @Test
    void aContractReachingTheCumulativeBoundNeedsTheSalesContractApproval() {
        CONTRACTS.then(approvals()).action("HT-2025-0042")
                .needsApproval("A1", ApproverLevel.LEADER_IN_CHARGE)
                .needsNoApproval("A4");
    }

    @Test
    void aMissingApprovalNamesTheRuleTheLevelTheActionAndWhatIsRequired() {
        ApprovalOutcome outcome = CONTRACTS.then(approvals());

        assertThatThrownBy(() -> outcome.action("HT-2025-0042").needsApproval("A1", ApproverLevel.BOARD))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("rule A1 should require an approval by BOARD for contract signing HT-2025-0042 "
                        + WHEN + ", but it requires only [A1 by [LEADER_IN_CHARGE] (cumulative contract amount of customer "
                        + "C-100");
        assertThatThrownBy(() -> outcome.action("HT-2025-0042").needsNoApproval("A1"))
                .hasMessageStartingWith("rule A1 should require no approval for contract signing HT-2025-0042 " + WHEN
                        + ", but it requires [A1 by [LEADER_IN_CHARGE]");
        assertThatThrownBy(() -> outcome.action("HT-2025-0042").needsApproval("A4", ApproverLevel.BOARD))
                .hasMessageStartingWith("rule A4 should require an approval by BOARD for contract signing HT-2025-0042 "
                        + WHEN + ", but it requires none. Approvals required: [A1 by [LEADER_IN_CHARGE]");
        assertThatThrownBy(() -> outcome.action("HT-404"))
                .hasMessage("action HT-404 is not in the scenario; its actions are [HT-2025-0042]");
    }
}
