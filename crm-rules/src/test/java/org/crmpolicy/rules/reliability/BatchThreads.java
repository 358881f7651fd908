package org.crmpolicy.rules.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The batch's worker threads ({@code crmpolicy-batch-N}) that are still alive. */
final class BatchThreads {

    private BatchThreads() {
    }

    static List<String> alive() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("crmpolicy-batch-")).toList();
    }

    /** Waits up to 5 s for the batch workers to end, then fails naming those still running. */
    static void awaitNoneRunning() {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!alive().isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertThat(alive()).as("batch worker threads still running").isEmpty();
    }
}
