package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded job jar (built by {@code package} of crm-examples) on a cluster, as {@code flink run} submits it: in a separate JVM that
 * has Flink on its class path but neither crm-policy nor Drools, the jar's job runs from Flink's child-first user code
 * class loader over a generated sample portfolio and finds what {@link org.crmpolicy.rules.batch.PortfolioBatch} finds
 * on the same files. Proves the Drools executable model ({@code META-INF/kie/...}) and the merged service files
 * survive shading; a MiniCluster test in the build's own JVM cannot (its user code is on the application class path).
 */
class ShadedJobJarIT {

    static final int CUSTOMERS = 300;
    /** Where the kie-maven-plugin lists crm-rules' executable-model classes. */
    static final String MODEL_INDEX = "META-INF/kie/org.crmpolicy/crm-rules/drools-model";
    static final Instant AS_OF = PortfolioJobTest.AS_OF;

    /** What the Flink distribution's scripts give every Flink JVM on Java 17 ({@code env.java.opts.all}). */
    static final List<String> FLINK_JVM_OPENS = List.of("java.lang", "java.lang.reflect", "java.net", "java.io",
            "java.nio", "sun.nio.ch", "java.text", "java.time", "java.util", "java.util.concurrent",
            "java.util.concurrent.atomic", "java.util.concurrent.locks").stream()
            .map(p -> "--add-opens=java.base/" + p + "=ALL-UNNAMED").toList();

    @TempDir
    Path work;

    @Test
    void theShadedJarHoldsTheExecutableModelAndMergedServiceFilesButNotFlink() throws IOException {
        try (ZipFile jar = new ZipFile(jar().toFile())) {
            assertThat(jar.getEntry(MODEL_INDEX)).isNotNull();
            assertThat(text(jar, MODEL_INDEX)).isNotBlank();
            // drools-wiring-static and drools-wiring-dynamic each bring a ComponentsSupplier: both kept
            assertThat(text(jar, "META-INF/services/org.drools.wiring.api.ComponentsSupplier").lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))).containsExactlyInAnyOrder(
                            "org.drools.wiring.dynamic.DynamicComponentsSupplier",
                            "org.drools.wiring.statics.StaticComponentsSupplier");
            assertThat(jar.getEntry("META-INF/services/org.kie.api.KieServices")).isNotNull();
            assertThat(jar.getEntry("org/crmpolicy/examples/flink/PortfolioJob.class")).isNotNull();
            assertThat(jar.getEntry("org/apache/flink/streaming/api/environment/StreamExecutionEnvironment.class"))
                    .isNull();
            assertThat(jar.getEntry("org/slf4j/Logger.class")).isNull();
            assertThat(jar.getEntry("org/crmpolicy/examples/bench/BatchBench.class")).isNull();
        }
    }

    @Test
    void theShadedJarRunsInASeparateJvmThroughFlinksChildFirstClassLoaderAndFindsWhatThePortfolioBatchFinds()
            throws Exception {
        // given: a JVM with Flink only, the job jar as user code
        Path input = work.resolve("in");
        Path output = work.resolve("out");
        Path log = work.resolve("job.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Duser.timezone=UTC"));
        command.addAll(FLINK_JVM_OPENS);
        command.addAll(List.of("-cp", flinkOnlyClassPath(), ShadedJarLauncher.class.getName(), jar().toString(),
                "--sample", String.valueOf(CUSTOMERS), input.toString(), output.toString(), AS_OF.toString(), "2"));

        // when
        long started = System.nanoTime();
        Process job = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = job.waitFor(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (!ended) {
            job.destroyForcibly();
        }

        // then
        String jobLog = Files.readString(log);
        assertThat(ended).as("the job ended within 10 minutes").isTrue();
        assertThat(job.exitValue()).as("exit value; log:%n%s", tail(jobLog)).isZero();
        List<String> findings = TestCluster.lines(output.resolve(PortfolioJob.FINDINGS));
        List<String> statuses = TestCluster.lines(output.resolve(PortfolioJob.COMPANY_STATUSES));
        System.out.printf("shaded job jar in a separate JVM, BATCH p=2: %d customers, %d findings, %d statuses in %.1f s"
                + " (JVM start, policy build and job)%n", CUSTOMERS, findings.size(), statuses.size(), seconds);
        List<String> batchFindings = new ArrayList<>();
        BatchSummary batch = PolicySource.shipped().policy().batch().run(PortfolioFiles.read(input).iterator(), AS_OF,
                new BatchSink() {
                    @Override
                    public void findings(List<Finding> f) {
                        f.forEach(x -> batchFindings.add(OutputLines.finding(x)));
                    }
                });
        assertThat(statuses).isNotEmpty();
        assertThat(OutputLines.sorted(statuses)).isEqualTo(
                OutputLines.sorted(batch.companyStatuses().stream().map(OutputLines::status).toList()));
        assertThat(OutputLines.sorted(findings)).isEqualTo(OutputLines.sorted(batchFindings));
    }

    static Path jar() {
        String jar = System.getProperty("flink.job.jar");
        assertThat(jar).as("system property flink.job.jar (set by the failsafe configuration of crm-examples)").isNotNull();
        assertThat(Path.of(jar)).exists();
        return Path.of(jar);
    }

    /** This JVM's class path without crm-policy, Drools and KIE, plus the test classes (for the launcher). */
    static String flinkOnlyClassPath() {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.contains("/org/drools/") || e.contains("/org/kie/") || e.contains("crm-domain")
                    || e.contains("crm-rules") || e.contains("crm-examples")) {
                continue;
            }
            kept.add(entry);
        }
        assertThat(kept).anyMatch(e -> e.contains("flink-clients"));
        kept.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        return String.join(File.pathSeparator, kept);
    }

    static String text(ZipFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String tail(String log) {
        return log.length() <= 6_000 ? log : log.substring(log.length() - 6_000);
    }
}
