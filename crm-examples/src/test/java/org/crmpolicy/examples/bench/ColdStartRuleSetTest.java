package org.crmpolicy.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.crmpolicy.rules.engine.RuleBase;
import org.junit.jupiter.api.Test;

/** The cold-start benchmark's synthetic rule set must stay a valid rule set as the authoring checks evolve. */
class ColdStartRuleSetTest {

    @Test
    void theSyntheticRuleSetOfTheColdStartBenchmarkCompilesOnTheDrlPath() {
        // given the five renamed copies of tiers.drl the benchmark compiles at run time
        Map<String, String> sources = ColdStart.syntheticSources();

        // when
        RuleBase ruleBase = RuleBase.compile(sources);

        // then every copy's rules are there, each named after its catalogue ID
        assertThat(sources).hasSize(5);
        assertThat(ruleBase.rules()).hasSizeGreaterThanOrEqualTo(80)
                .allSatisfy(r -> assertThat(r.name()).matches("T\\d+ .*\\(copy \\d\\)"));
    }
}
