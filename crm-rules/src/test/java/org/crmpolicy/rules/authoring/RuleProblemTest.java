package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleProblemTest {

    @Test
    void aProblemReadsAsFileLineColumnAndMessage() {
        assertThat(new RuleProblem("tiers.drl", 12, 5, "unknown field 'volume' on Customer"))
                .hasToString("tiers.drl:12:5: unknown field 'volume' on Customer");
        assertThat(RuleProblem.warning("tiers.drl", 3, 1, "rule never fires"))
                .hasToString("tiers.drl:3:1: warning: rule never fires");
    }

    @Test
    void aProblemInADecisionTableNamesItsCellAsASpreadsheetDoes() {
        assertThat(RuleProblem.inCell("thresholds.csv", null, 3, 3, "\"4,000 CNY\" is not an amount"))
                .hasToString("thresholds.csv:3:C: \"4,000 CNY\" is not an amount");
        assertThat(RuleProblem.inCell("thresholds.xlsx", "Sheet1", 3, 3, "\"4,000 CNY\" is not an amount"))
                .hasToString("thresholds.xlsx!Sheet1!C3: \"4,000 CNY\" is not an amount");
        assertThat(new RuleProblem("thresholds.csv", 0, 0, "cannot read the file")).hasToString(
                "thresholds.csv: cannot read the file");
        assertThat(List.of(1, 26, 27, 52, 703)).extracting(RuleProblem::columnLetters)
                .containsExactly("A", "Z", "AA", "AZ", "AAA");
    }

    @Test
    void aRejectedRuleSetCarriesItsProblemsTypedAndListsThemInItsMessage() {
        // given
        List<RuleProblem> problems = List.of(new RuleProblem("a.drl", 1, 2, "first"),
                new RuleProblem("b.drl", 3, 4, "second"));

        // when
        RuleSetRejectedException e = new RuleSetRejectedException(problems);

        // then
        assertThat(e.problems()).containsExactlyElementsOf(problems);
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set rejected, 2 problem(s):\n  a.drl:1:2: first\n  b.drl:3:4: second");
    }
}
