package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.drl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.authoring.RuleProblem;

/** Static checks on the parsed DRL: overlapping rules of one ID, threshold gaps and overlaps, rules that never fire. */
class StaticChecksTest {

    private static List<String> check(String rules) {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("host.drl", drl(rules));
        return StaticChecks.check(DrlInspector.inspect(sources)).stream().map(RuleProblem::toString).toList();
    }

    @Test
    void theShippedRulesRaiseNoWarning() {
        assertThat(StaticChecks.check(DrlInspector.inspect(RuleBase.shippedSources()))).isEmpty();
    }

    @Test
    void twoRulesOfOneIdThatCanBothDecideTheSameFactAreReported() {
        List<String> warnings = check("""
                rule "T4 A small private company is general"
                when
                    $c : Customer( annualVolume < 100000 )
                then
                    insert( Finding.info( "T4", $c.id().value(), "general" ) );
                end

                rule "T4 A company with little business is general"
                when
                    $c : Customer( annualVolume < 200000 )
                then
                    insert( Finding.info( "T4", $c.id().value(), "general too" ) );
                end
                """);

        assertThat(warnings).containsExactly("host.drl:13:1: warning: rules \"T4 A small private company is general\" "
                + "(host.drl:6) and \"T4 A company with little business is general\" have the same ID T4, match the "
                + "same facts with overlapping conditions and both insert [Finding.info]: one fact can be decided twice; "
                + "make the conditions exclusive or merge the rules");
    }

    @Test
    void twoRulesOfOneIdThatAreIdenticalBarTheirMessageAreReported() {
        assertThat(check("""
                rule "T9 A key customer needs a manager"
                when
                    $c : Customer( !hasAccountManager() )
                then
                    insert( Finding.violation( "T9", $c.id().value(), "no manager" ) );
                end

                rule "T9 A key customer needs an account manager"
                when
                    $c : Customer( !hasAccountManager() )
                then
                    insert( Finding.violation( "T9", $c.id().value(), "no account manager" ) );
                end
                """)).singleElement().asString().startsWith("host.drl:13:1: warning: rules \"T9 A key customer needs a manager\"");
    }

    @Test
    void twoRulesOfOneIdOnDifferentFieldsAreDifferentDecisions() {
        // e.g. complaints.drl: A7 approval of the assignment, A7 escalation for social impact
        assertThat(check("""
                rule "T9 A customer without a manager is reported"
                when
                    $c : Customer( !hasAccountManager() )
                then
                    insert( Finding.violation( "T9", $c.id().value(), "no manager" ) );
                end

                rule "T9 A customer in Tibet is reported"
                when
                    $c : Customer( province == "西藏" )
                then
                    insert( Finding.violation( "T9", $c.id().value(), "Tibet" ) );
                end
                """)).isEmpty();
    }

    @Test
    void twoRulesOfOneIdWithExclusiveConditionsAreFine() {
        assertThat(check("""
                rule "T4 Low volume is general"
                when
                    $c : Customer( annualVolume < 100000 )
                then
                    insert( Finding.info( "T4", $c.id().value(), "low" ) );
                end

                rule "T4 High volume is not general"
                when
                    $c : Customer( annualVolume >= 100000 )
                then
                    insert( Finding.info( "T4", $c.id().value(), "high" ) );
                end
                """)).isEmpty();
    }

    @ParameterizedTest(name = "{0} and {1}: {2}")
    @CsvSource(delimiter = ';', value = {
            "annualVolume < 100000; annualVolume >= 100000; ",
            "annualVolume < 100000; annualVolume >= 200000; threshold gap on Customer.annualVolume: no rule covers [100000, 200000)",
            "annualVolume < 100000; annualVolume > 100000; threshold gap on Customer.annualVolume: no rule covers = 100000",
            "annualVolume <= 100000; annualVolume >= 100000; thresholds overlap on Customer.annualVolume",
            "annualVolume >= 3000; annualVolume >= 4000; ",
    })
    void numberBoundsOnOneFieldAcrossRulesLeaveNoGapAndDoNotOverlap(String first, String second, String expected) {
        List<String> warnings = check("""
                rule "T4 Band one"
                when
                    Customer( %s )
                then
                end

                rule "T4 Band two"
                when
                    Customer( %s )
                then
                end
                """.formatted(first, second));

        if (expected == null) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).singleElement().asString().startsWith("host.drl:12:1: warning: " + expected);
        }
    }

    @Test
    void boundsOfDifferentIdsAreNotComparedTheyAreDifferentClauses() {
        assertThat(check("""
                rule "T4 Up to 100000 is general"
                when
                    Customer( annualVolume < 100000 )
                then
                end

                rule "T3 From 5000000 is key"
                when
                    Customer( annualVolume >= 5000000 )
                then
                end
                """)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "annualVolume > 5000, annualVolume < 1000; 'annualVolume > 5000' and 'annualVolume < 1000' cannot both hold",
            "contractStatus == ContractStatus.NONE, contractStatus == ContractStatus.ACTIVE; 'contractStatus == ContractStatus.NONE' and 'contractStatus == ContractStatus.ACTIVE' cannot both hold",
            "contractStatus == null; 'contractStatus == null' but Customer.contractStatus is declared @NotNull and the policy validates every fact it is given",
            "annualVolume < 0; 'annualVolume < 0' but Customer.annualVolume is declared [0, ∞)",
    })
    void aRuleThatCanNeverFireOnTheDeclaredFactTypesIsReported(String constraints, String expected) {
        List<String> warnings = check("""
                import org.crmpolicy.customer.ContractStatus;

                rule "T4 An impossible customer"
                when
                    Customer( %s )
                then
                end
                """.formatted(constraints));

        assertThat(warnings).containsExactly("host.drl:10:1: warning: rule \"T4 An impossible customer\" can never fire: "
                + (expected.startsWith("'") && expected.contains("cannot both hold") ? "in Customer( ... ) " : "") + expected);
    }

    @Test
    void aDisabledRuleIsNotChecked() {
        assertThat(check("""
                rule "T4 An impossible customer, switched off"
                    enabled false
                when
                    Customer( annualVolume > 5000, annualVolume < 1000 )
                then
                end
                """)).isEmpty();
    }
}
