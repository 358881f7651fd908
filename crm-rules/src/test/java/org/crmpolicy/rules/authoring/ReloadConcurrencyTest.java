package org.crmpolicy.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.AuthoringFixtures.markerRule;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.crmpolicy.rules.tiers.Tiers;

/** Reloads swap the rule set atomically: every evaluation runs on exactly one rule set, old or new. */
class ReloadConcurrencyTest {

    /** More than one chunk of {@code Tiers.CHUNK}, so one call spans several rule sessions. */
    private static final int CUSTOMERS = Tiers.CHUNK + 200;
    private static final int EVALUATORS = 2;

    @TempDir
    Path hostRules;

    @Test
    void concurrentEvaluationsDuringReloadsEachSeeOneConsistentRuleSet() throws Exception {
        // given: rule set A serves, evaluators run without pause
        write(hostRules, "marker.drl", markerRule("A"));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(hostRules).build();
        List<Customer> customers = IntStream.range(0, CUSTOMERS)
                .mapToObj(i -> Fixtures.aContractedCustomer("C-" + i).build()).toList();
        ConcurrentLinkedQueue<Set<String>> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        CountDownLatch everyEvaluatorRanOnce = new CountDownLatch(EVALUATORS);
        ExecutorService pool = Executors.newFixedThreadPool(EVALUATORS);
        List<Future<?>> evaluators = new ArrayList<>();
        for (int t = 0; t < EVALUATORS; t++) {
            evaluators.add(pool.submit(() -> {
                do {
                    seen.add(ruleSetsSeen(policy.tiers().classifyAll(customers, Fixtures.AS_OF)));
                    everyEvaluatorRanOnce.countDown();
                } while (reloading.get());
                return null;
            }));
        }
        assertThat(everyEvaluatorRanOnce.await(5, TimeUnit.MINUTES)).isTrue();

        // when: the rule set is reloaded back and forth, ending on B
        for (String label : List.of("B", "A", "B")) {
            write(hostRules, "marker.drl", markerRule(label));
            policy.reload();
        }
        reloading.set(false);
        for (Future<?> f : evaluators) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // then: no evaluation mixed two rule sets, and the last reload serves
        assertThat(seen).isNotEmpty().allSatisfy(sets -> assertThat(sets).hasSize(1));
        assertThat(seen).contains(Set.of("rule set A"));
        assertThat(ruleSetsSeen(policy.tiers().classifyAll(customers, Fixtures.AS_OF))).containsExactly("rule set B");
    }

    @Test
    void aRejectedReloadDuringEvaluationsChangesNothing() throws Exception {
        // given
        write(hostRules, "marker.drl", markerRule("A"));
        CrmPolicy policy = CrmPolicy.builder().ruleDirectory(hostRules).build();
        List<Customer> customers = List.of(Fixtures.aKeyCustomer("C-1").build());
        write(hostRules, "marker.drl", markerRule("B").replace("T1 Every", "Every"));

        // when
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Set<String>> during = pool.submit(() -> ruleSetsSeen(policy.tiers().classifyAll(customers, Fixtures.AS_OF)));
        boolean rejected;
        try {
            policy.reload();
            rejected = false;
        } catch (RuleSetRejectedException e) {
            rejected = true;
        }
        Set<String> seenDuring = during.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        // then
        assertThat(rejected).isTrue();
        assertThat(seenDuring).containsExactly("rule set A");
        assertThat(ruleSetsSeen(policy.tiers().classifyAll(customers, Fixtures.AS_OF))).containsExactly("rule set A");
    }

    private static Set<String> ruleSetsSeen(List<TierDecision> decisions) {
        assertThat(decisions).hasSizeGreaterThan(0);
        return decisions.stream().flatMap(d -> d.findings("T1").stream()).map(f -> f.message())
                .collect(Collectors.toSet());
    }
}
