package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.rules.AuthoringFixtures;
import org.junit.jupiter.api.Test;

/**
 * The rule definitions of a compiled rule base without the DRL parser (issue 19): the rules and their {@code enabled}
 * attribute from the KieBase, file and line from the DRL, in source order; the same list the DRL parser gives.
 */
class PrecompiledRuleIndexTest {

    @Test
    void theShippedPrecompiledRulesAreIndexedAsTheDrlParserReadsThem() {
        // given the shipped rules from their executable model
        RuleBase shipped = RuleBase.shipped();

        // when
        List<DrlInspector.RuleDefinition> index = PrecompiledRuleIndex.definitions(shipped.kieBase(), shipped.sources());

        // then every rule, at its file and line, in the order of the shipped files
        assertThat(shipped.isPrecompiled()).isTrue();
        assertThat(index).isNotEmpty().isEqualTo(DrlInspector.inspect(RuleBase.shippedSources()).rules());
        assertThat(shipped.definitions()).isEqualTo(index);
    }

    @Test
    void theShippedSourcesKeepTheirIndexOrder() {
        assertThat(RuleBase.shipped().sources().keySet()).containsExactlyElementsOf(RuleBase.shippedSources().keySet());
    }

    @Test
    void rulesAreInSourceOrderWithTheirLinesAndEnabledAttributeAndCommentsAreSkipped() {
        // given two files, the second in the map first; a commented-out rule; a disabled rule in single quotes
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("z.drl", AuthoringFixtures.drl("""
                rule "T2 Joint development makes a strategic partner"
                when
                    Customer( )
                then
                end
                """));
        sources.put("a.drl", AuthoringFixtures.drl("""
                /* the former wording:
                rule "T9 A key customer has a manager"
                end
                */
                rule "T9 A key customer has a dedicated account manager"
                when
                    Customer( )
                then
                end
                // rule "T4 Not a rule"
                rule 'T3 Listed companies are key customers'
                    enabled false
                when
                    Customer( )
                then
                end
                """));
        RuleBase compiled = RuleBase.compile(sources);

        // when
        List<DrlInspector.RuleDefinition> index = PrecompiledRuleIndex.definitions(compiled.kieBase(), sources);

        // then
        assertThat(index).extracting(DrlInspector.RuleDefinition::file, DrlInspector.RuleDefinition::line,
                DrlInspector.RuleDefinition::name, DrlInspector.RuleDefinition::enabled).containsExactly(
                tuple("z.drl", 6, "T2 Joint development makes a strategic partner", true),
                tuple("a.drl", 10, "T9 A key customer has a dedicated account manager", true),
                tuple("a.drl", 16, "T3 Listed companies are key customers", false));
        assertThat(index).isEqualTo(DrlInspector.inspect(sources).rules());
    }
}
