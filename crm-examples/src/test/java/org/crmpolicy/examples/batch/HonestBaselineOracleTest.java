package org.crmpolicy.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.baseline.HonestCompliance;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.examples.portfolio.SampleContacts;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The honest baseline (plain Java, same explanations) and the streaming rules give the same C1–C11 and R1–R6
 * findings — rule, subject, severity, message with its "still needed" wording, evidence, responsible, due — for
 * every customer of a generated portfolio with purchases (C6) and complaints (R1), and for the company-wide rows.
 */
class HonestBaselineOracleTest {

    static final Instant AS_OF = Instant.parse("2025-11-28T02:00:00Z");   // Friday 10:00 Asia/Shanghai
    static final LocalDate AS_OF_DAY = LocalDate.of(2025, 11, 28);
    static final int CUSTOMERS = 10_000;
    static final Set<String> COMPARED = Set.of("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11",
            "R1", "R2", "R3", "R4", "R5", "R6");

    static CrmPolicy policy;
    static List<CustomerContacts> portfolio;

    @BeforeAll
    static void portfolio() {
        policy = CrmPolicy.standard();
        HonestCompliance tiering = honest();
        PortfolioStream stream = PortfolioStream.of(42L, CUSTOMERS, AS_OF_DAY, policy.zone());
        SampleContacts samples = SampleContacts.of(42L, AS_OF_DAY, policy.zone());
        portfolio = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerContacts cc = stream.get(i);
            Customer c = cc.customer();
            List<CustomerEvent> events = new ArrayList<>(samples.events(c, tiering.tier(c)));
            if (i % 7 == 0) {
                // a complaint some days ago: this year (an R1 window open now) or last year (closed, not reported)
                Instant at = AS_OF_DAY.minusDays(1 + (i / 7) % 400).atTime(9, 30).atZone(policy.zone()).toInstant();
                events.add(CustomerEvent.of("CP-" + c.id(), c.id(), CustomerEvent.Kind.COMPLAINT, at));
            }
            portfolio.add(new CustomerContacts(c, cc.contacts(), events));
        }
    }

    static HonestCompliance honest() {
        return new HonestCompliance(AS_OF, policy.zone(), policy.calendar(), policy.parameters());
    }

    @Test
    void honestBaselineAndRulesGiveTheSameContactFindingsForTenThousandCustomers() {
        // given
        List<Finding> byRules = new ArrayList<>();
        BatchSink sink = new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                for (Finding f : findings) {
                    if (COMPARED.contains(f.ruleId().value())) {
                        byRules.add(f);
                    }
                }
            }
        };
        HonestCompliance honest = honest();
        List<Finding> byHonest = new ArrayList<>();
        Map<Tier, Long> honestTiers = new EnumMap<>(Tier.class);

        // when
        BatchSummary summary = policy.batch().run(portfolio.iterator(), AS_OF, sink);
        // two threads, each with its own tally, merged: as a host would run it
        HonestCompliance.Tally tally = new HonestCompliance.Tally();
        List<Thread> threads = new ArrayList<>();
        List<Half> halves = List.of(new Half(0, CUSTOMERS / 2), new Half(CUSTOMERS / 2, CUSTOMERS));
        for (Half h : halves) {
            Thread t = new Thread(() -> {
                for (int i = h.from; i < h.to; i++) {
                    h.tiers.merge(honest.customer(portfolio.get(i), h.tally, h.findings::add), 1L, Long::sum);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            join(t);
        }
        for (Half h : halves) {
            tally.add(h.tally);
            byHonest.addAll(h.findings);
            h.tiers.forEach((t, n) -> honestTiers.merge(t, n, Long::sum));
        }
        honest.finish(tally, byHonest::add);

        // then
        assertThat(summary.customers()).isEqualTo(CUSTOMERS);
        List<Finding> onlyRules = minus(byRules, byHonest);
        List<Finding> onlyHonest = minus(byHonest, byRules);
        if (!onlyRules.isEmpty() || !onlyHonest.isEmpty()) {
            System.out.println(firstDifferences(onlyRules, onlyHonest, 20));
        }
        assertThat(onlyRules).as("findings of the rules the honest baseline does not give").isEmpty();
        assertThat(onlyHonest).as("findings of the honest baseline the rules do not give").isEmpty();
        assertThat(byHonest).hasSameSizeAs(byRules);
        Map<Tier, Long> rulesTiers = new EnumMap<>(Tier.class);
        summary.tiers().forEach((t, m) -> rulesTiers.put(t, m.customers()));
        assertThat(honestTiers).isEqualTo(rulesTiers);
        // the comparison is not vacuous: every kind of obligation and outcome meets it
        assertThat(byHonest).extracting(f -> f.ruleId().value())
                .contains("C1", "C2", "C3", "C5", "C6", "C7", "C9", "C11", "R1", "R2", "R3", "R4", "R6");
        assertThat(byHonest).extracting(Finding::severity)
                .contains(Severity.VIOLATION, Severity.WARNING, Severity.INFO);
        assertThat(byHonest).filteredOn(f -> f.subjectId().equals("COMPANY")).isNotEmpty();
        assertThat(byHonest).filteredOn(f -> f.ruleId().value().equals("C7") && f.severity() == Severity.VIOLATION)
                .isNotEmpty();
    }

    /** The customers {@code from} (inclusive) to {@code to} of one thread, with what it found. */
    record Half(int from, int to, HonestCompliance.Tally tally, List<Finding> findings, Map<Tier, Long> tiers) {
        Half(int from, int to) {
            this(from, to, new HonestCompliance.Tally(), new ArrayList<>(), new EnumMap<>(Tier.class));
        }
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code a} without one occurrence of each finding of {@code b} (a multiset difference). */
    static List<Finding> minus(List<Finding> a, List<Finding> b) {
        Map<Finding, Integer> left = new HashMap<>();
        b.forEach(f -> left.merge(f, 1, Integer::sum));
        List<Finding> rest = new ArrayList<>();
        for (Finding f : a) {
            Integer n = left.get(f);
            if (n == null || n == 0) {
                rest.add(f);
            } else {
                left.put(f, n - 1);
            }
        }
        return rest;
    }

    /** The first {@code max} differing findings, side by side by rule, subject and period. */
    static String firstDifferences(List<Finding> onlyRules, List<Finding> onlyHonest, int max) {
        Map<String, List<String>> bySlot = new TreeMap<>();
        for (Finding f : onlyRules) {
            bySlot.computeIfAbsent(slot(f), k -> new ArrayList<>()).add("  rules : " + line(f));
        }
        for (Finding f : onlyHonest) {
            bySlot.computeIfAbsent(slot(f), k -> new ArrayList<>()).add("  honest: " + line(f));
        }
        StringBuilder text = new StringBuilder(onlyRules.size() + " findings only from the rules, " + onlyHonest.size()
                + " only from the honest baseline; the first " + Math.min(max, bySlot.size()) + " of "
                + bySlot.size() + " differing slots:\n");
        Iterator<Map.Entry<String, List<String>>> it = bySlot.entrySet().iterator();
        for (int i = 0; i < max && it.hasNext(); i++) {
            Map.Entry<String, List<String>> e = it.next();
            text.append(e.getKey()).append('\n');
            e.getValue().forEach(l -> text.append(l).append('\n'));
        }
        return text.toString();
    }

    private static String slot(Finding f) {
        return f.ruleId().value() + " " + f.subjectId() + " " + f.evidence().get("period");
    }

    private static String line(Finding f) {
        return f.severity() + " " + f.message() + " " + f.evidence() + " responsible=" + f.responsible() + " due="
                + f.due();
    }

}
