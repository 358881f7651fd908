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
 * bounded by the chunks in flight. Size and heap: {@code -Dbatch.memory.customers} (default 50,000) and
 * {@code -Dbatch.memory.heap} (default 128m); the 200,000 customers under 256m pass too but take minutes on
 * a loaded 2-core machine (docs/performance.md).
 */
@Tag("memory")
class BoundedMemoryTest {

    @Test
    void aStreamingRunCompletesInAHeapSmallerThanThePortfolio() throws IOException, InterruptedException {
        // given
        String customers = System.getProperty("batch.memory.customers", "50000");
        String heap = System.getProperty("batch.memory.heap", "128m");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
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
