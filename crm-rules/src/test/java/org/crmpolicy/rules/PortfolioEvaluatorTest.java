package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.ChunkOutcome;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine-agnostic steps of a portfolio run (issue 17): evaluate customer by customer, merge in any grouping and
 * order, decide once; the same findings and company-wide statuses as the streaming batch.
 */
class PortfolioEvaluatorTest {

    static final Instant AS_OF = PortfolioBatchTest.AS_OF;

    static CrmPolicy policy;
    static List<CustomerContacts> portfolio;
    static PortfolioEvaluator evaluator;

    @BeforeAll
    static void buildPolicy() {
        policy = CrmPolicy.standard();
        portfolio = withCompanyWideContacts(PortfolioBatchTest.portfolio(60));
        evaluator = policy.batch().evaluator(AS_OF);
    }

    /** Adds GM phone calls to some strategic partners (C4), sales-staff IM (C10) and technical exchanges (C8). */
    static List<CustomerContacts> withCompanyWideContacts(List<CustomerContacts> base) {
        List<CustomerContacts> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            CustomerContacts cc = base.get(i);
            List<Contact> log = new ArrayList<>(cc.contacts());
            if (i % 3 == 2 && i % 4 == 2) {
                log.add(Contact.of(cc.customer().id().value() + "-gm", cc.customer().id(), "E-GM", ContactRole.GM,
                        Channel.PHONE, Purpose.ROUTINE, Instant.parse("2025-11-0" + (1 + i % 9) + "T03:00:00Z")));
            }
            if (i % 7 == 3) {
                log.add(Contact.of(cc.customer().id().value() + "-im", cc.customer().id(), "E-S", ContactRole.SALES_STAFF,
                        Channel.IM, Purpose.ROUTINE, Instant.parse("2025-11-1" + (i % 10) + "T03:00:00Z")));
            }
            if (i % 5 == 1) {
                log.add(Contact.of(cc.customer().id().value() + "-tx", cc.customer().id(), "E-S", ContactRole.SALES_STAFF,
                        Channel.MEETING, Purpose.TECHNICAL_EXCHANGE, Instant.parse("2025-0" + (1 + i % 9) + "-15T03:00:00Z")));
            }
            out.add(CustomerContacts.of(cc.customer(), log));
        }
        return out;
    }

    @Test
    void evaluatingCustomerByCustomerMergingInAnyOrderAndDecidingOnceEqualsTheStreamingBatch() {
        // given
        List<Finding> batchFindings = new ArrayList<>();
        BatchSummary batch = policy.batch().withChunkSize(7).withWorkers(2).run(portfolio.iterator(), AS_OF,
                new BatchSink() {
                    @Override
                    public void findings(List<Finding> findings) {
                        batchFindings.addAll(findings);
                    }
                });

        // when
        List<Finding> findings = new ArrayList<>();
        List<Contributions> parts = new ArrayList<>();
        for (CustomerContacts cc : portfolio) {
            ChunkOutcome out = evaluator.evaluate(cc);
            findings.addAll(out.findings());
            parts.add(out.contributions());
        }
        Collections.shuffle(parts, new Random(17));
        Contributions all = Contributions.none();
        for (Contributions part : parts) {
            all = evaluator.merge(part, all);
        }
        var company = evaluator.decide(all);
        findings.addAll(company.findings());

        // then
        assertThat(company.statuses()).isNotEmpty().isEqualTo(batch.companyStatuses());
        assertThat(company.findings()).isEqualTo(batch.companyFindings());
        assertThat(sorted(findings)).isEqualTo(sorted(batchFindings));
    }

    @Test
    void mergeIsCommutativeAndAssociativeWithNoneAsIdentity() {
        // given: three groups of customers, each with company-wide candidates
        Contributions a = evaluator.evaluate(portfolio.subList(0, 20)).contributions();
        Contributions b = evaluator.evaluate(portfolio.subList(20, 40)).contributions();
        Contributions c = evaluator.evaluate(portfolio.subList(40, 60)).contributions();
        assertThat(a.byObligation()).isNotEmpty();
        assertThat(b.byObligation()).isNotEmpty();

        // then
        assertThat(evaluator.merge(a, b)).isEqualTo(evaluator.merge(b, a));
        assertThat(evaluator.merge(a, evaluator.merge(b, c))).isEqualTo(evaluator.merge(evaluator.merge(a, b), c));
        assertThat(evaluator.merge(a, Contributions.none())).isEqualTo(a);
        assertThat(evaluator.merge(Contributions.none(), a)).isEqualTo(a);
        // evaluated in other groups, the parts hold other surplus candidates, but decide the same
        assertThat(evaluator.decide(evaluator.merge(evaluator.merge(a, b), c)))
                .isEqualTo(evaluator.decide(evaluator.evaluate(portfolio).contributions()));
    }

    @Test
    void contributionsCutByObligationMergeBackToTheWhole() {
        // given
        Contributions whole = evaluator.evaluate(portfolio).contributions();

        // when
        Contributions again = Contributions.none();
        for (Contributions part : whole.byObligationKey().values()) {
            again = evaluator.merge(again, part);
        }

        // then
        assertThat(whole.byObligationKey()).hasSizeGreaterThan(1);
        assertThat(again).isEqualTo(whole);
    }

    @Test
    void contributionsSurviveJavaSerializationAndDecideTheSame() throws Exception {
        // given
        Contributions whole = evaluator.evaluate(portfolio).contributions();

        // when
        Contributions copy = roundTrip(whole);

        // then
        assertThat(copy).isEqualTo(whole);
        assertThat(copy.dataFrom()).isEqualTo(whole.dataFrom());
        assertThat(evaluator.decide(copy).statuses()).isEqualTo(evaluator.decide(whole).statuses());
        assertThat(roundTrip(Contributions.none()).isEmpty()).isTrue();
    }

    @Test
    void aContributionsToStringNamesNoPersonAndNoContact() {
        Contributions whole = evaluator.evaluate(portfolio).contributions();

        assertThat(whole.toString()).doesNotContain("E-GM", "E-S", "B-");
    }

    @Test
    void anEvaluatorRefusesAnAsOfOutsideTheSupportedRangeNamingTheParameter() {
        assertThatThrownBy(() -> policy.batch().evaluator(Instant.parse("1800-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> policy.batch().evaluator(null)).hasMessageContaining("asOf");
    }

    private static Contributions roundTrip(Contributions c) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Contributions) in.readObject();
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(ComplianceReport.findingOrder().thenComparing(f -> f.severity() + " " + f.evidence() + " " + f.responsible() + " " + f.due()));
        return copy;
    }
}
