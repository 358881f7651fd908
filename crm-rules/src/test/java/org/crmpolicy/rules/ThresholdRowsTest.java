package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.write;
import static org.crmpolicy.rules.ComplaintFixtures.MARKETING;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.inHandling;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The P4 large-claim bound and the T4 low-volume bound are table rows ({@code "P4 Table: ..."},
 * {@code "T4 Table: ..."}) that read their named parameters: a host overrides one with one row (DRL or decision table)
 * and that changes exactly the decision the row serves, while every other shipped row stays in force.
 */
class ThresholdRowsTest {

    static final String P4_ROW = "P4 Table: the claim amount from which a complaint goes to the board or the GM office"
            + " meeting";
    static final String T4_ROW = "T4 Table: the annual business volume below which a unit under contract is a general"
            + " customer";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy hostP4;
    private static CrmPolicy hostT4;

    @BeforeAll
    static void buildHosts(@TempDir Path p4, @TempDir Path t4) {
        write(p4, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.rules.approvals.ApprovalThreshold;

                rule "%s"
                when then insertLogical( ApprovalThreshold.cny( "P4", "100000" ) ); end
                """.formatted(P4_ROW));
        write(t4, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.rules.tiers.TierThreshold;

                rule "%s"
                when then insertLogical( TierThreshold.cny( "T4", "200000" ) ); end
                """.formatted(T4_ROW));
        hostP4 = CrmPolicy.builder().ruleDirectory(p4).build();
        hostT4 = CrmPolicy.builder().ruleDirectory(t4).build();
    }

    private static boolean needsTheBoard(CrmPolicy policy, String claim) {
        Complaint c = inHandling().recordClaim(Money.cny(claim), MARKETING, at(6), "claim");
        return policy.complaints().assess(c, at(7)).pendingApprovals().stream()
                .anyMatch(r -> r.acceptedLevels().equals(List.of(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING)));
    }

    private static boolean lowVolume(CrmPolicy policy, String volume) {
        return policy.classify(aContractedCustomer("C-1").annualVolume(volume).build(), AS_OF).reasons().stream()
                .anyMatch(r -> r.contains("below the low-volume bound"));
    }

    /** A contract that brings the customer's calendar year to {@code total} CNY (1,000.00 signed earlier). */
    private static boolean needsA1(CrmPolicy policy, String total) {
        BigDecimal amount = new BigDecimal(total).subtract(new BigDecimal("1000.00"));
        ContractSigning s = ContractSigning.of("HT-1", aContractedCustomer("C-1").build(),
                Money.cny(amount.toPlainString()), LocalDate.of(2025, 11, 24),
                List.of(EarlierContract.of("HT-0", "1000.00", LocalDate.of(2025, 3, 1))));
        return policy.approvals().plan(s).approvals().stream().map(RequiredApproval::ruleId)
                .anyMatch(id -> id.value().equals("A1"));
    }

    // ---------------------------------------------------------------- P4

    @ParameterizedTest(name = "claim {0} CNY: board or GM office meeting with the host row = {1}, shipped = {2}")
    @CsvSource({"49999.99, false, false", "50000.00, false, true", "99999.99, false, true", "100000.00, true, true"})
    void aOneRowP4OverrideMovesTheLargeClaimBound(String claim, boolean host, boolean shipped) {
        assertThat(needsTheBoard(hostP4, claim)).isEqualTo(host);
        assertThat(needsTheBoard(SHIPPED, claim)).isEqualTo(shipped);
    }

    @Test
    void theComplaintEscalationFollowsTheP4Row() {
        assertThat(hostP4.complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo("100000");
        assertThat(SHIPPED.complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo("50000");
        assertThat(CrmPolicy.builder().parameter("P4.large-claim-bound-cny", "20000").build()
                .complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo("20000");
    }

    @ParameterizedTest(name = "with the P4 row overridden, {0}: T4 low volume = {1}, A1 = {2} as shipped")
    @CsvSource({"99999.99, true, true", "100000.00, false, true", "3999.99, true, false"})
    void theP4OverrideLeavesTheOtherShippedRowsInForce(String amount, boolean lowVolume, boolean a1) {
        assertThat(lowVolume(hostP4, amount)).isEqualTo(lowVolume).isEqualTo(lowVolume(SHIPPED, amount));
        assertThat(needsA1(hostP4, amount)).isEqualTo(a1).isEqualTo(needsA1(SHIPPED, amount));
    }

    // ---------------------------------------------------------------- T4

    @ParameterizedTest(name = "annual volume {0} CNY: low volume with the host row = {1}, shipped = {2}")
    @CsvSource({"99999.99, true, true", "100000.00, true, false", "199999.99, true, false",
            "200000.00, false, false"})
    void aOneRowT4OverrideMovesTheLowVolumeBound(String volume, boolean host, boolean shipped) {
        assertThat(lowVolume(hostT4, volume)).isEqualTo(host);
        assertThat(lowVolume(SHIPPED, volume)).isEqualTo(shipped);
    }

    @ParameterizedTest(name = "with the T4 row overridden, {0}: P4 = {1}, A1 = {2} as shipped")
    @CsvSource({"49999.99, false, true", "50000.00, true, true", "3999.99, false, false", "4000.00, false, true"})
    void theT4OverrideLeavesTheOtherShippedRowsInForce(String amount, boolean p4, boolean a1) {
        assertThat(needsTheBoard(hostT4, amount)).isEqualTo(p4).isEqualTo(needsTheBoard(SHIPPED, amount));
        assertThat(needsA1(hostT4, amount)).isEqualTo(a1).isEqualTo(needsA1(SHIPPED, amount));
        assertThat(hostT4.complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo("50000");
    }

    @Test
    void eachOverrideReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        for (var host : List.of(hostP4, hostT4)) {
            assertThat(host.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
            assertThat(host.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl")).hasSize(1);
        }
    }

    // ---------------------------------------------------------------- decision tables

    @ParameterizedTest(name = "decision table P4 {0}, T4 {1}: claim 79999.99 to the board = {2}, 149999.99 low volume = {3}")
    @CsvSource({"80000, 150000, false, true", "79999.99, 149999.99, true, false"})
    void aDecisionTableSetsTheP4AndT4RowsFromAValue(String p4, String t4, boolean board, boolean low,
                                                     @TempDir Path dir) {
        write(dir, "thresholds.csv", "rule,row,value\nP4,," + p4 + "\nT4,," + t4 + "\n");

        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        assertThat(needsTheBoard(policy, "79999.99")).isEqualTo(board);
        assertThat(lowVolume(policy, "149999.99")).isEqualTo(low);
        assertThat(policy.complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo(p4);
        assertThat(needsA1(policy, "3999.99")).isFalse();
        assertThat(needsA1(policy, "4000.00")).isTrue();
    }
}
