package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.engine.RuleSources;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A host changes one row of a shipped table (or one shipped rule) by writing a rule of the same name. */
class RowOverrideTest {

    private static final String A1_ROW = "A1 Table: the cumulative contract amount in the window from which the "
            + "sales-contract approval applies";

    private static String a1Row(String amount) {
        return "package org.crmpolicy.rules;\n"
                + "import org.crmpolicy.approval.ContractSigning;\n"
                + "import org.crmpolicy.rules.approvals.ApprovalThreshold;\n"
                + "\n"
                + "rule \"" + A1_ROW + "\"\n"
                + "when exists ContractSigning() then insertLogical( ApprovalThreshold.cny( \"A1\", \"" + amount
                + "\" ) ); end\n";
    }

    /** A contract that brings the customer's calendar year to {@code total} CNY (1,000.00 signed earlier). */
    private static ContractSigning aContractBringingTheYearTo(String total) {
        var amount = new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("1000.00"));
        return ContractSigning.of("HT-1", Fixtures.aContractedCustomer("C-1").build(), Money.cny(amount.toPlainString()),
                LocalDate.of(2025, 11, 24), List.of(EarlierContract.of("HT-0", "1000.00", LocalDate.of(2025, 3, 1))));
    }

    private static boolean needsA1(CrmPolicy policy, String total) {
        ApprovalPlan plan = policy.approvals().plan(aContractBringingTheYearTo(total));
        return plan.approvals().stream().anyMatch(a -> a.ruleId().value().equals("A1"));
    }

    @ParameterizedTest(name = "cumulative {0}: A1 with the host row = {1}, shipped = {2}")
    @CsvSource({"3999.99, false, false", "4000.00, false, true", "4999.99, false, true", "5000.00, true, true"})
    void aOneRowOverrideMovesTheA1ThresholdAndNothingElse(String total, boolean host, boolean shipped,
                                                          @TempDir Path dir) {
        // given
        write(dir, "company-overrides.drl", a1Row("5000"));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(dir).build();

        // when / then
        assertThat(needsA1(policy, total)).isEqualTo(host);
        assertThat(needsA1(CrmPolicy.standard(), total)).isEqualTo(shipped);
    }

    @Test
    void theOverridingRowReplacesTheShippedRowInTheCatalogueAndEveryOtherShippedRuleStays(@TempDir Path dir) {
        // given
        write(dir, "company-overrides.drl", a1Row("5000"));

        // when
        var host = CrmPolicy.builder().ruleDirectory(dir).build().catalogue().rules();
        var shipped = CrmPolicy.standard().catalogue().rules();

        // then
        assertThat(host).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(
                shipped.stream().map(r -> r.name()).toList());
        assertThat(host).filteredOn(r -> r.name().equals(A1_ROW)).singleElement()
                .satisfies(r -> assertThat(r.file()).isEqualTo("company-overrides.drl"));
    }

    @Test
    void theMergeReportsWhichShippedRuleEachHostRuleReplacedAndKeepsLineNumbers(@TempDir Path dir) {
        // given
        write(dir, "company-overrides.drl", a1Row("5000"));
        List<RuleSources.Override> overrides = new ArrayList<>();

        // when
        var merged = RuleSources.mergeReporting(RuleBase.shippedSources(), dir, overrides,
                PolicyParameters::checkValue);

        // then
        assertThat(overrides).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo(A1_ROW);
            assertThat(o.shippedFile()).isEqualTo("approvals-table.drl");
            assertThat(o.hostFile()).isEqualTo("company-overrides.drl");
            assertThat(o.hostLine()).isEqualTo(5);
        });
        String shipped = RuleBase.shippedSources().get("approvals-table.drl");
        assertThat(merged.get("approvals-table.drl").lines().count()).isEqualTo(shipped.lines().count());
        assertThat(merged.get("approvals-table.drl")).doesNotContain(A1_ROW).contains("A2 Table:");
    }

    @Test
    void aRuleInAnOverridesFileThatMatchesNoShippedRuleIsRefusedWithItsLine(@TempDir Path dir) {
        // given: a typo ("Tabel") would otherwise add a second A1 row
        write(dir, "company-overrides.drl", a1Row("5000").replace("A1 Table:", "A1 Tabel:"));

        // when / then
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo("company-overrides.drl");
                            assertThat(p.line()).isEqualTo(5);
                            assertThat(p.message()).contains("A1 Tabel:").contains("replaces no shipped rule");
                        }));
    }

    @Test
    void aHostRowWithAnAmountThatIsNotOneIsRefusedWhenThePolicyIsBuilt(@TempDir Path dir) {
        // given
        write(dir, "company-overrides.drl", a1Row("5,000 CNY"));

        // when / then: the smoke test of the rule set runs the row and refuses it, naming the value
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .hasMessageContaining("5,000 CNY");
    }

    @Test
    void aCompanyRuleInAnotherFileIsAddedNotAnOverride(@TempDir Path dir) {
        // given
        write(dir, "company.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.approval.ContractSigning;

                rule "A1 Company: every contract signing is looked at by the sales director"
                when exists ContractSigning() then end
                """);

        // when
        var rules = CrmPolicy.builder().ruleDirectory(dir).build().catalogue().rules();

        // then
        assertThat(rules).extracting(r -> r.name())
                .contains(A1_ROW, "A1 Company: every contract signing is looked at by the sales director");
    }

    @Test
    void aSecondThresholdRowBesideTheShippedOneIsRefusedNotAddedAsASecondThreshold(@TempDir Path dir) {
        // given: a row under a new name, so the shipped 4,000 CNY row stays and A1 would apply at both amounts
        write(dir, "company.drl", a1Row("5000").replace(A1_ROW, "A1 Company: a second threshold row"));

        // when / then
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems()).singleElement()
                        .satisfies(p -> assertThat(p.toString()).startsWith("approvals-table.drl:38:1: 2 rows \"A1"
                                + " Table: ...\" are in force (4000 CNY, 5000 CNY): its rule needs exactly one")));
    }
}
