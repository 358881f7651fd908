package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless {@code chromium}, for tests that check a page as a real browser renders it. Missing chromium
 * skips the test with a message, except on CI ({@code CI=true}), where it fails: .ci/install-chromium.sh installs it.
 */
final class Chromium {

    private Chromium() {
    }

    /** The chromium executable; skips (or on CI fails) the calling test when there is none. */
    static Path require() {
        Optional<Path> found = find();
        if (found.isEmpty()) {
            String why = "chromium is not installed (apt-get install -y chromium fonts-wqy-zenhei, or .ci/install-chromium.sh)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + why + ": the browser check of the compliance report is mandatory on CI");
            }
            System.out.println("SKIPPED: the browser check of the compliance report: " + why);
            Assumptions.abort("SKIPPED: the browser check of the compliance report: " + why);
        }
        return found.get();
    }

    private static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The DOM of {@code page} after chromium loaded and rendered it. */
    static String dumpDom(Path chromium, Path page, Path work) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path out = work.resolve("dom.html");
        Path err = work.resolve("chromium.log");
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--dump-dom", page.toUri().toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 120 s; its log: " + Files.readString(err));
        }
        if (p.exitValue() != 0) {
            fail("chromium exited with " + p.exitValue() + "; its log: " + Files.readString(err));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
