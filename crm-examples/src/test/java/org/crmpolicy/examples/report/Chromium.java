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

/**
 * Debian's headless {@code chromium}, for tests that check a page as a real browser renders it. Missing chromium
 * skips the tests (a JUnit assumption, reported as skipped), except on CI ({@code CI=true}), where it fails:
 * .ci/install-chromium.sh installs it.
 */
final class Chromium {

    private Chromium() {
    }

    /** Why a browser test is skipped when chromium is missing. */
    static final String MISSING = "chromium is not installed (apt-get install -y chromium fonts-noto-cjk, or"
            + " .ci/install-chromium.sh): the browser check of the compliance report is skipped";

    /**
     * The chromium executable, or empty when there is none (the caller then skips its tests with a JUnit
     * assumption, {@link #MISSING}); on CI ({@code CI=true}) a missing chromium fails instead.
     */
    static Optional<Path> findOrFailOnCi() {
        Optional<Path> found = find();
        if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + MISSING + " — on CI it is mandatory");
        }
        return found;
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

    /** A PNG of the first {@code width} x {@code height} pixels of {@code page} as chromium renders it. */
    static void screenshot(Path chromium, Path page, Path png, int width, int height, Path work)
            throws IOException, InterruptedException {
        Path profile = Files.createDirectories(work.resolve("chromium-profile"));
        Path err = work.resolve("chromium-screenshot.log");
        Files.createDirectories(png.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--hide-scrollbars", "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toUri().toString()))
                .redirectOutput(err.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish the screenshot within 120 s; its log: " + Files.readString(err));
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(png)) {
            fail("chromium exited with " + p.exitValue() + " and no " + png + "; its log: " + Files.readString(err));
        }
    }
}
