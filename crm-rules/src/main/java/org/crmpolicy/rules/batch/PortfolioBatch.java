package org.crmpolicy.rules.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationEngine;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.obligations.ChunkEvaluator;
import org.crmpolicy.rules.obligations.ChunkResult;
import org.crmpolicy.rules.obligations.CompanyWideDecision;
import org.crmpolicy.rules.obligations.CustomerFile;
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
        long started = System.nanoTime();
        ContactComplianceContext ctx = chunks.context(asOf, false);
        RuleBase rules = policy.ruleBase();
        Run run = new Run(asOf, ctx, sink, started);
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "crmpolicy-batch-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<ChunkDelivery>> inFlight = new ArrayDeque<>();
        try {
            List<CustomerContacts> chunk = new ArrayList<>(chunkSize);
            while (input.hasNext()) {
                chunk.add(Objects.requireNonNull(input.next(), "input element must not be null"));
                if (chunk.size() == chunkSize) {
                    List<CustomerContacts> full = chunk;
                    inFlight.add(pool.submit(() -> evaluate(full, ctx, rules)));
                    chunk = new ArrayList<>(chunkSize);
                    while (inFlight.size() > workers + queueDepth - 1 && !inFlight.isEmpty()) {
                        run.deliver(await(inFlight.poll()));
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<CustomerContacts> last = chunk;
                inFlight.add(pool.submit(() -> evaluate(last, ctx, rules)));
            }
            while (!inFlight.isEmpty()) {
                run.deliver(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return run.finish(ctx, rules);
    }

    private static ChunkDelivery await(Future<ChunkDelivery> future) {
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

    /** One chunk, on a worker thread: the shared chunk evaluation, then the batch's counts and bounded reduction. */
    private ChunkDelivery evaluate(List<CustomerContacts> chunk, ContactComplianceContext ctx, RuleBase rules) {
        List<CustomerFile> files = new ArrayList<>(chunk.size());
        long contacts = 0;
        for (CustomerContacts cc : chunk) {
            files.add(CustomerFile.of(cc.customer(), cc.contacts(), cc.events()));
            contacts += cc.contacts().size();
        }
        ChunkResult result = chunks.assess(rules, ctx, files);
        Map<CustomerId, Tier> tiers = result.tiers();
        List<Finding> findings = new ArrayList<>();
        for (TierDecision d : result.classified()) {
            findings.addAll(d.findings());
        }
        findings.addAll(result.findings());
        Map<Tier, long[]> counts = new EnumMap<>(Tier.class);
        for (CustomerContacts cc : chunk) {
            long[] n = counts.computeIfAbsent(tiers.get(cc.customer().id()), k -> new long[TierCounts.SIZE]);
            n[TierCounts.CUSTOMERS]++;
            n[TierCounts.CONTACTS] += cc.contacts().size();
        }
        result.statuses().forEach((subject, statuses) -> {
            long[] n = counts.get(tiers.get(subject));
            if (n == null) {
                return;
            }
            for (ObligationStatus s : statuses) {
                n[TierCounts.STATUSES]++;
                if (s.isMet()) {
                    n[TierCounts.MET]++;
                } else if (s.state() == ObligationState.AT_RISK) {
                    n[TierCounts.AT_RISK]++;
                } else if (s.state() == ObligationState.OVERDUE) {
                    n[TierCounts.OVERDUE]++;
                }
            }
        });
        Map<String, Tier> tierBySubject = new HashMap<>(chunk.size() * 2);
        tiers.forEach((id, t) -> tierBySubject.put(id.value(), t));
        for (Finding f : findings) {
            Tier t = tierBySubject.get(f.subjectId());
            if (t != null && f.severity() != Severity.INFO) {
                counts.get(t)[f.severity() == Severity.VIOLATION ? TierCounts.VIOLATIONS : TierCounts.WARNINGS]++;
            }
        }
        Map<String, ContactObligation> companyRows = result.companyWide();
        List<CompanyContribution> contributions = new ArrayList<>(result.contributions().size());
        for (CompanyContribution c : result.contributions()) {
            ContactObligation o = companyRows.get(c.obligationKey());
            contributions.add(o == null ? c : ObligationEngine.compact(o, c, COMPANY_SAMPLE, ctx));
        }
        LocalDate dataFrom = null;
        for (CustomerContacts cc : chunk) {
            LocalDate since = cc.customer().since();
            if (since != null && (dataFrom == null || since.isBefore(dataFrom))) {
                dataFrom = since;
            }
        }
        return new ChunkDelivery(chunk.size(), contacts, inCustomerOrder(findings, chunk), result.companyFindings(),
                result.rejected(), contributions, companyRows, counts, dataFrom);
    }

    /**
     * The findings of a chunk customer by customer in input order, each customer's in {@link
     * ComplianceReport#findingOrder()}: the order the sink is promised, and much cheaper than sorting the whole chunk
     * (a few findings per customer are sorted, not thousands).
     */
    private static List<Finding> inCustomerOrder(List<Finding> findings, List<CustomerContacts> chunk) {
        Map<String, List<Finding>> bySubject = new HashMap<>(chunk.size() * 2);
        for (Finding f : findings) {
            bySubject.computeIfAbsent(f.subjectId(), k -> new ArrayList<>(8)).add(f);
        }
        List<Finding> ordered = new ArrayList<>(findings.size());
        for (CustomerContacts cc : chunk) {
            List<Finding> own = bySubject.remove(cc.customer().id().value());
            if (own != null) {
                own.sort(ComplianceReport.findingOrder());
                ordered.addAll(own);
            }
        }
        List<Finding> rest = new ArrayList<>();
        bySubject.values().forEach(rest::addAll);
        rest.sort(ComplianceReport.findingOrder());
        ordered.addAll(rest);
        return ordered;
    }

    private static final class TierCounts {
        static final int CUSTOMERS = 0;
        static final int CONTACTS = 1;
        static final int STATUSES = 2;
        static final int MET = 3;
        static final int AT_RISK = 4;
        static final int OVERDUE = 5;
        static final int VIOLATIONS = 6;
        static final int WARNINGS = 7;
        static final int SIZE = 8;

        private TierCounts() {
        }
    }

    private record ChunkDelivery(int customers, long contacts, List<Finding> findings, List<Finding> companyFindings,
            List<RejectedInput> rejected, List<CompanyContribution> contributions,
            Map<String, ContactObligation> companyRows, Map<Tier, long[]> counts, LocalDate dataFrom) {
    }

    /** The state the calling thread keeps: totals, the company-wide reduction, progress. */
    private final class Run {
        private final Instant asOf;
        private final BatchSink sink;
        private final long started;
        private final ContactComplianceContext ctx;
        private final Map<String, CompanyContribution> contributions = new HashMap<>();
        private final Map<String, ContactObligation> companyRows = new HashMap<>();
        private final Set<Finding> companyFindings = new HashSet<>();
        private final Map<Tier, long[]> counts = new EnumMap<>(Tier.class);
        private long customers;
        private LocalDate dataFrom;
        private long contacts;
        private long findings;

        Run(Instant asOf, ContactComplianceContext ctx, BatchSink sink, long started) {
            this.asOf = asOf;
            this.ctx = ctx;
            this.sink = sink;
            this.started = started;
        }

        void deliver(ChunkDelivery r) {
            customers += r.customers();
            if (r.dataFrom() != null && (dataFrom == null || r.dataFrom().isBefore(dataFrom))) {
                dataFrom = r.dataFrom();
            }
            contacts += r.contacts();
            findings += r.findings().size();
            r.counts().forEach((tier, n) -> {
                long[] total = counts.computeIfAbsent(tier, k -> new long[TierCounts.SIZE]);
                for (int i = 0; i < n.length; i++) {
                    total[i] += n[i];
                }
            });
            companyRows.putAll(r.companyRows());
            for (CompanyContribution c : r.contributions()) {
                CompanyContribution before = contributions.get(c.obligationKey());
                CompanyContribution merged = before == null ? c : CompanyContribution.merge(List.of(before, c)).get(0);
                ContactObligation o = companyRows.get(c.obligationKey());
                // compacting costs an assessment: only once the reduction has grown well past what it keeps
                boolean grown = o != null && merged.contacts().size() > 4 * (o.minimumCount() + 2 * COMPANY_SAMPLE);
                contributions.put(c.obligationKey(), grown ? ObligationEngine.compact(o, merged, COMPANY_SAMPLE, ctx)
                        : merged);
            }
            companyFindings.addAll(r.companyFindings());
            if (!r.findings().isEmpty()) {
                sink.findings(r.findings());
            }
            if (!r.rejected().isEmpty()) {
                sink.rejected(r.rejected());
            }
            sink.progress(new BatchProgress(customers, contacts, expectedCustomers, elapsed()));
        }

        BatchSummary finish(ContactComplianceContext ctx, RuleBase rules) {
            List<CompanyContribution> merged = new ArrayList<>(contributions.size());
            contributions.forEach((key, c) -> {
                ContactObligation o = companyRows.get(key);
                merged.add(o == null ? c : ObligationEngine.compact(o, c, COMPANY_SAMPLE, ctx));
            });
            CompanyWideDecision company = chunks.decide(rules, ctx, merged, List.of(), dataFrom);
            List<ObligationStatus> statuses = company.statuses();
            companyFindings.addAll(company.findings());
            List<Finding> sorted = new ArrayList<>(companyFindings);
            sorted.sort(ComplianceReport.findingOrder());
            if (!sorted.isEmpty()) {
                sink.findings(sorted);
            }
            findings += sorted.size();
            Map<Tier, TierMetrics> metrics = new EnumMap<>(Tier.class);
            counts.forEach((tier, n) -> metrics.put(tier, new TierMetrics(tier, n[TierCounts.CUSTOMERS],
                    n[TierCounts.CONTACTS], n[TierCounts.STATUSES], n[TierCounts.MET], n[TierCounts.AT_RISK],
                    n[TierCounts.OVERDUE], n[TierCounts.VIOLATIONS], n[TierCounts.WARNINGS])));
            Duration elapsed = elapsed();
            sink.progress(new BatchProgress(customers, contacts, expectedCustomers, elapsed));
            return new BatchSummary(asOf, customers, contacts, findings, metrics, statuses, sorted, elapsed);
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}
