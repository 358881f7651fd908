package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.rules.batch.CompanyPeriod;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.crmpolicy.rules.obligations.CompanyWideDecision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Company-wide obligations decided period by period (issue 17, streaming): contributions cut by (obligation, period),
 * each period decided on its own equals the decision over the whole portfolio; a contact that comes after its period
 * was decided makes the late-record finding and never a new status.
 */
class PortfolioEvaluatorPeriodsTest {

    static final Instant AS_OF = PortfolioBatchTest.AS_OF;

    static List<CustomerContacts> portfolio;
    static PortfolioEvaluator evaluator;

    @BeforeAll
    static void buildPolicy() {
        portfolio = PortfolioEvaluatorTest.withCompanyWideContacts(PortfolioBatchTest.portfolio(60));
        evaluator = CrmPolicy.standard().batch().evaluator(AS_OF);
    }

    @Test
    void everyCompanyWideObligationHasThePeriodBeforeAsOfAndThePeriodContainingIt() {
        List<CompanyPeriod> periods = evaluator.companyPeriods();

        assertThat(periods).extracting(CompanyPeriod::key).doesNotHaveDuplicates()
                .contains("C4/GM/COMPANY_WIDE @ 2025-10", "C4/GM/COMPANY_WIDE @ 2025-11");
        assertThat(periods).allSatisfy(p -> assertThat(p.period().start()).isBefore(p.period().end()));
        assertThat(periods.stream().filter(p -> p.period().kind() == PeriodKind.MONTH)
                .filter(p -> p.period().isClosedAt(AS_OF))).isNotEmpty();
    }

    @Test
    void eachPeriodDecidedOnItsOwnPartsEqualsTheDecisionOverTheWholePortfolio() {
        // given: every customer's contributions cut by period, shuffled
        List<Map.Entry<CompanyPeriod, Contributions>> parts = new ArrayList<>();
        Set<Finding> sessionFindings = new LinkedHashSet<>();
        Contributions whole = Contributions.none();
        for (CustomerContacts cc : portfolio) {
            Contributions c = evaluator.evaluate(cc).contributions();
            whole = evaluator.merge(whole, c);
            sessionFindings.addAll(c.findings());
            parts.addAll(evaluator.byPeriod(c).entrySet());
        }
        Collections.shuffle(parts, new Random(17));

        // when: each period merged and decided on its own
        List<ObligationStatus> statuses = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(sessionFindings);
        for (CompanyPeriod p : evaluator.companyPeriods()) {
            Contributions merged = Contributions.none();
            for (Map.Entry<CompanyPeriod, Contributions> e : parts) {
                if (e.getKey().equals(p)) {
                    merged = evaluator.merge(e.getValue(), merged);
                }
            }
            CompanyWideDecision d = evaluator.decide(p, merged);
            assertThat(d.statuses()).hasSizeLessThanOrEqualTo(1)
                    .allSatisfy(s -> assertThat(s.obligation().key()).isEqualTo(p.obligationKey()));
            statuses.addAll(d.statuses());
            findings.addAll(d.findings());
        }

        // then
        CompanyWideDecision all = evaluator.decide(whole);
        assertThat(all.statuses()).isNotEmpty();
        assertThat(statuses).containsExactlyInAnyOrderElementsOf(all.statuses());
        findings.sort(ComplianceReport.findingOrder());
        assertThat(findings).isEqualTo(all.findings());
    }

    @Test
    void aContactThatComesAfterItsPeriodWasDecidedMakesTheLateFindingAndTheStatusStays() {
        // given: October is decided over the portfolio (C4: a GM call to a strategic partner a month)
        CompanyPeriod october = period("C4/GM/COMPANY_WIDE @ 2025-10");
        Contributions decided = Contributions.none();
        for (CustomerContacts cc : portfolio) {
            decided = evaluator.merge(decided, evaluator.byPeriod(evaluator.evaluate(cc).contributions()).get(october));
        }
        ObligationStatus published = evaluator.decide(october, decided).statuses().get(0);
        Instant decidedAt = october.period().end().plusSeconds(6 * 3600);
        CustomerContacts partner = strategicPartner();

        // when: a GM call of October 30 (recorded on time) reaches the engine after the decision
        Contact call = Contact.of("LATE-GM-1", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-10-30T03:00:00Z"));
        Contributions late = evaluator.byPeriod(evaluator.evaluate(withContact(partner, call)).contributions())
                .get(october);
        List<Finding> found = evaluator.lateFindings(october, decided, late, decidedAt);

        // then: the late-record finding naming the call; the published status is what it was
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("C4");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.subjectId()).isEqualTo(ObligationStatus.COMPANY);
            assertThat(f.message()).contains("recorded only after the period closed").contains("LATE-GM-1");
            assertThat(f.evidence()).containsEntry("period", "2025-10");
        });
        assertThat(evaluator.decide(october, decided).statuses()).containsExactly(published);
    }

    @Test
    void aLateContactThatWouldNotHaveCountedInThePeriodMakesNoFinding() {
        // given
        CompanyPeriod october = period("C4/GM/COMPANY_WIDE @ 2025-10");
        CustomerContacts partner = strategicPartner();
        // made on November 1, Shanghai time: a candidate of October's part (its evidence range), outside the period
        Contact call = Contact.of("LATE-GM-2", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-11-01T03:00:00Z"));
        Contributions late = evaluator.byPeriod(evaluator.evaluate(withContact(partner, call)).contributions())
                .get(october);
        assertThat(late.byObligation()).isNotEmpty();

        // then
        assertThat(evaluator.lateFindings(october, Contributions.none(), late, october.period().end())).isEmpty();
    }

    @Test
    void aLateContactInAPeriodAlreadyMetStillMakesTheLateFinding() {
        // given: October met by a call on time
        CompanyPeriod october = period("C4/GM/COMPANY_WIDE @ 2025-10");
        CustomerContacts partner = strategicPartner();
        Contact onTime = Contact.of("GM-ON-TIME", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-10-10T03:00:00Z"));
        Contributions decided = evaluator.byPeriod(evaluator.evaluate(withContact(partner, onTime)).contributions())
                .get(october);
        assertThat(evaluator.decide(october, decided).statuses()).singleElement()
                .extracting(ObligationStatus::state).isEqualTo(ObligationState.MET);
        Contact late = Contact.of("GM-LATE", partner.customer().id(), "E-GM", ContactRole.GM, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-10-20T03:00:00Z"));
        Contributions after = evaluator.byPeriod(evaluator.evaluate(withContact(partner, late)).contributions())
                .get(october);

        // then
        assertThat(evaluator.lateFindings(october, decided, after, october.period().end()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("GM-LATE").doesNotContain("GM-ON-TIME"));
    }

    @Test
    void decidingAPeriodTheEvaluatorDoesNotDecideIsRefusedNamingIt() {
        CompanyPeriod october = period("C4/GM/COMPANY_WIDE @ 2025-10");
        CompanyPeriod earlier = new CompanyPeriod(october.obligationKey(), october.period().previous());

        assertThatThrownBy(() -> evaluator.decide(earlier, Contributions.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C4/GM/COMPANY_WIDE @ 2025-09");
        assertThatThrownBy(() -> evaluator.lateFindings(october, Contributions.none(), Contributions.none(),
                october.period().end().minusSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("decidedAt");
    }

    static CompanyPeriod period(String key) {
        return evaluator.companyPeriods().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    /** A strategic partner of the portfolio, without its own contacts. */
    static CustomerContacts strategicPartner() {
        for (CustomerContacts cc : portfolio) {
            ChunkProbe probe = new ChunkProbe(cc);
            if (probe.isStrategicPartner()) {
                return CustomerContacts.of(cc.customer(), List.of());
            }
        }
        throw new IllegalStateException("the test portfolio has no strategic partner");
    }

    static CustomerContacts withContact(CustomerContacts cc, Contact c) {
        List<Contact> log = new ArrayList<>(cc.contacts());
        log.add(c);
        return CustomerContacts.of(cc.customer(), log);
    }

    /** Whether the rules tier a customer STRATEGIC_PARTNER as of the evaluator's instant. */
    record ChunkProbe(CustomerContacts cc) {
        boolean isStrategicPartner() {
            return evaluator.evaluate(CustomerContacts.of(cc.customer(), List.of())).tiers()
                    .containsKey(org.crmpolicy.customer.Tier.STRATEGIC_PARTNER);
        }
    }
}
