package org.crmpolicy.examples.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.baseline.HandWrittenCompliance;
import org.crmpolicy.examples.baseline.HandWrittenCompliance.Key;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hand-written baseline and the rules agree on tiers and on every C1–C5 finding of a generated portfolio. */
class BaselineOracleTest {

    static final Instant AS_OF = Instant.parse("2025-11-28T02:00:00Z");   // Friday 10:00 Asia/Shanghai
    static final int CUSTOMERS = 10_000;
    static final Set<String> COMPARED = Set.of("C1", "C2", "C3", "C4", "C5");

    static CrmPolicy policy;
    static PortfolioStream portfolio;

    @BeforeAll
    static void policy() {
        policy = CrmPolicy.standard();
        portfolio = PortfolioStream.of(42L, CUSTOMERS, LocalDate.of(2025, 11, 28), policy.zone());
    }

    static HandWrittenCompliance baseline() {
        return new HandWrittenCompliance(AS_OF, policy.zone(), policy.calendar(), policy.parameters());
    }

    @Test
    void baselineAndRulesAgreeOnEveryC1ToC5FindingOfTenThousandCustomers() {
        // given
        Set<Key> byRules = new HashSet<>();
        List<Key> byRulesList = new ArrayList<>();
        BatchSink sink = new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                for (Finding f : findings) {
                    if (COMPARED.contains(f.ruleId().value())) {
                        Key k = new Key(f.ruleId().value(), f.subjectId(), f.severity(), f.evidence().get("period"));
                        byRules.add(k);
                        byRulesList.add(k);
                    }
                }
            }
        };
        HandWrittenCompliance baseline = baseline();
        HandWrittenCompliance.Tally tally = new HandWrittenCompliance.Tally();
        List<Key> byBaseline = new ArrayList<>();
        Map<Tier, Long> baselineTiers = new EnumMap<>(Tier.class);

        // when
        BatchSummary summary = policy.batch().run(portfolio.iterator(), AS_OF, sink);
        for (CustomerContacts cc : portfolio) {
            baselineTiers.merge(baseline.customer(cc, tally, byBaseline::add), 1L, Long::sum);
        }
        baseline.finish(tally, byBaseline::add);

        // then
        assertThat(summary.customers()).isEqualTo(CUSTOMERS);
        assertThat(byRulesList).doesNotHaveDuplicates();
        assertThat(byBaseline).doesNotHaveDuplicates();
        assertThat(byRules).containsExactlyInAnyOrderElementsOf(byBaseline);
        assertThat(byBaseline).extracting(Key::ruleId).contains("C1", "C2", "C3", "C5");
        assertThat(byBaseline).extracting(Key::severity).contains(
                org.crmpolicy.finding.Severity.VIOLATION, org.crmpolicy.finding.Severity.WARNING,
                org.crmpolicy.finding.Severity.INFO);
        Map<Tier, Long> rulesTiers = new EnumMap<>(Tier.class);
        summary.tiers().forEach((t, m) -> rulesTiers.put(t, m.customers()));
        assertThat(rulesTiers).isEqualTo(baselineTiers);
    }

    @Test
    void baselineTiersEqualTheTieringRulesCustomerByCustomer() {
        // given
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            customers.add(portfolio.get(i).customer());
        }
        HandWrittenCompliance baseline = baseline();

        // when
        List<TierDecision> decisions = policy.tiers().classifyAll(customers, AS_OF);

        // then
        for (int i = 0; i < customers.size(); i++) {
            assertThat(baseline.tier(customers.get(i))).as(customers.get(i).id().value()).isEqualTo(decisions.get(i).tier());
        }
        assertThat(decisions).extracting(TierDecision::tier).contains(Tier.values());
    }
}
