package org.crmpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.testkit.TiersArea.tiers;

import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The test kit passes on a policy that is followed and says which rule, which customer and why when it is not. */
class PolicyScenarioTest {

    private static final PolicyScenario ON_24_NOVEMBER = PolicyScenario.of(Fixtures.policy())
            .given(Fixtures.aKeyCustomer("C-KEY").accountManagerId(null).build(),
                    Fixtures.aGeneralCustomer("C-GEN").build())
            .asOf("2025-11-24");

    private static final String WHEN = "as of 2025-11-23T16:00:00Z (2025-11-24T00:00 Asia/Shanghai)";

    @Test
    void aFollowedPolicyPassesInBusinessWords() {
        TierOutcome outcome = ON_24_NOVEMBER.then(tiers());

        outcome.customer("C-KEY").isIn(Tier.KEY).matched("T3").matched("T3", "LISTED_COMPANY").didNotMatch("T2")
                .hasFinding("T9", Severity.VIOLATION)
                .hasFinding("T9", Severity.VIOLATION, "no dedicated account manager");
        outcome.customer("C-GEN").isIn(Tier.GENERAL).hasNoFinding("T9").hasNoViolations();
        assertThat(outcome.decisions()).hasSize(2);
    }

    @Test
    void aWrongTierNamesTheCustomerTheTierAndTheMatchedCriteria() {
        TierOutcome outcome = ON_24_NOVEMBER.then(tiers());

        assertThatThrownBy(() -> outcome.customer("C-GEN").isIn(Tier.KEY))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("customer C-GEN should be in tier KEY " + WHEN + ", but T10 placed it in "
                        + "GENERAL. Tier GENERAL, matched criteria: [T4 GENERAL: annual volume 30000 CNY below the "
                        + "low-volume bound 100000 CNY; T4 GENERAL: category SMALL_PRIVATE_COMPANY]. Findings for customer "
                        + "C-GEN: [T6 INFO \"value assessment of 2025-09-24 by SALES_DEPARTMENT: value score 3.4 ")
                .hasMessageEndingWith("\"].");
    }

    @Test
    void aMissingFindingNamesTheRuleTheSeverityAndWhatTheRuleDidProduce() {
        TierOutcome outcome = ON_24_NOVEMBER.then(tiers());

        assertThatThrownBy(() -> outcome.customer("C-KEY").hasFinding("T9", Severity.WARNING))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("rule T9 should have produced a WARNING finding for customer C-KEY " + WHEN
                        + ", but it produced only [T9 VIOLATION \"KEY customer has no dedicated account manager (专人专管)\"]. "
                        + "Tier KEY, matched criteria: [T3 KEY: category LISTED_COMPANY].");
        assertThatThrownBy(() -> outcome.customer("C-GEN").hasFinding("T9", Severity.VIOLATION))
                .hasMessageStartingWith("rule T9 should have produced a VIOLATION finding for customer C-GEN " + WHEN
                        + ", but it produced none. Tier GENERAL");
        assertThatThrownBy(() -> outcome.customer("C-KEY").hasFinding("T9", Severity.VIOLATION, "two managers"))
                .hasMessageStartingWith("rule T9 produced a VIOLATION finding for customer C-KEY " + WHEN
                        + ", but none saying \"two managers\".");
    }

    @Test
    void anUnexpectedFindingOrViolationIsShown() {
        TierOutcome outcome = ON_24_NOVEMBER.then(tiers());

        assertThatThrownBy(() -> outcome.customer("C-KEY").hasNoFinding("T9"))
                .hasMessageStartingWith("rule T9 should have produced no finding for customer C-KEY " + WHEN
                        + ", but it produced [T9 VIOLATION \"KEY customer has no dedicated account manager (专人专管)\"].");
        assertThatThrownBy(() -> outcome.customer("C-KEY").hasNoViolations())
                .hasMessageStartingWith("customer C-KEY should have no violations " + WHEN + ", but has [T9 VIOLATION");
        assertThatThrownBy(() -> outcome.customer("C-KEY").matched("T2"))
                .hasMessageStartingWith("rule T2 should have matched for customer C-KEY " + WHEN + ", but it did not.");
        assertThatThrownBy(() -> outcome.customer("C-KEY").matched("T3", "MILITARY_UNIT"))
                .hasMessageStartingWith("rule T3 should have matched for customer C-KEY because of \"MILITARY_UNIT\" "
                        + WHEN + ", but it matched for other reasons. Tier KEY, matched criteria: [T3 KEY: category "
                        + "LISTED_COMPANY].");
        assertThatThrownBy(() -> outcome.customer("C-GEN").didNotMatch("T4"))
                .hasMessageStartingWith("rule T4 should not have matched for customer C-GEN " + WHEN + ", but it did: [T4 ");
    }

    @Test
    void aCustomerNotInTheScenarioIsNamedWithTheOnesThatAre() {
        TierOutcome outcome = ON_24_NOVEMBER.then(tiers());

        assertThatThrownBy(() -> outcome.customer("C-404"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("customer C-404 is not in the scenario; its customers are [C-KEY, C-GEN]");
    }

    @Test
    void aScenarioNeedsADate() {
        PolicyScenario undated = PolicyScenario.of(Fixtures.policy()).given(Fixtures.aKeyCustomer("C-1").build());

        assertThatThrownBy(() -> undated.then(tiers()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the scenario has no date: call asOf(...) before then(...)");
        assertThatThrownBy(() -> undated.asOf("24.11.2025"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf = '24.11.2025': expected a date like 2025-11-24 or an instant like 2025-11-24T02:00:00Z");
    }

    @Test
    void anInstantAsOfIsUsedAsGiven() {
        // a customer without a value assessment: its decision is stamped with the evaluation's instant (T10)
        TierOutcome outcome = PolicyScenario.of(Fixtures.policy())
                .given(Fixtures.aKeyCustomer("C-KEY").valueAssessment(null).build())
                .asOf("2025-11-24T02:00:00Z").then(tiers());

        assertThat(outcome.customer("C-KEY").decision().assessedAt()).hasToString("2025-11-24T02:00:00Z");
    }
}
