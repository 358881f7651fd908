package org.crmpolicy.rules.batch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.obligations.ChunkEvaluator;
import org.crmpolicy.rules.obligations.CompanyWideDecision;
import org.crmpolicy.rules.obligations.Obligations;

/**
 * Streaming evaluation of a whole portfolio: tiering (T rules) and every contact obligation (C1–C11, R1–R6) as of one
 * instant, for customers handed in one at a time with their contacts ({@link CustomerContacts}, e.g. from a JDBC
 * cursor ordered by customer). Customers are cut into chunks ({@value #DEFAULT_CHUNK} by default); each chunk is
 * classified and assessed by the {@link ChunkEvaluator} {@link Obligations#compliance} uses too (joins keyed by
 * customer id) on a pool of worker threads (one per core by default); at most {@code workers + queueDepth} chunks are in flight, so memory is bounded by chunk size ×
 * queue depth, not by the portfolio. Findings, rejected input and progress go to a {@link BatchSink} on the calling
 * thread, chunk by chunk, in input order. Company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6)
 * collect each chunk's candidate contacts and are decided once at the end. That reduction is bounded too: per
 * obligation and evaluated period it keeps the first contacts that count up to the obligation's minimum (which decides
 * MET), and at most {@value #COMPANY_SAMPLE} of those recorded late and of those that did not count, as evidence. A
 * company-wide status of the batch therefore gives the same state as {@link Obligations#compliance} but lists at most
 * that many contacts of each kind (a million customers make a few hundred thousand exchange meetings a year).
 *
 * <p>Each customer is classified as of {@code asOf} and assumed in that tier since {@link Customer#since()}, as in
 * {@link Obligations#compliance(java.util.Collection, java.util.Collection, Instant)}; for a given portfolio the batch
 * gives the same findings as that call. Customer ids must be unique within a chunk (a customer split over two
 * elements of the stream is a caller error); across chunks the host's stream decides.
 *
 * <p>The run is the three steps of a {@link PortfolioEvaluator} ({@link #evaluator(Instant)}): chunks evaluated on the
 * workers, their {@link Contributions} merged on the calling thread, the merge decided at the end. A distributed engine
 * runs the same steps on its own tasks and gets the same findings and statuses.
 *
 * <p>The obligation rules of one run come from the rule set in force when it starts (a reload during the run takes
 * effect with the next run); tiering uses {@link CrmPolicy#classifyAll}.
 *
 * <p>Immutable; the {@code with} methods return copies. Thread-safe: one instance may run several batches at once.
 */
public final class PortfolioBatch {

    /**
     * How many contacts that did not count (and, apart from the first {@code minimumCount} that did, how many counted
     * ones recorded late) the company-wide reduction keeps per obligation and period as evidence.
     */
    static final int COMPANY_SAMPLE = 100;

    /** Customers per rule session unless {@link #withChunkSize(int)} says otherwise. */
    public static final int DEFAULT_CHUNK = 1_000;

    private final PolicyRuntime policy;
    private final ChunkEvaluator chunks;
    private final int chunkSize;
    private final int workers;
    private final int queueDepth;
    private final long expectedCustomers;

    public PortfolioBatch(PolicyRuntime policy) {
        this(policy, DEFAULT_CHUNK, Math.max(1, Runtime.getRuntime().availableProcessors()), 2, -1);
    }

    private PortfolioBatch(PolicyRuntime policy, int chunkSize, int workers, int queueDepth, long expectedCustomers) {
        this.policy = policy;
        this.chunks = new ChunkEvaluator(policy);
        this.chunkSize = chunkSize;
        this.workers = workers;
        this.queueDepth = queueDepth;
        this.expectedCustomers = expectedCustomers;
    }

    /** A copy with {@code size} customers per rule session (≥ 1). */
    public PortfolioBatch withChunkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, got " + size);
        }
        return new PortfolioBatch(policy, size, workers, queueDepth, expectedCustomers);
    }

    /** A copy evaluating on {@code threads} worker threads (≥ 1; default: one per available core). */
    public PortfolioBatch withWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("workers must be >= 1, got " + threads);
        }
        return new PortfolioBatch(policy, chunkSize, threads, queueDepth, expectedCustomers);
    }

    /** A copy holding at most {@code chunks} read-ahead chunks beyond those being evaluated (≥ 0; default 2). */
    public PortfolioBatch withQueueDepth(int chunks) {
        if (chunks < 0) {
            throw new IllegalArgumentException("queueDepth must be >= 0, got " + chunks);
        }
        return new PortfolioBatch(policy, chunkSize, workers, chunks, expectedCustomers);
    }

    /** A copy that reports an ETA, expecting {@code customers} customers in total (≥ 0). */
    public PortfolioBatch expecting(long customers) {
        if (customers < 0) {
            throw new IllegalArgumentException("expected customers must be >= 0, got " + customers);
        }
        return new PortfolioBatch(policy, chunkSize, workers, queueDepth, customers);
    }

    /**
     * The three steps of this batch, for a distributed engine that runs them on its own tasks: evaluate a customer or a
     * chunk, merge contributions, decide the company-wide obligations at the end ({@link PortfolioEvaluator}). Uses the
     * rule set in force now.
     *
     * @param asOf the policy instant; not null, within the supported range
     */
    public PortfolioEvaluator evaluator(Instant asOf) {
        return new PortfolioEvaluator(policy, chunks, asOf);
    }

    /**
     * Evaluates every customer of {@code input} as of {@code asOf}, delivering findings and progress to {@code sink}
     * as chunks finish, and returns the summary once the company-wide obligations are decided.
     *
     * @param input customers with their contacts; read once, on the calling thread; not null, no null elements
     * @throws InvalidFactException     naming the record and every bad field (the run stops)
     * @throws IllegalArgumentException when a customer id appears twice in one chunk
     * @throws IllegalStateException    when the calling thread is interrupted
     */
    public BatchSummary run(Iterator<CustomerContacts> input, Instant asOf, BatchSink sink) {
        Objects.requireNonNull(input, "input must not be null");
        org.crmpolicy.calendar.SupportedRange.requireInstant(asOf, "asOf");
        Objects.requireNonNull(sink, "sink must not be null");
        // the calendar's missing-year warnings come once, sorted, when the run ends
        try (var warnings = policy.deferCalendarWarnings()) {
            return runChunks(input, asOf, sink);
        }
    }

    private BatchSummary runChunks(Iterator<CustomerContacts> input, Instant asOf, BatchSink sink) {
        long started = System.nanoTime();
        PortfolioEvaluator evaluator = evaluator(asOf);
        Run run = new Run(asOf, evaluator, sink, started);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "crmpolicy-batch-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<ChunkOutcome>> inFlight = new ArrayDeque<>();
        try {
            List<CustomerContacts> chunk = new ArrayList<>(chunkSize);
            while (input.hasNext()) {
                chunk.add(Objects.requireNonNull(input.next(), "input element must not be null"));
                if (chunk.size() == chunkSize) {
                    List<CustomerContacts> full = chunk;
                    inFlight.add(pool.submit(() -> evaluator.evaluate(full)));
                    chunk = new ArrayList<>(chunkSize);
                    while (inFlight.size() > workers + queueDepth - 1 && !inFlight.isEmpty()) {
                        run.deliver(await(inFlight.poll()));
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<CustomerContacts> last = chunk;
                inFlight.add(pool.submit(() -> evaluator.evaluate(last)));
            }
            while (!inFlight.isEmpty()) {
                run.deliver(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return run.finish();
    }

    private static ChunkOutcome await(Future<ChunkOutcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("batch chunk failed", e.getCause());
        }
    }

    /** The state the calling thread keeps: totals, the company-wide reduction, progress. */
    private final class Run {
        private final Instant asOf;
        private final PortfolioEvaluator evaluator;
        private final BatchSink sink;
        private final long started;
        private final Map<Tier, TierMetrics> tiers = new EnumMap<>(Tier.class);
        private Contributions contributions = Contributions.none();
        private long customers;
        private long contacts;
        private long findings;

        Run(Instant asOf, PortfolioEvaluator evaluator, BatchSink sink, long started) {
            this.asOf = asOf;
            this.evaluator = evaluator;
            this.sink = sink;
            this.started = started;
        }

        void deliver(ChunkOutcome r) {
            customers += r.customers();
            contacts += r.contacts();
            findings += r.findings().size();
            r.tiers().forEach((tier, m) -> tiers.merge(tier, m, TierMetrics::plus));
            contributions = evaluator.merge(contributions, r.contributions());
            if (!r.findings().isEmpty()) {
                sink.findings(r.findings());
            }
            if (!r.rejected().isEmpty()) {
                sink.rejected(r.rejected());
            }
            sink.progress(new BatchProgress(customers, contacts, expectedCustomers, elapsed()));
        }

        BatchSummary finish() {
            CompanyWideDecision company = evaluator.decide(contributions);
            List<Finding> sorted = company.findings();
            if (!sorted.isEmpty()) {
                sink.findings(sorted);
            }
            findings += sorted.size();
            Duration elapsed = elapsed();
            sink.progress(new BatchProgress(customers, contacts, expectedCustomers, elapsed));
            return new BatchSummary(asOf, customers, contacts, findings, tiers, company.statuses(), sorted, elapsed);
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}
