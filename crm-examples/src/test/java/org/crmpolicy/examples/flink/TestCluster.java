package org.crmpolicy.examples.flink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;

/**
 * What the job tests share: the embedded MiniCluster they run on (one task manager with a slot per task), their jobs'
 * environments at parallelism 2, a job run timed, and the lines a job wrote.
 */
final class TestCluster {

    /** The jobs' parallelism: one task a slot. */
    static final int PARALLELISM = 2;

    private TestCluster() {
    }

    /** A MiniCluster for BATCH jobs ({@link PortfolioJob#batchConfiguration}), to register as an extension. */
    static MiniClusterExtension forBatch() {
        return of(PortfolioJob.batchConfiguration());
    }

    /** A MiniCluster for STREAMING jobs ({@link PortfolioJob#streamingConfiguration}), to register as an extension. */
    static MiniClusterExtension forStreaming() {
        return of(PortfolioJob.streamingConfiguration());
    }

    private static MiniClusterExtension of(Configuration conf) {
        return new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
                .setConfiguration(conf)
                .setNumberTaskManagers(1)
                .setNumberSlotsPerTaskManager(PARALLELISM)
                .build());
    }

    /** A BATCH job's environment, parallelism 2. */
    static StreamExecutionEnvironment batchJob() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                PortfolioJob.batchConfiguration());
        env.setParallelism(PARALLELISM);
        return env;
    }

    /** A STREAMING job's environment, parallelism 2, a checkpoint a second: the file sink commits on checkpoints. */
    static StreamExecutionEnvironment streamingJob() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                PortfolioJob.streamingConfiguration());
        env.setParallelism(PARALLELISM);
        env.enableCheckpointing(1_000);
        return env;
    }

    /** Runs the job defined on {@code env}; how long it took, in seconds. */
    static double secondsToRun(StreamExecutionEnvironment env, String name) throws Exception {
        long started = System.nanoTime();
        env.execute(name);
        return (System.nanoTime() - started) / 1e9;
    }

    /** Every line of the committed part files under {@code dir} (Flink names in-progress files with a leading dot). */
    static List<String> lines(Path dir) throws IOException {
        List<String> all = new ArrayList<>();
        if (!Files.exists(dir)) {
            return all;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
