package org.crmpolicy.examples.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.baseline.HandWrittenCompliance;
import org.crmpolicy.examples.baseline.HonestCompliance;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchProgress;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * The batch harness of issue 9 (docs/performance.md): for each portfolio size, the same generated portfolio through
 * (1) the streaming rules ({@code CrmPolicy.batch()}), (2) the honest baseline ({@link HonestCompliance}: every
 * contact obligation in plain Java with the rules' findings) and (2b) the explanation-free floor
 * ({@link HandWrittenCompliance}: tiers and C1–C5 only), both on the same number of threads and chunks, (3) naive
 * Drools use — a compliance call (its own rule sessions) per customer, on a capped prefix of the portfolio, and (4)
 * the generator alone; then one table with customers/s and ratios from this run. The rules' C/R findings and the
 * honest baseline's are counted, so a run shows they are as many (HonestBaselineOracleTest checks they are equal).
 *
 * <p>Arguments: comma-separated sizes (default 10000,100000), the naive cap (default 3000 customers), threads
 * (default: available processors).
 */
public final class BatchBench {

    static final Instant AS_OF = Instant.parse("2025-11-28T02:00:00Z");
    static final LocalDate AS_OF_DAY = LocalDate.of(2025, 11, 28);

    private BatchBench() {
    }

    public static void main(String[] args) {
        String[] sizes = (args.length > 0 ? args[0] : "10000,100000").split(",");
        int naiveCap = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        CrmPolicy policy = CrmPolicy.standard();
        System.out.printf(Locale.ROOT, "batch bench: asOf %s, %d threads, max heap %d MB, %d cores, JVM options %s%n", AS_OF,
                threads, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        warmUp(policy, threads);
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "| %-22s | %9s | %10s | %9s | %8s | %8s | %8s | %11s | %9s | %9s | %9s | %11s |",
                "path", "customers", "contacts", "findings", "wall s", "CPU s", "GC share", "customers/s", "vs honest",
                "vs floor", "vs naive", "CPU ms/cust"));
        rows.add("|------------------------|-----------|------------|-----------|----------|----------|----------|-------------|"
                + "-----------|-----------|-----------|-------------|");
        for (String s : sizes) {
            int n = Integer.parseInt(s.strip());
            PortfolioStream portfolio = PortfolioStream.of(42L, n, AS_OF_DAY, policy.zone());
            Result gen = generatorOnly(portfolio, threads);
            Result floor = baseline(policy, portfolio, threads);
            Result honest = honest(policy, portfolio, threads);
            Result rules = rules(policy, portfolio, threads);
            Result naive = naive(policy, PortfolioStream.of(42L, Math.min(n, naiveCap), AS_OF_DAY, policy.zone()), threads);
            for (Result r : List.of(rules, honest, floor, naive, gen)) {
                rows.add(String.format(Locale.ROOT,
                        "| %-22s | %9d | %10d | %9d | %8.1f | %8.1f | %7.1f%% | %11.0f | %8.2fx | %8.2fx | %8.2fx | %11.3f |",
                        r.path, r.customers, r.contacts, r.findings, r.seconds, r.cpu, r.gcShare(), r.rate(), honest.rate() / r.rate(),
                        floor.rate() / r.rate(), naive.rate() / r.rate(), r.cpu * 1000 / r.customers));
            }
            System.out.printf(Locale.ROOT, "size %d: rules %.1f s (%d findings, %d of them C/R), honest baseline %.1f s"
                    + " (%d C/R findings%s), floor %.1f s, naive %.0f customers/s; rules take %.2fx the honest"
                    + " baseline's time and %.2fx the floor's, %.1fx faster than naive%n", n, rules.seconds,
                    rules.findings, rules.contactFindings, honest.seconds, honest.findings,
                    honest.findings == rules.contactFindings ? ", as many" : ", NOT as many", floor.seconds,
                    naive.rate(), honest.rate() / rules.rate(), floor.rate() / rules.rate(),
                    rules.rate() / naive.rate());
        }
        System.out.println();
        System.out.println("(vs honest / vs floor / vs naive: time relative to that path at equal work = its rate / this"
                + " rate; honest = HonestCompliance, every C/R obligation with the rules' findings; floor ="
                + " HandWrittenCompliance, tiers and C1-C5 only, no explanations; naive runs on the first " + naiveCap
                + " customers only; generator time is included in every path; findings: rules all areas, honest C/R,"
                + " floor C1-C5 keys; GC share = the collectors' pause time during that path / its wall time)");
        rows.forEach(System.out::println);
    }

    private static void warmUp(CrmPolicy policy, int threads) {
        PortfolioStream small = PortfolioStream.of(7L, 3_000, AS_OF_DAY, policy.zone());
        rules(policy, small, threads);
        honest(policy, small, threads);
        baseline(policy, small, threads);
        naive(policy, PortfolioStream.of(7L, 200, AS_OF_DAY, policy.zone()), threads);
    }

    record Result(String path, long customers, long contacts, long findings, long contactFindings, double seconds,
            double cpu, double gc) {
        Result(String path, long customers, long contacts, long findings, double seconds) {
            this(path, customers, contacts, findings, findings, seconds);
        }

        Result(String path, long customers, long contacts, long findings, long contactFindings, double seconds) {
            this(path, customers, contacts, findings, contactFindings, seconds, cpuSeconds() - CPU_MARK.get(),
                    gcSeconds() - GC_MARK.get());
        }

        /** Per cent of this path's wall time the JVM spent in collector pauses. */
        double gcShare() {
            return 100 * gc / seconds;
        }

        double rate() {
            return customers / seconds;
        }
    }

    static Result rules(CrmPolicy policy, PortfolioStream portfolio, int threads) {
        mark();
        AtomicLong findings = new AtomicLong();
        AtomicLong contactFindings = new AtomicLong();
        ProgressBar bar = new ProgressBar("rules  " + portfolio.size());
        long t0 = System.nanoTime();
        BatchSummary summary = policy.batch().withWorkers(threads).expecting(portfolio.size())
                .run(portfolio.iterator(), AS_OF, new BatchSink() {
                    @Override
                    public void findings(List<Finding> list) {
                        findings.addAndGet(list.size());
                        long cr = 0;
                        for (Finding f : list) {
                            char area = f.ruleId().value().charAt(0);
                            cr += area == 'C' || area == 'R' ? 1 : 0;
                        }
                        contactFindings.addAndGet(cr);
                    }

                    @Override
                    public void progress(BatchProgress progress) {
                        bar.show(progress);
                    }
                });
        double s = (System.nanoTime() - t0) / 1e9;
        bar.done();
        return new Result("rules-streaming", summary.customers(), summary.contacts(), findings.get(),
                contactFindings.get(), s);
    }

    static Result baseline(CrmPolicy policy, PortfolioStream portfolio, int threads) {
        mark();
        HandWrittenCompliance baseline = new HandWrittenCompliance(AS_OF, policy.zone(), policy.calendar(),
                policy.parameters());
        long t0 = System.nanoTime();
        int chunks = (portfolio.size() + 999) / 1000;
        AtomicLong findings = new AtomicLong();
        AtomicLong contacts = new AtomicLong();
        HandWrittenCompliance.Tally total = new HandWrittenCompliance.Tally();
        parallel(threads, chunks, c -> {
            HandWrittenCompliance.Tally tally = new HandWrittenCompliance.Tally();
            long f = 0;
            long k = 0;
            for (int i = c * 1000; i < Math.min(portfolio.size(), (c + 1) * 1000); i++) {
                CustomerContacts cc = portfolio.get(i);
                k += cc.contacts().size();
                long[] n = {0};
                baseline.customer(cc, tally, key -> n[0]++);
                f += n[0];
            }
            findings.addAndGet(f);
            contacts.addAndGet(k);
            synchronized (total) {
                total.add(tally);
            }
        });
        baseline.finish(total, key -> findings.incrementAndGet());
        return new Result("floor (hand-written)", portfolio.size(), contacts.get(), findings.get(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** The honest baseline: every C/R obligation in plain Java, the rules' findings, same threads and chunks. */
    static Result honest(CrmPolicy policy, PortfolioStream portfolio, int threads) {
        mark();
        HonestCompliance honest = new HonestCompliance(AS_OF, policy.zone(), policy.calendar(), policy.parameters());
        long t0 = System.nanoTime();
        int chunks = (portfolio.size() + 999) / 1000;
        AtomicLong findings = new AtomicLong();
        AtomicLong contacts = new AtomicLong();
        HonestCompliance.Tally total = new HonestCompliance.Tally();
        parallel(threads, chunks, c -> {
            HonestCompliance.Tally tally = new HonestCompliance.Tally();
            long[] f = {0};
            long k = 0;
            for (int i = c * 1000; i < Math.min(portfolio.size(), (c + 1) * 1000); i++) {
                CustomerContacts cc = portfolio.get(i);
                k += cc.contacts().size();
                honest.customer(cc, tally, finding -> f[0]++);
            }
            findings.addAndGet(f[0]);
            contacts.addAndGet(k);
            synchronized (total) {
                total.add(tally);
            }
        });
        honest.finish(total, finding -> findings.incrementAndGet());
        return new Result("honest baseline", portfolio.size(), contacts.get(), findings.get(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Naive: one compliance call per customer (a tiering session, an obligation session, a company round each). */
    static Result naive(CrmPolicy policy, PortfolioStream portfolio, int threads) {
        mark();
        long t0 = System.nanoTime();
        int chunks = (portfolio.size() + 99) / 100;
        AtomicLong findings = new AtomicLong();
        AtomicLong contacts = new AtomicLong();
        parallel(threads, chunks, c -> {
            for (int i = c * 100; i < Math.min(portfolio.size(), (c + 1) * 100); i++) {
                CustomerContacts cc = portfolio.get(i);
                List<Customer> one = List.of(cc.customer());
                List<Contact> log = cc.contacts();
                contacts.addAndGet(log.size());
                findings.addAndGet(policy.compliance(one, log, AS_OF).findings().size()
                        + policy.classify(cc.customer(), AS_OF).findings().size());
            }
        });
        return new Result("naive session/customer", portfolio.size(), contacts.get(), findings.get(),
                (System.nanoTime() - t0) / 1e9);
    }

    static Result generatorOnly(PortfolioStream portfolio, int threads) {
        mark();
        long t0 = System.nanoTime();
        AtomicLong contacts = new AtomicLong();
        int chunks = (portfolio.size() + 999) / 1000;
        parallel(threads, chunks, c -> {
            long k = 0;
            for (int i = c * 1000; i < Math.min(portfolio.size(), (c + 1) * 1000); i++) {
                k += portfolio.get(i).contacts().size();
            }
            contacts.addAndGet(k);
        });
        return new Result("generator only", portfolio.size(), contacts.get(), 0, (System.nanoTime() - t0) / 1e9);
    }

    static final java.util.concurrent.atomic.AtomicReference<Double> CPU_MARK = new java.util.concurrent.atomic.AtomicReference<>(0.0);

    static final java.util.concurrent.atomic.AtomicReference<Double> GC_MARK = new java.util.concurrent.atomic.AtomicReference<>(0.0);

    static void mark() {
        CPU_MARK.set(cpuSeconds());
        GC_MARK.set(gcSeconds());
    }

    /** Seconds of collector pauses so far (every collector's accumulated collection time). */
    static double gcSeconds() {
        long ms = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    /** CPU seconds this process used so far (all threads, GC and JIT included). */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static void parallel(int threads, int chunks, java.util.function.IntConsumer work) {
        AtomicLong next = new AtomicLong();
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                for (long c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                    work.accept((int) c);
                }
            });
            th.start();
            pool.add(th);
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        IntStream.empty();
    }

    /** A one-line progress bar on stderr: customers done, rate, ETA. */
    static final class ProgressBar {
        private final String label;
        private long lastShown;

        ProgressBar(String label) {
            this.label = label;
        }

        void show(BatchProgress p) {
            long now = System.nanoTime();
            if (now - lastShown < 2_000_000_000L) {
                return;
            }
            lastShown = now;
            double f = Math.max(0, p.fraction());
            int filled = (int) (f * 30);
            System.err.printf(Locale.ROOT, "\r%s [%s%s] %5.1f%% %,d customers %,.0f/s ETA %s   ", label,
                    "#".repeat(filled), ".".repeat(30 - filled), f * 100, p.customersDone(), p.customersPerSecond(),
                    p.eta() == null ? "?" : p.eta().toSeconds() + " s");
        }

        void done() {
            System.err.println();
        }
    }
}
