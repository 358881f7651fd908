package org.crmpolicy.examples.flink;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The portfolio compliance run (tiering, C1–C11, R1–R6) as an Apache Flink job, the same evaluation as
 * {@link org.crmpolicy.rules.batch.PortfolioBatch} spread over a cluster:
 * <ol>
 *   <li>the three {@link PortfolioFiles} are read as lines and keyed by customer; each customer is evaluated when its
 *       input is complete ({@link EvaluateCustomers}): its findings are final and go to {@code findings/};</li>
 *   <li>its contributions to the company-wide obligations are keyed by obligation and merged
 *       ({@link MergeContributions});</li>
 *   <li>the merges are decided once, at the end of input ({@link DecideCompanyWide}): the statuses go to
 *       {@code company-statuses/}, their findings to {@code findings/} with the customers'.</li>
 * </ol>
 * Every task builds its policy in {@code open(OpenContext)} from a {@link PolicySource}; the job graph holds only that
 * source and {@code asOf}. Meant for {@link RuntimeExecutionMode#BATCH} (the nightly run: keyed input is sorted, state
 * is one key at a time, the end of a key fires its timers); it also runs in STREAMING mode over the files, deciding at
 * the end of input.
 *
 * <p>Run locally on an embedded MiniCluster over a generated sample portfolio of 10,000 customers:
 * {@code ./mvnw -B -q -pl crm-examples -am compile exec:exec@flink-job} (input and output under
 * {@code crm-examples/target/flink-in} and {@code flink-out}; {@code -Dflink.customers}, {@code -Dflink.asOf},
 * {@code -Dflink.parallelism} change them).
 */
public final class PortfolioJob {

    /** Where the customers' and the company's findings go, under the output directory. */
    public static final String FINDINGS = "findings";
    /** Where the company-wide statuses go, under the output directory. */
    public static final String COMPANY_STATUSES = "company-statuses";
    /** Where input that cannot be used goes, under the output directory. */
    public static final String REJECTED = "rejected";

    private PortfolioJob() {
    }

    /** The configuration of a nightly run: BATCH mode, and the parallelism asked for (no adaptive shrinking). */
    public static Configuration batchConfiguration() {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
        conf.setString("execution.batch.adaptive.auto-parallelism.enabled", "false");
        return conf;
    }

    /**
     * Adds the job to {@code env}: reads {@code input} (the three {@link PortfolioFiles}), writes under {@code output}.
     *
     * @param policy which policy the tasks build
     * @param asOf   the policy instant
     */
    public static void define(StreamExecutionEnvironment env, Path input, Path output, PolicySource policy,
            Instant asOf) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        DataStream<PortfolioLine> lines = lines(env, input, PortfolioFiles.CUSTOMERS, PortfolioLine.CUSTOMER)
                .union(lines(env, input, PortfolioFiles.CONTACTS, PortfolioLine.CONTACT),
                        lines(env, input, PortfolioFiles.EVENTS, PortfolioLine.EVENT));
        SingleOutputStreamOperator<String> findings = lines
                .keyBy(l -> l.customerId, TypeInformation.of(String.class))
                .process(new EvaluateCustomers(policy, asOf), TypeInformation.of(String.class))
                .name("evaluate customers").uid("evaluate-customers");
        SingleOutputStreamOperator<ContributionPart> merged = findings.getSideOutput(EvaluateCustomers.CONTRIBUTIONS)
                .keyBy(p -> p.key, TypeInformation.of(String.class))
                .process(new MergeContributions(policy, asOf), TypeInformation.of(ContributionPart.class))
                .name("merge contributions by obligation").uid("merge-contributions");
        SingleOutputStreamOperator<String> statuses = merged
                .keyBy(p -> DecideCompanyWide.COMPANY, TypeInformation.of(String.class))
                .process(new DecideCompanyWide(policy, asOf), TypeInformation.of(String.class))
                .name("decide company-wide obligations").uid("decide-company-wide").setParallelism(1);
        findings.union(statuses.getSideOutput(DecideCompanyWide.FINDINGS))
                .sinkTo(textFiles(output.resolve(FINDINGS))).name("findings");
        statuses.sinkTo(textFiles(output.resolve(COMPANY_STATUSES))).name("company statuses").setParallelism(1);
        findings.getSideOutput(EvaluateCustomers.REJECTED)
                .sinkTo(textFiles(output.resolve(REJECTED))).name("rejected input");
    }

    private static DataStream<PortfolioLine> lines(StreamExecutionEnvironment env, Path input, String file, int kind) {
        FileSource<String> source = FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                new org.apache.flink.core.fs.Path(input.resolve(file).toUri())).build();
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), file)
                .map(line -> new PortfolioLine(kind, line), TypeInformation.of(PortfolioLine.class))
                .name("parse " + file);
    }

    private static FileSink<String> textFiles(Path directory) {
        return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(directory.toUri()),
                new SimpleStringEncoder<String>("UTF-8")).build();
    }

    /**
     * Runs the job on an embedded cluster (or the cluster {@code flink run} submits it to).
     * Arguments: {@code [--sample N] inputDir outputDir asOf [parallelism]}.
     */
    public static void main(String[] args) throws Exception {
        int at = 0;
        int sample = -1;
        if (args.length > 1 && args[0].equals("--sample")) {
            sample = Integer.parseInt(args[1]);
            at = 2;
        }
        if (args.length - at < 3) {
            System.out.println("usage: PortfolioJob [--sample N] inputDir outputDir asOf [parallelism]");
            return;
        }
        Path input = Path.of(args[at]);
        Path output = Path.of(args[at + 1]);
        Instant asOf = Instant.parse(args[at + 2]);
        if (java.nio.file.Files.isDirectory(output)) {
            try (var entries = java.nio.file.Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    // the file sink adds part files: a second run into the same directory would double every line
                    throw new IllegalArgumentException("outputDir = " + output + " is not empty");
                }
            }
        }
        if (sample >= 0) {
            PortfolioFiles.write(org.crmpolicy.examples.portfolio.PortfolioStream.of(
                    org.crmpolicy.examples.portfolio.SamplePortfolio.DEFAULT_SEED, sample,
                    asOf.atZone(org.crmpolicy.rules.CrmPolicy.DEFAULT_ZONE).toLocalDate(),
                    org.crmpolicy.rules.CrmPolicy.DEFAULT_ZONE), input);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(batchConfiguration());
        if (args.length - at > 3) {
            env.setParallelism(Integer.parseInt(args[at + 3]));
        }
        define(env, input, output, PolicySource.shipped(), asOf);
        long started = System.nanoTime();
        env.execute("crm-policy portfolio run as of " + asOf);
        System.out.printf("portfolio run as of %s done in %.1f s: %s%n", asOf, (System.nanoTime() - started) / 1e9,
                output.toAbsolutePath());
    }
}
