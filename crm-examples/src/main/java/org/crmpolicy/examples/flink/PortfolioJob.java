package org.crmpolicy.examples.flink;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.crmpolicy.rules.batch.Contributions;

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
        // one empty part, so that the company-wide obligations are decided even when no customer contributes
        DataStream<ContributionPart> nothing = env.fromData(List.of(new ContributionPart("", Contributions.none())),
                TypeInformation.of(ContributionPart.class)).name("no contributions");
        SingleOutputStreamOperator<String> statuses = merged.union(nothing)
                .keyBy(p -> DecideCompanyWide.COMPANY, TypeInformation.of(String.class))
                .process(new DecideCompanyWide(policy, asOf), TypeInformation.of(String.class))
                .name("decide company-wide obligations").uid("decide-company-wide").setParallelism(1);
        findings.union(statuses.getSideOutput(DecideCompanyWide.FINDINGS))
                .sinkTo(textFiles(output.resolve(FINDINGS))).name("findings");
        statuses.sinkTo(textFiles(output.resolve(COMPANY_STATUSES))).name("company statuses").setParallelism(1);
        findings.getSideOutput(EvaluateCustomers.REJECTED)
                .sinkTo(textFiles(output.resolve(REJECTED))).name("rejected input");
    }

    /**
     * The job over the ERP with tiering and the contact obligations only ({@link ErpAreas#none()}): see {@link
     * #defineErp(StreamExecutionEnvironment, ErpConnection, List, Sink, Path, PolicySource, ErpAreas, LocalDate,
     * Instant)}.
     */
    public static void defineErp(StreamExecutionEnvironment env, ErpConnection erp, List<CustomerRange> ranges,
            Sink<FindingRow> sink, Path output, PolicySource policy, LocalDate runDate, Instant asOf) {
        defineErp(env, erp, ranges, sink, output, policy, ErpAreas.none(), runDate, asOf);
    }

    /**
     * Adds the job over the ERP database to {@code env} (BATCH mode): the same evaluation as {@link #define}, the input
     * read from the ERP's tables and the findings written to its {@code finding} table, plus the ERP's own policy areas
     * {@code areas} (e.g. {@link ErpAreas#standard()}: what the ERP's {@code ComplianceJob} judges besides tiering and
     * contacts).
     * <ol>
     *   <li>the {@code ranges} (e.g. {@link CustomerRange#of}) are spread over the tasks, each read by {@link
     *       ReadCustomerRange} (customers with contact persons, contacts and purchases up to {@code asOf}) and keyed by
     *       customer as the files are; the same task judges {@code areas}' per-range areas on the range's customers and
     *       their tier decisions, on its connection, as the ERP's job judges a chunk;</li>
     *   <li>customers, merges and the company-wide decision as in {@link #define};</li>
     *   <li>the company's own areas ({@link ErpAreas#company}) are judged once, by one task fed one element ({@link
     *       EvaluateCompanyAreas}, parallelism 1): they read the ERP's company tables only, never the customers'
     *       findings, so they need not wait for the ranges; inside the job, not on the client, so that the client never
     *       builds the policy and their findings go through the same idempotent sink;</li>
     *   <li>every finding, the customers' (and the areas') under their customer and the company-wide ones under {@link
     *       FindingRow#COMPANY}, becomes a {@link FindingRow} of {@code runDate}, keyed by subject and written by {@code
     *       sink} (e.g. {@link ErpFindingSink}: a re-run inserts nothing new).</li>
     * </ol>
     * The company-wide statuses and the rejected input go to {@code output} as files ({@link #COMPANY_STATUSES}, {@link
     * #REJECTED}): the ERP has no table for them.
     *
     * @param runDate the day the findings are stored under (their key's first part, as for the ERP's ComplianceJob)
     */
    public static void defineErp(StreamExecutionEnvironment env, ErpConnection erp, List<CustomerRange> ranges,
            Sink<FindingRow> sink, Path output, PolicySource policy, ErpAreas areas, LocalDate runDate, Instant asOf) {
        Objects.requireNonNull(erp, "erp must not be null");
        Objects.requireNonNull(ranges, "ranges must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(areas, "areas must not be null");
        Objects.requireNonNull(runDate, "runDate must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("ranges is empty: the ERP has no customers to read");
        }
        SingleOutputStreamOperator<PortfolioLine> lines = env.fromData(ranges, TypeInformation.of(CustomerRange.class))
                .name("customer ranges").rebalance()
                .process(new ReadCustomerRange(erp, policy, areas, runDate, asOf),
                        TypeInformation.of(PortfolioLine.class))
                .name(areas.isEmpty() ? "read customer ranges from the ERP"
                        : "read customer ranges from the ERP, judge their areas")
                .uid("read-customer-ranges");
        SingleOutputStreamOperator<String> customers = lines
                .keyBy(l -> l.customerId, TypeInformation.of(String.class))
                .process(new EvaluateCustomers(policy, asOf, runDate), TypeInformation.of(String.class))
                .name("evaluate customers").uid("evaluate-customers");
        SingleOutputStreamOperator<ContributionPart> merged = customers.getSideOutput(EvaluateCustomers.CONTRIBUTIONS)
                .keyBy(p -> p.key, TypeInformation.of(String.class))
                .process(new MergeContributions(policy, asOf), TypeInformation.of(ContributionPart.class))
                .name("merge contributions by obligation").uid("merge-contributions");
        DataStream<ContributionPart> nothing = env.fromData(List.of(new ContributionPart("", Contributions.none())),
                TypeInformation.of(ContributionPart.class)).name("no contributions");
        SingleOutputStreamOperator<String> statuses = merged.union(nothing)
                .keyBy(p -> DecideCompanyWide.COMPANY, TypeInformation.of(String.class))
                .process(new DecideCompanyWide(policy, asOf, runDate), TypeInformation.of(String.class))
                .name("decide company-wide obligations").uid("decide-company-wide").setParallelism(1);
        // keyed by subject: no two writers ever hold the same finding key
        DataStream<FindingRow> rows = customers.getSideOutput(EvaluateCustomers.FINDING_ROWS)
                .union(statuses.getSideOutput(DecideCompanyWide.FINDING_ROWS));
        if (!areas.isEmpty()) {
            DataStream<FindingRow> company = env.fromData(List.of(runDate.toString()), TypeInformation.of(String.class))
                    .name("run date").setParallelism(1)
                    .flatMap(new EvaluateCompanyAreas(erp, policy, areas, runDate, asOf),
                            TypeInformation.of(FindingRow.class))
                    .name("judge the company's own areas").uid("company-areas").setParallelism(1);
            rows = rows.union(lines.getSideOutput(ReadCustomerRange.AREA_FINDINGS), company);
        }
        rows.keyBy(r -> r.subjectId, TypeInformation.of(String.class))
                .sinkTo(sink).name("findings to the ERP").uid("erp-findings");
        statuses.sinkTo(textFiles(output.resolve(COMPANY_STATUSES))).name("company statuses").setParallelism(1);
        customers.getSideOutput(EvaluateCustomers.REJECTED)
                .sinkTo(textFiles(output.resolve(REJECTED))).name("rejected input");
    }

    /**
     * Adds the streaming job in event time to {@code env} (STREAMING mode; the file sink commits on checkpoints, so
     * enable them): reads {@code input} (the three {@link PortfolioFiles}), writes under {@code output} as {@link
     * #define} does. Contacts carry their event time ({@code Contact.at()}) and arrive out of order by at most {@code
     * lateness}: the watermark trails the latest contact by it ({@link ContactWatermarks}). Each company-wide obligation
     * and period is decided when the watermark passes its {@link org.crmpolicy.rules.batch.CompanyPeriod#completeAt()}
     * ({@link DecidePeriods}), its status and findings written once; a contact that comes after the contacts' reader
     * had passed the completion (a contact later than the lateness) makes the late-record finding and never changes the
     * published status, on every run over the same input ({@link ContactWatermarks#stamped}). The customers' own obligations are decided at the end of input
     * ({@link EvaluateAsContactsArrive}). Everything is evaluated as of {@code asOf}, as {@link
     * org.crmpolicy.rules.batch.PortfolioBatch} does: the periods decided are the ones it reports (the period containing
     * {@code asOf} and the one before), and contacts after {@code asOf} are rejected.
     *
     * @param lateness how much later than the latest contact seen a contact may still arrive; not negative
     */
    public static void defineStreaming(StreamExecutionEnvironment env, Path input, Path output, PolicySource policy,
            Instant asOf, Duration lateness) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(lateness, "lateness must not be null");
        SingleOutputStreamOperator<String> findings = eventTimeLines(env, input, lateness,
                        ContactWatermarks.referenceReadFirst())
                .keyBy(l -> l.customerId, TypeInformation.of(String.class))
                .process(new EvaluateAsContactsArrive(policy, asOf), TypeInformation.of(String.class))
                .name("evaluate customers as contacts arrive").uid("evaluate-as-contacts-arrive");
        // every period once, empty, so that each is decided even when no customer contributes to it
        DataStream<PeriodPart> periods = env.fromData(List.of(asOf.toString()), TypeInformation.of(String.class))
                .name("as of").flatMap(new AnnounceCompanyPeriods(policy, asOf), TypeInformation.of(PeriodPart.class))
                .name("announce company-wide periods").setParallelism(1);
        SingleOutputStreamOperator<String> statuses = findings.getSideOutput(EvaluateAsContactsArrive.PERIODS)
                .union(periods)
                .keyBy(p -> p.key, TypeInformation.of(String.class))
                .process(new DecidePeriods(policy, asOf), TypeInformation.of(String.class))
                .name("decide each company-wide period").uid("decide-periods");
        findings.union(statuses.getSideOutput(DecideCompanyWide.FINDINGS))
                .sinkTo(textFiles(output.resolve(FINDINGS))).name("findings");
        statuses.sinkTo(textFiles(output.resolve(COMPANY_STATUSES))).name("company statuses");
        findings.getSideOutput(EvaluateCustomers.REJECTED)
                .sinkTo(textFiles(output.resolve(REJECTED))).name("rejected input");
    }

    /**
     * Defines the streaming job whose {@code asOf} moves with the watermark: from {@code from} on, each company-wide
     * period (C4, C8, C10, R2, R4, R6: week after week, month after month) is decided when the watermark passes its
     * completion ({@link org.crmpolicy.rules.batch.CompanyPeriod#completeAt()}, its end plus the day of evidence), as of
     * that completion: the status {@code PortfolioBatch} run as of that instant gives it. Event time, lateness and late
     * contacts as in {@link #defineStreaming} (a contact that comes after its period was decided makes the late-record
     * finding, never a new status); for an unbounded source of contacts. Writes the statuses to {@code
     * company-statuses/} and their findings to {@code findings/}; the customers' own obligations are the BATCH job's.
     * At the end of a bounded input the periods the watermark has not passed are left undecided.
     */
    public static void defineStreamingPeriodByPeriod(StreamExecutionEnvironment env, Path input, Path output,
            PolicySource policy, Instant from, Duration lateness) {
        Objects.requireNonNull(policy, "policy must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(lateness, "lateness must not be null");
        SingleOutputStreamOperator<String> statuses = eventTimeLines(env, input, lateness,
                        ContactWatermarks.reference())
                .keyBy(l -> l.customerId, TypeInformation.of(String.class))
                .process(new EvaluatePeriodByPeriod(policy, from), TypeInformation.of(PeriodPart.class))
                .name("evaluate customers period by period").uid("evaluate-period-by-period")
                .keyBy(p -> p.key, TypeInformation.of(String.class))
                .process(DecidePeriods.asOfEachCompletion(policy), TypeInformation.of(String.class))
                .name("decide each company-wide period as of its completion").uid("decide-periods-as-of-completion");
        statuses.getSideOutput(DecideCompanyWide.FINDINGS).sinkTo(textFiles(output.resolve(FINDINGS)))
                .name("findings");
        statuses.sinkTo(textFiles(output.resolve(COMPANY_STATUSES))).name("company statuses");
    }

    /**
     * Customers and events without event time, their watermark {@code reference}; contacts in event time out of order
     * by at most {@code lateness}, each stamped with its reader's watermark.
     */
    private static DataStream<PortfolioLine> eventTimeLines(StreamExecutionEnvironment env, Path input,
            Duration lateness, WatermarkStrategy<String> reference) {
        DataStream<PortfolioLine> contacts = env.fromSource(textLines(input, PortfolioFiles.CONTACTS),
                        ContactWatermarks.contacts(lateness), PortfolioFiles.CONTACTS)
                .map(ContactWatermarks.stamped(lateness), TypeInformation.of(PortfolioLine.class))
                .name("parse " + PortfolioFiles.CONTACTS + ", stamp its reader's watermark");
        return lines(env, input, PortfolioFiles.CUSTOMERS, PortfolioLine.CUSTOMER, reference)
                .union(contacts, lines(env, input, PortfolioFiles.EVENTS, PortfolioLine.EVENT, reference));
    }

    /** The configuration of the streaming job: STREAMING mode (checkpoints are enabled on the environment). */
    public static Configuration streamingConfiguration() {
        Configuration conf = new Configuration();
        conf.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
        return conf;
    }

    private static DataStream<PortfolioLine> lines(StreamExecutionEnvironment env, Path input, String file, int kind) {
        return lines(env, input, file, kind, WatermarkStrategy.noWatermarks());
    }

    private static DataStream<PortfolioLine> lines(StreamExecutionEnvironment env, Path input, String file, int kind,
            WatermarkStrategy<String> time) {
        return env.fromSource(textLines(input, file), time, file)
                .map(line -> new PortfolioLine(kind, line), TypeInformation.of(PortfolioLine.class))
                .name("parse " + file);
    }

    private static FileSource<String> textLines(Path input, String file) {
        return FileSource.forRecordStreamFormat(new TextLineInputFormat(),
                new org.apache.flink.core.fs.Path(input.resolve(file).toUri())).build();
    }

    private static FileSink<String> textFiles(Path directory) {
        return FileSink.forRowFormat(new org.apache.flink.core.fs.Path(directory.toUri()),
                new SimpleStringEncoder<String>("UTF-8")).build();
    }

    /** The environment variable the ERP database's password is read from by {@link #main} with {@code --erp}. */
    public static final String ERP_PASSWORD_VARIABLE = "CRM_ERP_PASSWORD";

    /** Customers per range read by one task of the job over the ERP ({@link #main} with {@code --erp}). */
    static final int CUSTOMERS_PER_RANGE = 250;

    private static void requireEmpty(Path output) throws java.io.IOException {
        if (java.nio.file.Files.isDirectory(output)) {
            try (var entries = java.nio.file.Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    // the file sink adds part files: a second run into the same directory would double every line
                    throw new IllegalArgumentException("outputDir = " + output + " is not empty");
                }
            }
        }
    }

    private static void mainErp(ErpConnection erp, String[] args) throws Exception {
        if (args.length < 2) {
            System.out.println("usage: PortfolioJob --erp jdbcUrl [--erp-user USER] outputDir asOf [parallelism]"
                    + " (password from " + ERP_PASSWORD_VARIABLE + ")");
            return;
        }
        Path output = Path.of(args[0]);
        Instant asOf = Instant.parse(args[1]);
        requireEmpty(output);
        LocalDate runDate = asOf.atZone(org.crmpolicy.rules.CrmPolicy.DEFAULT_ZONE).toLocalDate();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(batchConfiguration());
        if (args.length > 2) {
            env.setParallelism(Integer.parseInt(args[2]));
        }
        defineErp(env, erp, CustomerRange.of(erp, CUSTOMERS_PER_RANGE), new ErpFindingSink(erp), output,
                PolicySource.shipped(), ErpAreas.standard(), runDate, asOf);
        long started = System.nanoTime();
        env.execute("crm-policy portfolio run over the ERP as of " + asOf);
        System.out.printf("portfolio run over the ERP as of %s done in %.1f s: findings stored for %s%n", asOf,
                (System.nanoTime() - started) / 1e9, runDate);
    }

    /** The streaming job's lateness when {@code --lateness} is not given: contacts up to six hours out of order. */
    public static final Duration DEFAULT_LATENESS = Duration.ofHours(6);

    /**
     * Runs the job on an embedded cluster (or the cluster {@code flink run} submits it to).
     * Arguments: {@code [--sample N] [--streaming] [--lateness PT6H] inputDir outputDir asOf [parallelism]}: BATCH mode
     * unless {@code --streaming} (or {@code --lateness}, ISO-8601, default {@link #DEFAULT_LATENESS}) asks for the
     * streaming job in event time; {@code --period-by-period} the streaming job whose {@code asOf} moves with the
     * watermark ({@link #defineStreamingPeriodByPeriod}), deciding the periods that complete after {@code asOf}. Over
     * the ERP database instead of files: {@code --erp jdbcUrl [--erp-user USER]
     * outputDir asOf [parallelism]} ({@link #defineErp}, BATCH mode): the password comes from the environment variable
     * {@value #ERP_PASSWORD_VARIABLE} (empty when unset), never from the command line; the findings are stored under
     * {@code asOf}'s day in the policy zone, company-wide statuses and rejected input go to {@code outputDir}.
     */
    public static void main(String[] args) throws Exception {
        int at = 0;
        int sample = -1;
        Duration lateness = null;
        boolean periodByPeriod = false;
        String erpUrl = null;
        String erpUser = "sa";
        while (at < args.length && args[at].startsWith("--")) {
            switch (args[at]) {
                case "--erp" -> erpUrl = args[++at];
                case "--erp-user" -> erpUser = args[++at];
                case "--sample" -> sample = Integer.parseInt(args[++at]);
                case "--streaming" -> lateness = lateness == null ? DEFAULT_LATENESS : lateness;
                case "--lateness" -> lateness = Duration.parse(args[++at]);
                case "--period-by-period" -> periodByPeriod = true;
                default -> throw new IllegalArgumentException("option = " + args[at] + " is not known");
            }
            at++;
        }
        if (erpUrl != null) {
            mainErp(new ErpConnection(erpUrl, erpUser, System.getenv().getOrDefault(ERP_PASSWORD_VARIABLE, "")),
                    java.util.Arrays.copyOfRange(args, at, args.length));
            return;
        }
        if (args.length - at < 3) {
            System.out.println("usage: PortfolioJob [--sample N] [--streaming] [--lateness PT6H] [--period-by-period]"
                    + " inputDir outputDir asOf [parallelism]");
            return;
        }
        Path input = Path.of(args[at]);
        Path output = Path.of(args[at + 1]);
        Instant asOf = Instant.parse(args[at + 2]);
        requireEmpty(output);
        if (periodByPeriod && lateness == null) {
            lateness = DEFAULT_LATENESS;
        }
        if (sample >= 0) {
            PortfolioFiles.write(org.crmpolicy.examples.portfolio.PortfolioStream.of(
                    org.crmpolicy.examples.portfolio.SamplePortfolio.DEFAULT_SEED, sample,
                    asOf.atZone(org.crmpolicy.rules.CrmPolicy.DEFAULT_ZONE).toLocalDate(),
                    org.crmpolicy.rules.CrmPolicy.DEFAULT_ZONE), input);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                lateness == null ? batchConfiguration() : streamingConfiguration());
        if (args.length - at > 3) {
            env.setParallelism(Integer.parseInt(args[at + 3]));
        }
        if (lateness == null) {
            define(env, input, output, PolicySource.shipped(), asOf);
        } else {
            env.enableCheckpointing(2_000);   // the file sink commits on checkpoints, the last one at the end of input
            if (periodByPeriod) {
                defineStreamingPeriodByPeriod(env, input, output, PolicySource.shipped(), asOf, lateness);
            } else {
                defineStreaming(env, input, output, PolicySource.shipped(), asOf, lateness);
            }
        }
        long started = System.nanoTime();
        env.execute("crm-policy portfolio run as of " + asOf + (lateness == null ? "" : ", streaming, lateness " + lateness));
        System.out.printf("portfolio run as of %s done in %.1f s: %s%n", asOf, (System.nanoTime() - started) / 1e9,
                output.toAbsolutePath());
    }
}
