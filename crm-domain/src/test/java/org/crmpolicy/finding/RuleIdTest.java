package org.crmpolicy.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RuleIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"T1", "C11", "D6", "A4b", "M2", "P10", "I9", "R8"})
    void catalogueIdsAreAccepted(String id) {
        assertThat(RuleId.of(id).value()).isEqualTo(id);
        assertThat(RuleId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "t1", "X1", "T", "T0", "T1 ", "C1x2", "D06"})
    void anythingElseIsRefusedWithTheOffendingText(String id) {
        assertThatThrownBy(() -> RuleId.of(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule ID '" + id + "' is not a catalogue ID");
    }

    @Test
    void idsSortByAreaLetterThenNumerically() {
        List<String> sorted = Stream.of("T10", "C2", "T2", "T1", "C11").map(RuleId::of).sorted().map(RuleId::value).toList();

        assertThat(sorted).containsExactly("C2", "C11", "T1", "T2", "T10");
    }

    @Test
    void anIdIsEqualToItselfWhetherSharedOrNewAndOrdersTheSame() {
        assertThat(RuleId.of("C11")).isSameAs(RuleId.of("C11")).isEqualTo(new RuleId("C11"));
        assertThat(RuleId.of("A4b").compareTo(RuleId.of("A4"))).isPositive();
        assertThat(RuleId.of("D12").compareTo(RuleId.of("D9"))).isPositive();
        assertThat(RuleId.of("D9").compareTo(new RuleId("D9"))).isZero();
    }

    @Test
    void theLetterNamesThePolicyArea() {
        assertThat(RuleId.of("D6").area()).isEqualTo(PolicyArea.RESPONSE_DEADLINES);
        assertThat(RuleId.of("I3").area()).isEqualTo(PolicyArea.CUSTOMER_INFORMATION);
    }
}
