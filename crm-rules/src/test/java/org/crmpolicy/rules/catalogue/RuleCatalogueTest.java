package org.crmpolicy.rules.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The catalogue lists every rule the running rule set enforces, and the catalogue IDs nothing covers. */
class RuleCatalogueTest {

    private static final CrmPolicy POLICY = Fixtures.policy();

    @Test
    void theCatalogueListsEveryRuleOfTheRunningRuleSet() {
        // when
        RuleCatalogue catalogue = POLICY.catalogue();

        // then
        assertThat(catalogue.rules()).extracting(EnforcedRule::name)
                .containsExactlyInAnyOrderElementsOf(org.crmpolicy.rules.engine.RuleBase.shipped().rules().stream()
                        .map(org.crmpolicy.rules.engine.RuleBase.RuleName::name).toList());
        assertThat(catalogue.rules()).allSatisfy(r -> {
            assertThat(EnforcedRule.idsOf(r.name())).isEqualTo(r.ids());
            assertThat(r.area()).isEqualTo(r.id().area());
            assertThat(org.crmpolicy.rules.engine.RuleBase.shippedSources()).containsKey(r.file());
        });
    }

    @Test
    void theRuleNamesAreTheNamesOfTheListedRules() {
        // when
        RuleCatalogue catalogue = POLICY.catalogue();

        // then: one listing, names only, sorted
        assertThat(catalogue.ruleNames()).isSorted()
                .containsExactlyInAnyOrderElementsOf(catalogue.rules().stream().map(EnforcedRule::name).toList())
                .contains("T9 A strategic or key customer must have a dedicated account manager");
    }

    @Test
    void eachRuleIsListedWithTheLineOfItsRuleKeyword() {
        // given
        var sources = org.crmpolicy.rules.engine.RuleBase.shippedSources();

        // when / then
        assertThat(POLICY.catalogue().rules()).allSatisfy(r -> assertThat(
                sources.get(r.file()).lines().toList().get(r.line() - 1)).isEqualTo("rule \"" + r.name() + "\""));
    }

    @Test
    void rulesAreListedByIdInCatalogueOrder() {
        assertThat(POLICY.catalogue().rules()).extracting(EnforcedRule::id).isSorted();
        assertThat(POLICY.catalogue().rules(RuleId.of("T9"))).singleElement()
                .extracting(EnforcedRule::name)
                .isEqualTo("T9 A strategic or key customer must have a dedicated account manager");
    }

    @Test
    void catalogueIdsWithoutARuleAreUncoveredAndDrlOrJavaCoverageIsNamed() {
        // given: a rule set enforcing only T9
        EnforcedRule t9 = new EnforcedRule(RuleId.of("T9"), "T9 A key customer has a manager", "tiers.drl", 153);

        // when
        RuleCatalogue catalogue = RuleCatalogue.of(List.of(t9));

        // then
        Set<String> uncovered = catalogue.uncovered().stream().map(e -> e.id().value()).collect(Collectors.toSet());
        assertThat(uncovered).contains("T2", "T8", "C1", "D6", "A1").doesNotContain("T9", "T1", "T10", "I3", "M1", "M2");
        assertThat(catalogue.enforcedBy(RuleId.of("T9"))).containsExactly("tiers.drl");
        assertThat(catalogue.enforcedBy(RuleId.of("T1"))).containsExactly("org.crmpolicy.customer.Tier");
        assertThat(catalogue.where(RuleId.of("I3"))).containsExactly("ContactPerson", "FactValidator");
    }

    @Test
    void theRunningRuleSetCoversTheTierClausesAndLeavesUncoveredOnlyIdsWithoutRules() {
        // when
        RuleCatalogue catalogue = POLICY.catalogue();

        // then
        assertThat(catalogue.uncovered()).allSatisfy(e -> assertThat(catalogue.rules(e.id())).isEmpty());
        assertThat(catalogue.uncovered()).extracting(e -> e.id().value())
                .doesNotContain("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T9", "T10", "I3");
        assertThat(catalogue.enforcedBy(RuleId.of("T9"))).containsExactly("tiers.drl");
        assertThat(catalogue.where(RuleId.of("T10"))).containsExactly("tiers.drl", "TierDecision");
    }

    @Test
    void aRuleOverATableCoversEveryIdItNames() {
        // given
        EnforcedRule table = new EnforcedRule(List.of(RuleId.of("D1"), RuleId.of("D2"), RuleId.of("D8")),
                "D1-D2 D8 Response times: the deadline table", "deadlines.drl", 34);

        // when
        RuleCatalogue catalogue = RuleCatalogue.of(List.of(table));

        // then
        assertThat(catalogue.rules(RuleId.of("D8"))).containsExactly(table);
        assertThat(catalogue.rules(RuleId.of("D3"))).isEmpty();
        assertThat(catalogue.enforcedBy(RuleId.of("D2"))).containsExactly("deadlines.drl");
        assertThat(table.id()).isEqualTo(RuleId.of("D1"));
    }

    @Test
    void aJavaClassThatIsNotOnTheClassPathDoesNotCoverItsId() {
        // given
        CatalogueEntry promised = new CatalogueEntry(RuleId.of("M1"), PolicyArea.METRICS, "metrics", "004 ch.7 §2",
                "org.crmpolicy.metrics.NoSuchClass");
        CatalogueEntry present = new CatalogueEntry(RuleId.of("T1"), PolicyArea.TIERS, "tiers", "003 §12",
                "org.crmpolicy.customer.Tier");

        // when
        RuleCatalogue catalogue = RuleCatalogue.of(List.of(), List.of(promised, present));

        // then
        assertThat(catalogue.uncovered()).containsExactly(promised);
    }

    @Test
    void aRuleUnderAnIdTheCatalogueDoesNotHaveIsOutsideTheCatalogue() {
        // given
        EnforcedRule typo = new EnforcedRule(RuleId.of("T99"), "T99 A typo in the ID", "host.drl", 6);

        // when / then
        assertThat(RuleCatalogue.of(List.of(typo)).outsideCatalogue()).containsExactly(typo);
    }

    @Test
    void theShippedCatalogueHasEveryIdOfPolicyMdOnceAndInOrder() {
        // when
        List<CatalogueEntry> entries = CatalogueEntry.all();

        // then: POLICY.md's sizes: T1-T10, C1-C11, R1-R8, D1-D16, P1-P11, A1-A12, I1-I11, M1-M2
        assertThat(entries).hasSize(81);
        assertThat(entries).extracting(e -> e.id().value()).doesNotHaveDuplicates()
                .startsWith("T1", "T2").contains("C11", "R8", "D16", "P11", "A12", "I11").endsWith("M1", "M2");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.summary()).isNotBlank().doesNotContain("\t");
            assertThat(e.source()).isNotBlank();
        });
    }

    @Test
    void aMalformedCatalogueLineIsReportedWithItsLine() {
        assertThatThrownBy(() -> CatalogueEntry.parse("# header\nT1\tTIERS\tonly three"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("org/crmpolicy/rules/catalogue.tsv:2: expected 5 tab-separated fields (id, area, summary, "
                        + "source, enforced_in), found 3");
    }

    @Test
    void theMarkdownTableHasOneRowPerCoveredIdAndNamesTheRest() {
        // given
        EnforcedRule t9 = new EnforcedRule(RuleId.of("T9"), "T9 A key customer has a manager", "tiers.drl", 153);

        // when
        String table = RuleCatalogue.of(List.of(t9)).markdownTable();

        // then
        assertThat(table).startsWith(RuleCatalogue.TABLE_START + "\n| ID | Rule | Where |\n|---|---|---|\n| T1 | ")
                .contains("| T1 | Four tiers, highest first: STRATEGIC_PARTNER, KEY, GENERAL, RESERVE | `Tier` |\n",
                        "| T9 | STRATEGIC_PARTNER and KEY customers have a dedicated account manager",
                        "| `tiers.drl` |\n", "| T10 | ", "| `TierDecision` |\n",
                        "catalogue IDs enforced by 1 rule. Not yet enforced: T2, T3, ")
                .doesNotContain("| C1 |", "| T2 |")
                .endsWith(RuleCatalogue.TABLE_END + "\n");
    }
}
