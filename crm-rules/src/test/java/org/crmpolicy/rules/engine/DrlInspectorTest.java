package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmpolicy.rules.AuthoringFixtures;
import java.util.Map;
import org.crmpolicy.finding.RuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.authoring.RuleProblem;

/** Rule names begin with the catalogue IDs they enforce: one, a list, or ranges for a rule over a table of facts. */
class DrlInspectorTest {

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = ';', value = {
            "T3 Listed companies are key customers; T3",
            "A4b Reception by a manager; A4b",
            "D1-D4 D8 D14 Response and follow-up times: the deadline table; D1 D2 D3 D4 D8 D14",
            "C1-C3 R1-R2 Obligations the table holds; C1 C2 C3 R1 R2",
            "D11–D13 An en dash works too; D11 D12 D13",
            "Key customers need a manager; ''",
            "T3-C4 A range across areas is not an ID; ''",
            "T30 Not in the catalogue but well-formed; T30",
    })
    void theIdsAtTheStartOfARuleNameAreWhatItEnforces(String name, String ids) {
        assertThat(DrlInspector.idsOf(name)).extracting(RuleId::value)
                .containsExactly(ids.isEmpty() ? new String[0] : ids.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "T9; rule \"T9\" is only an ID: follow it with a business sentence saying what the rule decides",
            "D1-D4 D8; rule \"D1-D4 D8\" is only an ID: follow it with a business sentence saying what the rule decides",
    })
    void aRuleNameThatIsOnlyAnIdIsAnError(String name, String message) {
        String drl = AuthoringFixtures.drl("rule \"" + name + "\"\nwhen\nthen\nend\n");

        assertThat(DrlInspector.inspect(Map.of("host.drl", drl)).problems()).extracting(RuleProblem::toString)
                .containsExactly("host.drl:6:1: " + message);
    }
}
