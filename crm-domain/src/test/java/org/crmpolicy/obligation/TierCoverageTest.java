package org.crmpolicy.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.obligation.PeriodKindTest.SHANGHAI;
import static org.crmpolicy.obligation.PeriodKindTest.at;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.RoleHolders;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.junit.jupiter.api.Test;

/** M1 per tier: interaction frequency, revisit coverage, and each obligation per responsible role. */
class TierCoverageTest {

    private static final ContactObligation C1 = ContactObligation.of("C1", "BU head phones weekly")
            .by(ContactRole.BU_HEAD).forTiers(Tier.KEY).per(PeriodKind.ISO_WEEK).atLeast(1).via(Channel.PHONE);
    private static final ContactObligation C5 = ContactObligation.of("C5", "Sales revisits quarterly")
            .by(ContactRole.SALES_STAFF).forTiers(Tier.KEY).per(PeriodKind.QUARTER).atLeast(1).via(Channel.PHONE);
    private static final Instant MONDAY = at("2025-11-24T10:00");
    private static final CustomerId K1 = CustomerId.of("K-1");
    private static final CustomerId K2 = CustomerId.of("K-2");

    private static Contact contact(String id, CustomerId customer, ContactRole role, Purpose purpose, String when) {
        return Contact.of(id, customer, "E-1", role, Channel.PHONE, purpose, at(when));
    }

    private static ObligationStatus assess(ContactObligation o, CustomerId customer, List<Contact> log) {
        Period period = o.periodKind().containing(MONDAY, SHANGHAI);
        return o.assess(customer, period, period, period.end(), log,
                new AssessmentContext(MONDAY, null, SHANGHAI, RoleHolders.asRecorded()), null);
    }

    @Test
    void coverageGivesInteractionFrequencyRevisitCoverageAndEachObligationPerTierAndRole() {
        // given two key customers, one phoned and revisited this week
        List<Contact> k1 = List.of(contact("A", K1, ContactRole.BU_HEAD, Purpose.ROUTINE, "2025-11-24T09:00"),
                contact("B", K1, ContactRole.SALES_STAFF, Purpose.REVISIT, "2025-11-24T09:30"));
        List<CustomerCompliance> customers = List.of(
                new CustomerCompliance(K1, Tier.KEY, List.of(assess(C1, K1, k1), assess(C5, K1, k1))),
                new CustomerCompliance(K2, Tier.KEY, List.of(assess(C1, K2, List.of()), assess(C5, K2, List.of()))));

        // when
        List<TierCoverage> coverage = TierCoverage.of(customers, Map.of(K1, k1), MONDAY, null, SHANGHAI);

        // then
        TierCoverage keyTier = coverage.stream().filter(c -> c.tier() == Tier.KEY).findFirst().orElseThrow();
        assertThat(keyTier.customers()).isEqualTo(2);
        assertThat(keyTier.interactionFrequency()).isEqualTo(1.0);
        assertThat(keyTier.revisitCoverage()).isEqualTo(0.5);
        ObligationCoverage c1 = keyTier.obligations().stream().filter(o -> o.ruleId().value().equals("C1"))
                .findFirst().orElseThrow();
        assertThat(c1.responsible()).isEqualTo(ContactRole.BU_HEAD);
        assertThat(c1.applicable()).isEqualTo(2);
        assertThat(c1.met()).isEqualTo(1);
        assertThat(c1.rate()).isEqualTo(0.5);
    }

    @Test
    void onlyCustomerFacingContactsOfTheQuarterKnownByKnownAtCountAndACustomerWithoutATierIsLeftOut() {
        // given an internal note, a contact of last quarter, one recorded after knownAt, one that counts
        List<Contact> k1 = List.of(contact("N", K1, ContactRole.BU_HEAD, Purpose.ROUTINE, "2025-11-20T09:00").asInternalNote(),
                contact("Q3", K1, ContactRole.BU_HEAD, Purpose.ROUTINE, "2025-09-20T09:00"),
                contact("LATE", K1, ContactRole.BU_HEAD, Purpose.ROUTINE, "2025-11-20T09:00").recordedAt(at("2025-11-23T09:00")),
                contact("OK", K1, ContactRole.BU_HEAD, Purpose.ROUTINE, "2025-11-19T09:00"));
        List<CustomerCompliance> customers = List.of(new CustomerCompliance(K1, Tier.KEY, List.of()),
                new CustomerCompliance(K2, null, List.of()));

        // when
        List<TierCoverage> coverage = TierCoverage.of(customers, Map.of(K1, k1), MONDAY, at("2025-11-22T00:00"), SHANGHAI);

        // then
        assertThat(coverage).singleElement().satisfies(t -> {
            assertThat(t.tier()).isEqualTo(Tier.KEY);
            assertThat(t.customers()).isEqualTo(1);
            assertThat(t.contactsThisQuarter()).isEqualTo(1);
            assertThat(t.revisitCoverage()).isZero();
            assertThat(t.obligations()).isEmpty();
        });
    }
}
