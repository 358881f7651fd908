package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.Fixtures.AS_OF;
import static org.crmpolicy.rules.Fixtures.TODAY;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.rules.Fixtures;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.evaluation.EvaluationContext;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules exist twice: precompiled at build time (executable model, the fast path) and as DRL compiled at
 * run time (any host rule set). Both must be the same rule set and reach the same conclusions.
 */
class RuleBaseModesTest {

    private static final RuleBase PRECOMPILED = RuleBase.shipped();
    private static final RuleBase FROM_DRL = RuleBase.compile(RuleBase.shippedSources());

    @Test
    void theShippedRulesArePrecompiledIntoTheJar() {
        assertThat(PRECOMPILED.isPrecompiled()).isTrue();
        assertThat(FROM_DRL.isPrecompiled()).isFalse();
    }

    @Test
    void thePrecompiledRulesAreExactlyTheRulesOfTheShippedDrl() {
        // a DRL file left out of shipped-rules.txt, or a stale build, shows up here
        assertThat(PRECOMPILED.rules()).isNotEmpty().containsExactlyInAnyOrderElementsOf(FROM_DRL.rules());
        assertThat(PRECOMPILED.sources()).isEqualTo(RuleBase.shippedSources());
    }

    @Test
    void exactlyTheShippedSourcesLoadThePrecompiledRulesUnlessDrlModeIsForced() {
        boolean drlForced = "drl".equalsIgnoreCase(System.getProperty(RuleBase.MODE_PROPERTY));

        assertThat(RuleBase.load(RuleBase.shippedSources()).isPrecompiled()).isEqualTo(!drlForced);
    }

    @Test
    void aRuleSetThatDiffersFromTheShippedOneIsCompiledFromDrl() {
        // given
        Map<String, String> sources = new LinkedHashMap<>(RuleBase.shippedSources());
        sources.put("host.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.customer.Customer;
                rule "T1 A host rule"
                when
                    Customer( annualVolume > 1000000 )
                then
                end
                """);

        // when
        RuleBase loaded = RuleBase.load(sources);

        // then
        assertThat(loaded.isPrecompiled()).isFalse();
        assertThat(loaded.rules()).extracting(RuleBase.RuleName::name).contains("T1 A host rule");
    }

    @Test
    void bothPathsReachTheSameConclusionsForEveryKindOfCustomer() {
        // given
        List<Object> facts = new ArrayList<>(List.of(PolicyParameters.defaults(),
                new EvaluationContext(AS_OF, ZoneId.of("Asia/Shanghai"))));
        facts.addAll(List.<Customer>of(
                Fixtures.aStrategicPartner("C-1").build(),
                Fixtures.aKeyCustomer("C-2").build(),
                Fixtures.aKeyCustomer("C-3").creditRating(CreditRating.C).build(),
                Fixtures.aKeyCustomer("C-4").creditRating(null).accountManagerId(null).build(),
                Fixtures.aGeneralCustomer("C-5").build(),
                Fixtures.aContractedCustomer("C-6").valueAssessment(Fixtures.anAssessment(TODAY.minusYears(2))).build(),
                Fixtures.aContractedCustomer("C-7").valueAssessment(null).annualVolume("99999.99").build(),
                Fixtures.aProspect("C-8").build(),
                Fixtures.aProspect("C-9").prospectSignal(ProspectSignal.DECLARED_INTENT)
                        .build()));

        // when
        Set<Object> precompiled = new HashSet<>(PRECOMPILED.evaluate(facts).all());
        Set<Object> fromDrl = new HashSet<>(FROM_DRL.evaluate(facts).all());

        // then
        assertThat(precompiled).hasSizeGreaterThan(facts.size()).isEqualTo(fromDrl);
    }
}
