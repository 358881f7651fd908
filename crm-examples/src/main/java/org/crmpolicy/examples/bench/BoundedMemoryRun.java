package org.crmpolicy.examples.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;

/**
 * A streaming run over a generated portfolio, meant for a small heap ({@code -Xmx}): proves that memory is bounded by
 * the chunks in flight, not by the portfolio. Prints one line {@code customers=N contacts=N findings=N
 * peakHeapMb=N maxHeapMb=N seconds=S}; an {@link OutOfMemoryError} ends the JVM with a non-zero status.
 * Argument: the number of customers (default 200000).
 */
public final class BoundedMemoryRun {

    private BoundedMemoryRun() {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        CrmPolicy policy = CrmPolicy.standard();
        PortfolioStream portfolio = PortfolioStream.of(42L, customers, BatchBench.AS_OF_DAY, policy.zone());
        long[] findings = {0};
        BatchSummary summary = policy.batch().expecting(customers).run(portfolio.iterator(), BatchBench.AS_OF,
                new BatchSink() {
                    @Override
                    public void findings(List<Finding> list) {
                        findings[0] += list.size();
                    }
                });
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "customers=%d contacts=%d findings=%d peakHeapMb=%d maxHeapMb=%d seconds=%.1f%n",
                summary.customers(), summary.contacts(), findings[0], peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, summary.elapsed().toMillis() / 1000.0);
    }
}
