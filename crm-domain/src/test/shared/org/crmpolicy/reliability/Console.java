package org.crmpolicy.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a piece of test code writes to {@code System.out} and {@code System.err} (where slf4j-simple logs), kept off
 * the build's console and returned (issue 19: a test that provokes a warning on purpose captures it; the build log
 * check, {@code .ci/check-build-log}, fails on any unintended WARN line). The captured text is still scanned for
 * personal data ({@link PersonalDataGuard#observe(String, String)}). Output of other threads during the capture is
 * captured too; one capture at a time.
 */
public final class Console {

    private Console() {
    }

    /** Runs {@code action} with the console captured; returns what it wrote, lines separated by '\n'. */
    public static synchronized String captured(Runnable action) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            action.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        text.lines().forEach(line -> PersonalDataGuard.observe("captured output line", line));
        return text;
    }
}
