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
    void everyKeyNamesTheCatalogueRuleItServes() {
        assertThat(PolicyParameters.defaults().asMap().keySet())
                .allSatisfy(key -> assertThat(key).matches("[TCRDPAIM][0-9]+\\.[a-z0-9-]+"));
    }
}
