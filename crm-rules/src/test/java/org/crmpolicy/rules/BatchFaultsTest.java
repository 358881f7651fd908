package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, batch faults: a sink that throws, an input iterator that throws, a worker whose evaluation throws. The
 * run stops with the original exception (itself or as the cause), leaves no worker thread running and does not hang.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BatchFaultsTest {

    private static final int CUSTOMERS = 5_000;

    @TempDir
    Path hostRules;

    @Test
    void aSinkThatThrowsStopsTheRunWithItsException() {
        RuntimeException boom = new IllegalStateException("sink is full");
        BatchSink sink = new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                throw boom;
            }
        };
        assertThatThrownBy(() -> Fixtures.policy().batch().withChunkSize(100).withWorkers(2)
                .run(portfolio("C-").iterator(), Fixtures.AS_OF, sink))
                .satisfies(e -> assertThat(chain(e)).contains(boom));
        awaitNoWorkerRunning();
    }

    @Test
    void anInputIteratorThatThrowsStopsTheRunWithItsException() {
        RuntimeException boom = new IllegalStateException("database connection lost");
        Iterator<CustomerContacts> input = new Iterator<>() {
            private final Iterator<CustomerContacts> delegate = portfolio("C-").iterator();
            private int read;

            @Override
            public boolean hasNext() {
                return delegate.hasNext();
            }

            @Override
            public CustomerContacts next() {
                if (++read == 1_500) {
                    throw boom;
                }
                return delegate.next();
            }
        };
        assertThatThrownBy(() -> Fixtures.policy().batch().withChunkSize(100).withWorkers(2)
                .run(input, Fixtures.AS_OF, new BatchSink() { }))
                .satisfies(e -> assertThat(chain(e)).contains(boom));
        awaitNoWorkerRunning();
    }

    @Test
    void aWorkerWhoseEvaluationThrowsStopsTheRunWithTheCause() {
        // a host rule that compiles, passes the reload smoke test, and throws for one customer of the portfolio
        AuthoringFixtures.write(hostRules, "boom.drl", AuthoringFixtures.drl("""
                rule "T1 Customer BOOM-2345 breaks the evaluation"
                when
                    $c : Customer( id.value() == "BOOM-2345" )
                then
                    if (true) throw new IllegalStateException("worker failure for " + $c.id().value());
                end
                """));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(hostRules).build();
        assertThatThrownBy(() -> policy.batch().withChunkSize(100).withWorkers(2)
                .run(portfolio("BOOM-").iterator(), Fixtures.AS_OF, new BatchSink() { }))
                .satisfies(e -> assertThat(chain(e)).anySatisfy(t -> assertThat(t.getMessage())
                        .contains("worker failure for BOOM-2345")))
                .satisfies(e -> assertThat(chain(e)).noneMatch(t -> t.getClass().getName().startsWith("org.kie")
                        || t.getClass().getName().startsWith("org.drools")));
        awaitNoWorkerRunning();
    }

    private static List<CustomerContacts> portfolio(String prefix) {
        return IntStream.range(0, CUSTOMERS)
                .mapToObj(i -> CustomerContacts.of(Fixtures.aContractedCustomer(prefix + i).build(), List.of())).toList();
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        for (Throwable t = e; t != null && !out.contains(t); t = t.getCause()) {
            out.add(t);
        }
        return out;
    }

    private static void awaitNoWorkerRunning() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<String> alive;
        do {
            alive = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("crmpolicy-batch-")).toList();
            if (alive.isEmpty()) {
                return;
            }
            Thread.onSpinWait();
        } while (System.nanoTime() < until);
        assertThat(alive).as("batch worker threads still running").isEmpty();
    }
}
