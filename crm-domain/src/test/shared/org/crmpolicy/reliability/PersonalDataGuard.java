package org.crmpolicy.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * I3 over the whole test run (issue 20): every line written to {@code System.out}/{@code System.err} (where
 * slf4j-simple logs, {@code org.crmpolicy} at TRACE) and every exception message a test or a property sees is scanned
 * for the seeded personal data: the phones, emails and birthdays the fixtures and generators put into contact persons
 * ({@link #SEEDED}). Registered for every test class of the module by autodetection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}, {@code junit-platform.properties}); jqwik
 * containers call {@link #assertClean()} from {@code @AfterContainer}. A class after which a hit is on record fails,
 * naming the hit; the totals are written to {@code target/pii-scan.txt}.
 *
 * <p>One source file, {@code crm-domain/src/test/shared}, compiled into the tests of all three modules (root pom,
 * build-helper {@code add-test-source}); each module registers it in its own service file.
 */
public final class PersonalDataGuard implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

    /** Every phone, email and birthday seeded anywhere in the tests: generators draw only from these shapes. */
    public static final Pattern SEEDED = Pattern.compile(
            "1391234\\d{4}|13812345678|[A-Za-z0-9._-]+@pii\\.example|zhang\\.wei@example\\.cn|1980-06-15"
                    + "|1851-03-17|1853-11-29|1856-08-02|1858-12-23|1859-05-14");

    private static final AtomicLong LINES = new AtomicLong();
    private static final AtomicLong MESSAGES = new AtomicLong();
    private static final List<String> HITS = new ArrayList<>();
    private static boolean installed;

    /** Installs the tee on System.out and System.err once per JVM. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        System.setOut(new PrintStream(new ScanningStream(System.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ScanningStream(System.err), true, StandardCharsets.UTF_8));
        Runtime.getRuntime().addShutdownHook(new Thread(PersonalDataGuard::writeSummary));
    }

    /** Scans one exception message, result text or log line; records a hit. */
    public static void observe(String where, String text) {
        if (text == null) {
            return;
        }
        MESSAGES.incrementAndGet();
        scan(where, text);
    }

    /** Scans a throwable's messages, its causes' too. */
    public static void observe(Throwable t) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            observe("exception " + x.getClass().getName(), x.getMessage());
            observe("exception " + x.getClass().getName() + " toString", x.toString());
        }
    }

    /** @throws AssertionError naming the first hits when any seeded personal data was seen */
    public static synchronized void assertClean() {
        if (!HITS.isEmpty()) {
            throw new AssertionError("personal data seen (" + HITS.size() + " hits), first: " + HITS.subList(0,
                    Math.min(5, HITS.size())));
        }
    }

    public static long linesScanned() {
        return LINES.get();
    }

    public static long messagesScanned() {
        return MESSAGES.get();
    }

    private static void scan(String where, String text) {
        java.util.regex.Matcher m = SEEDED.matcher(text);
        if (m.find()) {
            synchronized (PersonalDataGuard.class) {
                if (HITS.size() < 100) {
                    HITS.add(where + ": '" + m.group() + "' in " + abbreviate(text));
                }
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    private static void writeSummary() {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                Files.writeString(target.resolve("pii-scan.txt"), "lines scanned: " + LINES.get()
                        + "\nmessages scanned: " + MESSAGES.get() + "\nhits: " + HITS.size() + "\n" + String.join("\n", HITS)
                        + "\n");
            }
        } catch (IOException e) {
            // best effort: the assertion after each class is what fails the build
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        writeSummary();
        assertClean();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        observe(throwable);
        throw throwable;
    }

    /** Passes bytes through and scans each completed line. */
    private static final class ScanningStream extends OutputStream {
        private final PrintStream out;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        ScanningStream(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            out.write(b);
            if (b == '\n') {
                flushLine();
            } else {
                line.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            out.write(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    flushLine();
                } else {
                    line.write(b[i]);
                }
            }
        }

        @Override
        public void flush() {
            out.flush();
        }

        private void flushLine() {
            LINES.incrementAndGet();
            scan("output line", line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
