package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.drl;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a host's log sees of the library (issue 19, "Logs"): a rejected rule set is the library's exception and nothing
 * else on the log, and Hibernate Validator's version line does not reach a host through java.util.logging.
 */
class LibraryLogsTest {

    @TempDir
    Path hostRules;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "rule \"T9 A constraint on an unknown field\"\nwhen\n    $c : Customer( nosuchField == 1 )\nthen\nend\n",
            "rule \"T9 A constraint that does not parse\"\nwhen\n    $c : Customer( tier == == )\nthen\nend\n"})
    void aRejectedRuleSetIsTheLibrarysExceptionAndNothingElseOnTheLog(String rule) {
        // given
        write(hostRules, "broken.drl", drl(rule));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;

        // when
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(hostRules).build())
                    .isInstanceOfSatisfying(RuleSetRejectedException.class, e ->
                            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).contains("broken.drl")));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }

        // then: the test configuration logs the library's own loggers down to TRACE; everything else is the engine's
        assertThat(captured.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.contains(" org.crmpolicy.")))
                .as("what the engine logged while the rule set was rejected").isEmpty();
    }

    @Test
    void theValidatorsVersionLineIsTurnedDownForJavaUtilLogging() {
        // given: the validator in use
        FactValidator.require(Fixtures.aKeyCustomer("C-1").build(), "customer C-1");

        // then: HV000001 is logged at INFO by this logger; a host without a configured level never sees it
        Logger version = Logger.getLogger("org.hibernate.validator.internal.util.Version");
        assertThat(version.isLoggable(Level.INFO)).isFalse();
        assertThat(version.isLoggable(Level.WARNING)).isTrue();
    }
}
