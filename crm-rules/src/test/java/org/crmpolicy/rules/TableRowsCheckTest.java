package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.theRefusalOf;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.nio.file.Path;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.lint.TableRowsCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A row of a policy table switched off would leave its rule without its value, so that every case goes unjudged
 * (a phone inquiry with no deadline, a complaint with no response time): the rule set is refused at the row, while a
 * member of a list (a T3/T4 kind of unit) may still be dropped (TierRowsTest).
 */
class TableRowsCheckTest {

    @Test
    void theShippedRowsHoldTogether() {
        assertThat(TableRowsCheck.check(RuleBase.shipped(), PolicyParameters.defaults())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "D1 Table: the time a phone inquiry is answered within",
            "D5 Table: the time a complaint is responded to within",
            "D12 Table: the days after each quarter by which the service report is due",
            "A4 Table: the reception of a key customer's department manager",
            "I6 Table: the business purposes customer information may be collected and used for"})
    void aRowSwitchedOffIsRefusedAtTheOverrideNamingTheRow(String row, @TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;

                rule "%s"
                    enabled false
                when
                then
                end
                """.formatted(row));

        assertThat(theRefusalOf(dir).toString()).isEqualTo("company-overrides.drl:3:1: the row \"" + row + "\" is"
                + " switched off: every case of its rule would be judged without its value (no deadline, no threshold:"
                + " an exemption); override it with the value in force instead (a rule of its name, or a"
                + " decision-table row)");
    }
}
