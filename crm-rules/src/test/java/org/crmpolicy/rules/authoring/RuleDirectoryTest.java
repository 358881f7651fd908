package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.crmpolicy.rules.AuthoringFixtures.drl;
import static org.crmpolicy.rules.AuthoringFixtures.markerRule;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import org.crmpolicy.rules.AuthoringFixtures;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A host rule directory: merged over the shipped DRL, validated with file:line:column, refused as a whole. */
class RuleDirectoryTest {

    @TempDir
    static Path hostRules;

    private static CrmPolicy policy;

    @BeforeAll
    static void buildPolicyServingRuleSetA() {
        write(hostRules, "marker.drl", markerRule("A"));
        policy = CrmPolicy.builder().ruleDirectory(hostRules).build();
    }

    @AfterEach
    void restoreRuleSetA() {
        AuthoringFixtures.delete(hostRules, "broken.drl");
        AuthoringFixtures.delete(hostRules, "tiers.drl");
        write(hostRules, "marker.drl", markerRule("A"));
        policy.reload();
    }

    private static String servingRuleSet() {
        TierDecision d = policy.classify(Fixtures.aKeyCustomer("C-1").build(), Fixtures.AS_OF);
        return d.findings("T1").get(0).message();
    }

    @Test
    void aHostFileIsAddedToTheShippedRules() {
        // when
        var rules = policy.catalogue().rules();

        // then
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("T1 Every customer is told which rule set served it");
            assertThat(r.file()).isEqualTo("marker.drl");
            assertThat(r.line()).isEqualTo(6);
        });
        assertThat(policy.catalogue().ruleNames()).contains("T9 A strategic or key customer must have a dedicated account manager");
        assertThat(servingRuleSet()).isEqualTo("rule set A");
    }

    @Test
    void aHostFileNamedLikeAShippedFileReplacesIt() {
        // given: a tiers.drl that places every customer in RESERVE
        write(hostRules, "tiers.drl", drl("""
                import org.crmpolicy.customer.Tier;
                import org.crmpolicy.rules.tiers.TierAssignment;

                rule "T5 In this host every customer is a reserve customer"
                when
                    $c : Customer( )
                then
                    insertLogical( new TierAssignment( $c.id(), Tier.RESERVE ) );
                end
                """));

        // when
        policy.reload();

        // then
        assertThat(policy.classify(Fixtures.aKeyCustomer("C-1").build(), Fixtures.AS_OF).tier()).isEqualTo(Tier.RESERVE);
        assertThat(policy.catalogue().ruleNames()).doesNotContain("T9 A strategic or key customer must have a dedicated account manager");
    }

    static Stream<Arguments> brokenRuleFiles() {
        return Stream.of(
                Arguments.of("a syntax error", """
                        rule "T9 Broken syntax"
                        when
                            $c : Customer(
                        then
                        end
                        """, "broken.drl:10:1: mismatched input 'end' in rule \"T9 Broken syntax\""),
                Arguments.of("an unknown fact type", """
                        rule "T9 A customer by another name"
                        when
                            $c : Kunde( id != null )
                        then
                        end
                        """, "broken.drl:8:1: Unable to resolve ObjectType 'Kunde'"),
                Arguments.of("an unknown field", """
                        rule "T4 Low turnover makes a general customer"
                        when
                            $c : Customer( turnover < 5000 )
                        then
                        end
                        """, "broken.drl:8:5: unknown field 'turnover' on Customer in 'turnover < 5000'"),
                Arguments.of("a duplicate rule name", """
                        rule "T9 A company rule written twice"
                        when
                            $c : Customer( )
                        then
                        end
                        rule "T9 A company rule written twice"
                        when
                            $c : Customer( )
                        then
                        end
                        """, "broken.drl:11:1: duplicate rule name \"T9 A company rule written twice\": already defined at "
                        + "broken.drl:6; rule names are unique in a package (to change a shipped rule, write one rule of its "
                        + "name in a host file: it replaces the shipped rule)"),
                Arguments.of("a rule name without a catalogue ID", """
                        rule "Key customers need a manager"
                        when
                            $c : Customer( )
                        then
                        end
                        """, "broken.drl:6:1: rule \"Key customers need a manager\" does not begin with a catalogue ID: a "
                        + "rule name starts with the POLICY.md ID it enforces, then a business sentence, e.g. \"T9 A key "
                        + "customer has a dedicated account manager\""),
                Arguments.of("a consequence that does not compile", """
                        rule "T9 A consequence with a typo"
                        when
                            $c : Customer( )
                        then
                            insert( Finding.info( "T9", $c.idx().value(), "typo" ) );
                        end
                        """, "broken.drl:10:36: the rule's consequence (then part) does not compile: The method idx() is "
                        + "undefined for the type Customer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleFiles")
    void brokenDrlIsRefusedWithItsFileLineAndColumnAndTheRunningRuleSetKeepsServing(String kind, String rules,
                                                                                   String expectedProblem) {
        // given: rule set A serves; B is on disk next to a broken file
        write(hostRules, "marker.drl", markerRule("B"));
        write(hostRules, "broken.drl", drl(rules));

        // when / then
        assertThatThrownBy(policy::reload)
                .isInstanceOfSatisfying(RuleSetRejectedException.class,
                        e -> assertThat(e.problems()).extracting(RuleProblem::toString).containsExactly(expectedProblem))
                .hasMessageContaining(expectedProblem);
        assertThat(servingRuleSet()).isEqualTo("rule set A");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileAndLineOrder() {
        // given
        write(hostRules, "broken.drl", drl("""
                rule "T4 Low turnover makes a general customer"
                when
                    $c : Customer( turnover < 5000 )
                then
                end

                rule "Key customers need a manager"
                when
                    $c : Customer( )
                then
                end
                """));
        write(hostRules, "marker.drl", drl("""
                rule "T1 A pattern on an unknown type"
                when
                    Kunde( )
                then
                end
                """));

        // when / then
        assertThatThrownBy(policy::reload).isInstanceOfSatisfying(RuleSetRejectedException.class, e ->
                assertThat(e.problems()).extracting(RuleProblem::file, RuleProblem::line, RuleProblem::column)
                        .containsExactly(tuple("broken.drl", 8, 5), tuple("broken.drl", 12, 1), tuple("marker.drl", 8, 1)));
        assertThat(servingRuleSet()).isEqualTo("rule set A");
    }

    @Test
    void aBrokenRuleDirectoryIsRefusedAtBuildTime() {
        // given
        write(hostRules, "broken.drl", drl("""
                rule "Key customers need a manager"
                when
                    $c : Customer( )
                then
                end
                """));

        // when / then
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(hostRules).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .hasMessageStartingWith("rule set rejected, 1 problem(s):\n  broken.drl:6:1: rule \"Key customers need a manager\"");
    }

    @Test
    void aRuleDirectoryThatDoesNotExistIsACallerMistake() {
        Path missing = hostRules.resolve("no-such-dir");

        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ruleDirectory = " + missing + ": not an existing directory");
    }

    @Test
    void filesThatAreNotDrlAreIgnored() {
        // given
        write(hostRules, "notes.txt", "rule \"not DRL\"");

        // when
        policy.reload();

        // then
        assertThat(policy.catalogue().rules()).noneMatch(r -> r.file().equals("notes.txt"));
        AuthoringFixtures.delete(hostRules, "notes.txt");
    }

    @Test
    void aPolicyWithoutRuleDirectoryReloadsTheShippedRules() {
        // given
        CrmPolicy standard = Fixtures.policy();

        // when / then
        assertThat(standard.ruleDirectory()).isEmpty();
        assertThat(standard.reload().rules()).isEqualTo(standard.catalogue().rules());
    }
}
