package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: the ERP job killed for real (SIGKILL of its JVM, no shutdown hook, no rollback by the job) in the middle
 * of a run, then started again, stores exactly what one uninterrupted run stores: nothing lost, nothing twice.
 */
class ErpJobKilledMidRunTest {

    static final int SIZE = 1_000;
    static final int CHUNK = 50;
    private static final int KILL_AFTER_CHUNK = 6;

    @Test
    void aJobKilledMidRunAndStartedAgainStoresWhatOneUninterruptedRunStores(@TempDir Path dir) throws Exception {
        // given
        Path killed = dir.resolve("killed");
        DataSource reference = ErpFixtures.freshH2();
        ErpFixtures.load(reference, SIZE);
        ComplianceJob.builder(reference, ErpFixtures.policy()).chunkSize(CHUNK).build().run(ErpFixtures.DAY, ErpFixtures.AS_OF);

        // when: killed once chunk 6 is about to commit, then run again to the end
        List<String> firstRun = runJob(killed, KILL_AFTER_CHUNK);
        DataSource ds = durable(killed);
        long tiersAfterKill = ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision");
        List<String> secondRun = runJob(killed, -1);

        // then
        assertThat(firstRun).contains("chunk " + KILL_AFTER_CHUNK).noneMatch(l -> l.startsWith("done"));
        assertThat(tiersAfterKill).as("tiers stored when killed").isBetween((KILL_AFTER_CHUNK - 1L) * CHUNK, KILL_AFTER_CHUNK * (long) CHUNK);
        assertThat(secondRun).anyMatch(l -> l.startsWith("done "));
        List<FindingKey> stored = ErpFixtures.storedKeys(ds, ErpFixtures.DAY);
        assertThat(new HashSet<>(stored)).as("no finding stored twice").hasSameSizeAs(stored);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(ErpFixtures.storedKeys(reference, ErpFixtures.DAY));
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision")).isEqualTo(SIZE);
    }

    /**
     * The H2 file database with every commit on disk when it returns ({@code WRITE_DELAY=0}), as a production ERP
     * database is; H2's default delays the write by up to a second, so a SIGKILL would also undo the last commits.
     */
    static DataSource durable(Path file) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=0;WRITE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    private static List<String> runJob(Path database, int killAt) throws IOException, InterruptedException {
        return runJob(database, SIZE, killAt);
    }

    /**
     * Runs {@link KilledJobMain} on {@code size} customers in its own JVM with {@code options} (e.g.
     * {@code company-contacts}); kills it (SIGKILL) once it prints {@code chunk killAt} (never when negative).
     */
    static List<String> runJob(Path database, int size, int killAt, String... options)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", KilledJobMain.class.getName(),
                database.toString(), String.valueOf(size)));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("chunk " + killAt)) {
                    process.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("job JVM ended").isTrue();
        if (killAt < 0) {
            assertThat(process.exitValue()).as("exit code of the run to the end; output: %s", lines).isZero();
        }
        return lines;
    }
}
