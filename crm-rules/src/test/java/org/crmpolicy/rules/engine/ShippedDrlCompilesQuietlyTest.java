package org.crmpolicy.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A host that adds a rule directory compiles the shipped DRL at run time, with the executable-model compiler. That
 * compile must not write anything to the host's log: the compiler warns about class reactivity whenever a constraint
 * calls a method with bindings of other patterns, so the shipped DRL never does (issue 19, "Logs").
 */
class ShippedDrlCompilesQuietlyTest {

    @Test
    void compilingTheShippedDrlAtRunTimeLogsNothing() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        PrintStream out = System.out;
        RuleBase compiled;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            compiled = RuleBase.compile(RuleBase.shippedSources());
        } finally {
            System.setErr(err);
            System.setOut(out);
        }

        assertThat(compiled.isPrecompiled()).isFalse();
        assertThat(compiled.rules()).isNotEmpty();
        // the test configuration logs the library's own loggers down to TRACE; everything else is the engine's
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> !line.contains(" org.crmpolicy.")))
                .as("what the engine logged while compiling the shipped DRL at run time")
                .noneMatch(line -> line.contains("class reactivity"))
                .isEmpty();
    }
}
