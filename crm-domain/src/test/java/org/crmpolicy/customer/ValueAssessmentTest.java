package org.crmpolicy.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueAssessmentTest {

    private static final LocalDate ON = LocalDate.of(2025, 9, 1);

    private static BigDecimal w(String value) {
        return new BigDecimal(value);
    }

    @Test
    void equalWeightsScoreTheAverageOfTheFactors() {
        ValueAssessment a = new ValueAssessment(4, 4, 4, 3, 3, ON, Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));

        assertThat(a.score(w("0.2"), w("0.2"), w("0.2"), w("0.2"), w("0.2"))).isEqualByComparingTo("3.6");
    }

    @Test
    void eachFactorIsWeighedByItsOwnWeightExactly() {
        ValueAssessment a = new ValueAssessment(3, 4, 4, 3, 4, ON, Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));

        assertThat(a.score(w("0.21"), w("0.2"), w("0.2"), w("0.2"), w("0.19"))).isEqualByComparingTo("3.59");
        assertThat(a.score(w("1"), w("0"), w("0"), w("0"), w("0"))).isEqualByComparingTo("3");
        assertThat(a.score(w("0"), w("0"), w("0"), w("0"), w("1"))).isEqualByComparingTo("4");
    }

    @Test
    void aMissingWeightIsNamed() {
        ValueAssessment a = new ValueAssessment(3, 4, 4, 3, 4, ON, Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));

        assertThatThrownBy(() -> a.score(w("0.2"), null, w("0.2"), w("0.2"), w("0.2")))
                .isInstanceOf(NullPointerException.class).hasMessage("growthPotentialWeight");
    }

    @ParameterizedTest(name = "''{0}'' -> {1}/{2}")
    @CsvSource({
            "SALES_DEPARTMENT, SALES_DEPARTMENT, SALES_DEPARTMENT",
            "FINANCE_DEPARTMENT/F-12, FINANCE_DEPARTMENT, F-12",
            "' TECHNOLOGY_CENTRE / T-3 ', TECHNOLOGY_CENTRE, T-3"})
    void theTextFormOfTheAssessorIsReadAsATypedAssessor(String text, AssessingUnit unit, String id) {
        ValueAssessment a = new ValueAssessment(3, 3, 3, 3, 3, ON, text);

        assertThat(a.assessedBy()).isEqualTo(Assessor.of(unit, id));
    }

    @ParameterizedTest
    @CsvSource({"BUSINESS_UNIT, BU-2, BUSINESS_UNIT/BU-2", "SALES_DEPARTMENT, SALES_DEPARTMENT, SALES_DEPARTMENT"})
    void anAssessorPrintsTheFormItIsReadFrom(AssessingUnit unit, String id, String printed) {
        Assessor a = Assessor.of(unit, id);

        assertThat(a).hasToString(printed);
        assertThat(Assessor.parse(a.toString())).isEqualTo(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"销售部", "SALES", "SALES_DEPARTMENT/", "/U-31", ""})
    void aTextThatNamesNoAssessingUnitIsRefusedNamingFieldAndValue(String text) {
        assertThatThrownBy(() -> new ValueAssessment(3, 3, 3, 3, 3, ON, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("valueAssessment.assessedBy: assessor '" + text + "': expected UNIT or UNIT/assessorId");
    }

    @Test
    void aNullTextLeavesTheAssessorToTheFacadesValidation() {
        assertThat(new ValueAssessment(3, 3, 3, 3, 3, ON, (String) null).assessedBy()).isNull();
    }
}
