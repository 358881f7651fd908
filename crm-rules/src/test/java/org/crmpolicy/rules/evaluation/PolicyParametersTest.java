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

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} = {1} is refused")
    @org.junit.jupiter.params.provider.CsvSource({
            "D12.complaint-summary-days-after-month, -1",
            "D12.service-report-days-after-quarter, 367",
            "D15.statistics-days-after-month, 2.5",
            "D16.problem-analysis-days-after-quarter, -3",
            "D16.evaluation-summary-days-after-half-year, 1000",
            "D11.at-risk-working-days, -1",
            "D12.at-risk-working-days, 251",
            "D13.at-risk-working-days, 1.5",
            "D15.at-risk-working-days, -2",
            "D16.at-risk-working-days, 999"})
    void aReportDayOrLeadOutsideItsRangeIsRefusedNamingKeyAndValue(String key, String value) {
        assertThatThrownBy(() -> PolicyParameters.defaults().with(key, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key).hasMessageContaining(value);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} = {1} is refused")
    @org.junit.jupiter.params.provider.CsvSource({
            "P10.urgent-resolution-hours, 0",
            "P10.urgent-resolution-hours, 8761",
            "P10.general-resolution-working-days, 0",
            "P10.feedback-working-days, 1.5",
            "P10.rating-working-days, -1",
            "P10.post-mortem-working-days, 251",
            "D9.ledger-working-days, 0",
            "D8.internal-cause-report-working-days, 251"})
    void aServiceRequestOrFollowUpBoundOutsideItsRangeIsRefusedNamingKeyAndValue(String key, String value) {
        assertThatThrownBy(() -> PolicyParameters.defaults().with(key, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key).hasMessageContaining(value);
    }

    @Test
    void theServiceRequestAndFollowUpBoundsDefaultToTheCatalogueDecisions() {
        PolicyParameters p = PolicyParameters.defaults();

        assertThat(p.integer("P10.urgent-resolution-hours")).isEqualTo(24);
        assertThat(p.integer("P10.general-resolution-working-days")).isEqualTo(3);
        assertThat(p.integer("P10.feedback-working-days")).isEqualTo(1);
        assertThat(p.integer("P10.rating-working-days")).isEqualTo(5);
        assertThat(p.integer("P10.post-mortem-working-days")).isEqualTo(10);
        assertThat(p.integer("D9.ledger-working-days")).isEqualTo(2);
        assertThat(p.integer("D8.internal-cause-report-working-days")).isEqualTo(2);
        assertThat(p.with("P10.post-mortem-working-days", "250").integer("P10.post-mortem-working-days")).isEqualTo(250);
    }

    @Test
    void theReportDatesTheSourcesLeaveOpenDefaultToTheCatalogueDecisions() {
        PolicyParameters p = PolicyParameters.defaults();

        assertThat(p.integer("D12.complaint-summary-days-after-month")).isEqualTo(5);
        assertThat(p.integer("D12.service-report-days-after-quarter")).isEqualTo(5);
        assertThat(p.integer("D15.statistics-days-after-month")).isEqualTo(5);
        assertThat(p.integer("D16.problem-analysis-days-after-quarter")).isEqualTo(10);
        assertThat(p.integer("D16.evaluation-summary-days-after-half-year")).isEqualTo(10);
        assertThat(p.with("D13.at-risk-working-days", "0").integer("D13.at-risk-working-days")).isZero();
        assertThat(p.with("D15.statistics-days-after-month", "0").integer("D15.statistics-days-after-month")).isZero();
    }
}
