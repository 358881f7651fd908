package org.crmpolicy.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolicyParametersTest {

    @Test
    void theDefaultsAreThePolicyCatalogueDefaults() {
        PolicyParameters p = PolicyParameters.defaults();

        assertThat(p.decimal("T4.low-volume-bound-cny")).isEqualByComparingTo("100000");
        assertThat(p.integer("T6.reassessment-interval-months")).isEqualTo(12);
        assertThat(p.text("T7.lowest-passing-credit-rating")).isEqualTo("BBB");
    }

    @Test
    void aHostOverridesAValueWithoutChangingTheDefaults() {
        PolicyParameters changed = PolicyParameters.defaults().with("T4.low-volume-bound-cny", "250000.50");

        assertThat(changed.decimal("T4.low-volume-bound-cny")).isEqualTo(new BigDecimal("250000.50"));
        assertThat(PolicyParameters.defaults().decimal("T4.low-volume-bound-cny")).isEqualByComparingTo("100000");
    }

    @Test
    void anUnknownKeyIsRefusedByName() {
        assertThatThrownBy(() -> PolicyParameters.defaults().with("T4.low-volume-bound", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown policy parameter 'T4.low-volume-bound'; known parameters: [");
    }

    @Test
    void aNonNumberWhereANumberBelongsIsRefused() {
        assertThatThrownBy(() -> PolicyParameters.defaults().with("T4.low-volume-bound-cny", "100k"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy parameter 'T4.low-volume-bound-cny' must be a number, got '100k'");
    }

    @Test
    void theT6DefaultsWeighTheFiveFactorsEquallyAndBoundKeyAndStrategicPartner() {
        PolicyParameters p = PolicyParameters.defaults();

        assertThat(PolicyParameters.T6_WEIGHTS).allSatisfy(key -> assertThat(p.decimal(key)).isEqualByComparingTo("0.2"));
        assertThat(p.decimal("T6.key-bound")).isEqualByComparingTo("3.6");
        assertThat(p.decimal("T6.strategic-partner-bound")).isEqualByComparingTo("4.4");
        assertThat(p.requireConsistent()).isSameAs(p);
    }

    @Test
    void weightsAreCheckedOneByOneForRangeAndTogetherForTheirSum() {
        PolicyParameters halfway = PolicyParameters.defaults().with("T6.weight-cooperation-scale", "0.4");

        assertThatThrownBy(halfway::requireConsistent)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("T6.weight-cooperation-scale=0.4")
                .hasMessageContaining("sum to 1.2;");
        assertThat(halfway.with("T6.weight-growth-potential", "0").requireConsistent().decimal("T6.weight-growth-potential"))
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> PolicyParameters.defaults().with("T6.weight-growth-potential", "1.01"))
                .hasMessage("policy parameter 'T6.weight-growth-potential' is '1.01'; expected a weight from 0 to 1");
    }

    @Test
    void theBoundsLieOnTheScoreScale() {
        assertThat(PolicyParameters.defaults().with("T6.key-bound", "1").with("T6.strategic-partner-bound", "5")
                .requireConsistent().decimal("T6.key-bound")).isEqualByComparingTo("1");
        assertThatThrownBy(() -> PolicyParameters.defaults().with("T6.key-bound", "0.99"))
                .hasMessage("policy parameter 'T6.key-bound' is '0.99'; expected a value score from 1 to 5");
        assertThatThrownBy(() -> PolicyParameters.defaults().with("T6.strategic-partner-bound", "1e1"))
                .hasMessage("policy parameter 'T6.strategic-partner-bound' is '1e1'; expected a value score from 1 to 5");
    }

    @Test
    void everyKeyNamesTheCatalogueRuleItServes() {
        assertThat(PolicyParameters.defaults().asMap().keySet())
                .allSatisfy(key -> assertThat(key).matches("[TCRDPAIM][0-9]+\\.[a-z0-9-]+"));
    }
}
