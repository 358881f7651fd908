package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that did not add the optional {@code org.drools:drools-decisiontables} (this module does not) gets a clear
 * refusal for an {@code .xlsx} table, naming the dependency; CSV tables need nothing (HostRulesTest).
 */
class SpreadsheetTablesTest {

    @Test
    void anXlsxTableWithoutDroolsDecisionTablesIsRefusedNamingTheDependencyToAdd(@TempDir Path dir) throws IOException {
        // given
        Files.write(dir.resolve("thresholds.xlsx"), new byte[] {'P', 'K', 3, 4});

        // when / then
        assertThat(CrmPolicyLoads.classPresent("org.drools.decisiontable.parser.xls.ExcelParser")).isFalse();
        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOfSatisfying(RuleSetRejectedException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith("thresholds.xlsx: an .xlsx decision table needs"
                                + " org.drools:drools-decisiontables").contains("thresholds.csv"));
    }

    private static final class CrmPolicyLoads {
        static boolean classPresent(String name) {
            try {
                Class.forName(name, false, SpreadsheetTablesTest.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
    }
}
