package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.AuthoringFixtures.workbook;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ReceptionStandard;
import org.crmpolicy.approval.VisitReception;
import org.crmpolicy.approval.VisitorRank;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The A4 reception matrix is a table of rows, one per customer tier and visitor rank ({@code "A4 Table: the reception
 * of a key customer's department manager"}), each with its standard as one text: a host overrides one cell of the
 * matrix with one rule of its name (or one decision-table row) and every other cell stays as shipped.
 */
class ReceptionRowsTest {

    static final String KEY_MANAGER = "the reception of a key customer's department manager";
    static final String SHIPPED_KEY_MANAGER = "met by BUSINESS_UNIT; meeting chaired by BUSINESS_UNIT; banquet by"
            + " BUSINESS_UNIT; e-screen by MARKETING_DEPARTMENT";
    static final String HOST_KEY_MANAGER = "reported to COMPANY_OFFICE; approved by LEADER_IN_CHARGE; met by"
            + " BU_LEADER; meeting chaired by BU_LEADER; banquet by BUSINESS_UNIT; e-screen by MARKETING_DEPARTMENT";

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy host;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.approval.ReceptionStandard;
                import org.crmpolicy.approval.VisitReception;
                import org.crmpolicy.approval.VisitorRank;
                import org.crmpolicy.customer.Tier;

                rule "A4 Table: %s"
                when exists VisitReception()
                then insertLogical( ReceptionStandard.row( "A4", "%s", Tier.KEY, VisitorRank.DEPARTMENT_MANAGER, null ) );
                end
                """.formatted(KEY_MANAGER, HOST_KEY_MANAGER));
        host = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    private static ApprovalPlan plan(CrmPolicy policy, Tier tier, VisitorRank rank) {
        return policy.approvals().plan(new VisitReception("V-" + tier + "-" + rank, CustomerId.of("C-300"), tier, rank,
                DAY, false));
    }

    /** What a plan asks, as comparable text: its approvals and arrangements, sorted. */
    private static List<String> asked(ApprovalPlan plan) {
        return Stream.concat(plan.approvals().stream().map(a -> a.act() + " " + a.level() + " " + a.reason()),
                plan.arrangements().stream().map(a -> a.task() + " " + a.by() + " " + a.detail())).sorted().toList();
    }

    /** Every cell of the matrix but {@code except}, tier x rank to what its plan asks. */
    private static Map<String, List<String>> everyCellBut(CrmPolicy policy, Tier exceptTier, VisitorRank exceptRank) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (Tier tier : List.of(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE)) {
            for (VisitorRank rank : VisitorRank.values()) {
                if (tier != exceptTier || rank != exceptRank) {
                    cells.put(tier + " x " + rank, asked(plan(policy, tier, rank)));
                }
            }
        }
        return cells;
    }

    @Test
    void aOneRowOverrideMakesAKeyManagerVisitNeedTheLeaderInChargeAndLeavesEveryOtherCellAsShipped() {
        // when
        ApprovalPlan changed = plan(host, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER);
        ApprovalPlan shipped = plan(SHIPPED, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER);

        // then: the overridden cell asks for the leader in charge; the shipped one for nobody
        assertThat(changed.approvals()).extracting(a -> a.level()).containsExactly(ApproverLevel.LEADER_IN_CHARGE);
        assertThat(changed.approvals()).allMatch(a -> a.ruleId().value().equals("A4"));
        assertThat(shipped.approvals()).isEmpty();
        // and its neighbours (key chairman, key below manager, strategic and general manager) and every other cell
        // are the shipped ones
        assertThat(everyCellBut(host, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER)).hasSize(11)
                .isEqualTo(everyCellBut(SHIPPED, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER));
        assertThat(plan(host, Tier.KEY, VisitorRank.CHAIRMAN_OR_GM).approvals()).extracting(a -> a.level())
                .containsExactly(ApproverLevel.LEADER_IN_CHARGE);
        assertThat(plan(host, Tier.KEY, VisitorRank.BELOW_MANAGER).approvals()).isEmpty();
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).filteredOn(n -> n.startsWith("A4 Table: ")).hasSize(12).contains("A4 Table: " + KEY_MANAGER);
        assertThat(host.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(host.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly("A4 Table: " + KEY_MANAGER);
    }

    @Test
    void aDecisionTableRowSetsOneCellOfTheMatrix(@TempDir Path dir) {
        // given: general customer's chairman visits now need the leader in charge's approval
        write(dir, "receptions.csv", "rule,row,value\nA4,the reception of a general customer's chairman or general"
                + " manager,approved by LEADER_IN_CHARGE; met by BU_LEADER; meeting chaired by BU_LEADER; banquet by"
                + " BUSINESS_UNIT; e-screen by MARKETING_DEPARTMENT\n");
        CrmPolicy table = CrmPolicy.builder().ruleDirectory(dir).build();

        // when / then
        assertThat(plan(table, Tier.GENERAL, VisitorRank.CHAIRMAN_OR_GM).approvals()).extracting(a -> a.level())
                .containsExactly(ApproverLevel.LEADER_IN_CHARGE);
        assertThat(plan(SHIPPED, Tier.GENERAL, VisitorRank.CHAIRMAN_OR_GM).approvals()).isEmpty();
        assertThat(everyCellBut(table, Tier.GENERAL, VisitorRank.CHAIRMAN_OR_GM))
                .isEqualTo(everyCellBut(SHIPPED, Tier.GENERAL, VisitorRank.CHAIRMAN_OR_GM));
    }

    @Test
    void aSpreadsheetCellNamingNoApproverIsRefusedNamingTheCellAndTheValue(@TempDir Path dir) {
        // given
        Map<String, String[][]> sheets = new LinkedHashMap<>();
        sheets.put("Receptions", new String[][] {{"rule", "row", "value"},
                {"A4", KEY_MANAGER, "approved by THE_BOSS; met by BU_LEADER; meeting chaired by BU_LEADER; banquet by"
                        + " BUSINESS_UNIT; e-screen by MARKETING_DEPARTMENT"}});
        workbook(dir.resolve("policy.xlsx"), sheets);

        // when / then
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("policy.xlsx!Receptions!C2: \"approved by"
                                + " THE_BOSS; met by BU_LEADER; ").contains("\"THE_BOSS\" (approved by) is not one of"
                                + " [LEADER_IN_CHARGE, ")));
    }

    @Test
    void aStandardWithoutItsRequiredPartsIsRefused(@TempDir Path dir) {
        // given
        write(dir, "receptions.csv", "rule,row,value\nA4," + KEY_MANAGER + ",approved by LEADER_IN_CHARGE\n");

        // when / then
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("receptions.csv:2:C: \"approved by"
                                + " LEADER_IN_CHARGE\" is not a reception standard: it says nobody for \"met by\"")));
    }

    @Test
    void aStandardReadsBackAsTheTextOfItsRow() {
        // when
        ReceptionStandard s = ReceptionStandard.row("A4", HOST_KEY_MANAGER, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER,
                null);

        // then
        assertThat(s.standard()).isEqualTo(HOST_KEY_MANAGER);
        assertThat(ReceptionStandard.row("A4", SHIPPED_KEY_MANAGER, Tier.KEY, VisitorRank.DEPARTMENT_MANAGER, null)
                .planApprovedBy()).isNull();
    }
}
