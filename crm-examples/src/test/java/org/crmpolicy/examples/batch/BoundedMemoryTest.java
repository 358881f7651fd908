package org.crmpolicy.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crmpolicy.examples.bench.BoundedMemoryRun;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A streaming run in a forked JVM with a heap far smaller than the portfolio's contact log: it completes, so memory is
 * bounded by the chunks in flight and the company-wide reduction, not by the portfolio. The size by default:
 * 200,000 customers with 4.1M contacts (about 1 GB if held) under {@code -Xmx256m}; change them with
 * {@code -Dbatch.memory.customers} and {@code -Dbatch.memory.heap}. The forked JVM compiles with C2 only, as the batch
 * benchmark does (docs/performance.md), so the run takes well under a minute on 2 cores.
 */
@Tag("memory")
class BoundedMemoryTest {

    @Test
    void aStreamingRunCompletesInAHeapSmallerThanThePortfolio() throws IOException, InterruptedException {
        // given
        String customers = System.getProperty("batch.memory.customers", "200000");
        String heap = System.getProperty("batch.memory.heap", "256m");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-XX:-TieredCompilation",
                "-cp", System.getProperty("java.class.path"), BoundedMemoryRun.class.getName(), customers))
                .redirectErrorStream(true);

        // when
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String output = new String(out, StandardCharsets.UTF_8);
        System.out.println(output.lines().filter(l -> l.startsWith("customers=")).findFirst().orElse(output));

        // then
        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("customers=" + customers + " ");
    }
}
