package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.markerRule;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, concurrency and reload under load: 8 threads evaluate one policy while another thread reloads a valid
 * rule directory, then a broken one (a syntax error), then one that compiles but throws when it runs. Zero errors;
 * every result identical to a single-threaded run on the same rule-set version; the syntax error refused with a
 * {@code file:line} problem, the throwing rule refused by the smoke test naming its cause; the last good rules
 * still serving.
 */
class ReloadUnderLoadTest {

    private static final int THREADS = 8;

    @TempDir
    Path served;
    @TempDir
    Path referenceA;
    @TempDir
    Path referenceB;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightThreadsSeeOnlyWholeRuleSetsWhileValidAndBrokenDirectoriesAreReloaded() throws Exception {
        // given: one policy serving rule set A; references from single-threaded runs on A and on B
        List<Customer> customers = IntStream.range(0, 40).mapToObj(i -> switch (i % 4) {
            case 0 -> Fixtures.aKeyCustomer("C-" + i).build();
            case 1 -> Fixtures.aStrategicPartner("C-" + i).build();
            case 2 -> Fixtures.aGeneralCustomer("C-" + i).build();
            default -> Fixtures.aProspect("C-" + i).build();
        }).toList();
        List<Contact> contacts = IntStream.range(0, 40).mapToObj(i -> Contact.of("K-" + i, customers.get(i % 40).id(),
                "P-" + i % 7, ContactRole.values()[i % ContactRole.values().length], Channel.values()[i % Channel.values().length],
                Purpose.ROUTINE, Fixtures.AS_OF.minusSeconds(3_600L * (i + 1)))).toList();
        write(served, "marker.drl", markerRule("A"));
        write(referenceA, "marker.drl", markerRule("A"));
        write(referenceB, "marker.drl", markerRule("B"));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(served).build();
        Result a = Result.of(CrmPolicy.builder().ruleDirectory(referenceA).build(), customers, contacts);
        Result b = Result.of(CrmPolicy.builder().ruleDirectory(referenceB).build(), customers, contacts);
        assertThat(a).isNotEqualTo(b);

        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong evaluations = new AtomicLong();
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        Result r = Result.of(policy, customers, contacts);
                        evaluations.incrementAndGet();
                        if (!r.equals(a) && !r.equals(b)) {
                            mismatches.add("an evaluation equal to neither single-threaded run: " + r.marker());
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }));
        }
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();

        // when: valid B, then a syntax error, then a rule that throws when it runs
        write(served, "marker.drl", markerRule("B"));
        policy.reload();
        write(served, "marker.drl", markerRule("C").replace("then", "then )"));
        assertThatThrownBy(policy::reload).isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems())
                        .anySatisfy(p -> assertThat(p.toString()).containsPattern("marker\\.drl:\\d+")));
        write(served, "marker.drl", markerRule("D").replace("insert(", "if (true) throw new IllegalStateException(\"boom\"); insert("));
        assertThatThrownBy(policy::reload).isInstanceOf(RuleSetRejectedException.class)
                .satisfies(e -> assertThat(((RuleSetRejectedException) e).problems())
                        // the smoke test traces the firing rule: the problem names its file, line and the cause
                        .anySatisfy(p -> {
                            assertThat(p.file()).endsWith("marker.drl");
                            assertThat(p.line()).isPositive();
                            assertThat(p.message()).contains("throws when it runs").contains("boom");
                        }));
        long before = evaluations.get();
        while (evaluations.get() < before + 4L * THREADS) {
            Thread.sleep(20);
        }
        running.set(false);
        for (Future<?> f : workers) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // then
        assertThat(errors).isEmpty();
        assertThat(mismatches).isEmpty();
        assertThat(Result.of(policy, customers, contacts)).isEqualTo(b);
        System.out.println("reload under load: " + THREADS + " threads x " + evaluations.get()
                + " evaluations (classifyAll 40 + compliance 40/40), 1 accepted + 2 refused reloads, 0 mismatches");
    }

    /** What one evaluation gives: the tier decisions and the compliance report. */
    record Result(List<TierDecision> decisions, ComplianceReport report) {
        static Result of(CrmPolicy policy, List<Customer> customers, List<Contact> contacts) {
            return new Result(policy.tiers().classifyAll(customers, Fixtures.AS_OF),
                    policy.compliance(customers, contacts, Fixtures.AS_OF));
        }

        String marker() {
            return decisions.stream().flatMap(d -> d.findings("T1").stream()).map(f -> f.message()).distinct().toList().toString();
        }
    }
}
