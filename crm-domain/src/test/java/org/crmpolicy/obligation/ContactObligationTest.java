package org.crmpolicy.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.obligation.PeriodKindTest.SHANGHAI;
import static org.crmpolicy.obligation.PeriodKindTest.at;

import java.time.Instant;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.RoleHolders;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.junit.jupiter.api.Test;

class ContactObligationTest {

    static final ContactObligation C1 = ContactObligation.of("C1", "BU head phones weekly")
            .by(ContactRole.BU_HEAD).forTiers(Tier.KEY).per(PeriodKind.ISO_WEEK).atLeast(1).via(Channel.PHONE);
    static final CustomerId K1 = CustomerId.of("K-1");

    static Contact call(String id, ContactRole role, Channel channel, String when) {
        return Contact.of(id, K1, "E-1", role, channel, Purpose.ROUTINE, at(when));
    }

    static ObligationStatus assess(Instant asOf, Contact... contacts) {
        Period week = PeriodKind.ISO_WEEK.containing(at("2025-11-20T12:00"), SHANGHAI);
        return C1.assess(K1, week, week, at("2025-11-21T00:00"), List.of(contacts),
                new AssessmentContext(asOf, null, SHANGHAI, RoleHolders.asRecorded()), null);
    }

    @Test
    void aRightCallInThePeriodMeetsIt() {
        ObligationStatus s = assess(at("2025-11-24T10:00"), call("A", ContactRole.BU_HEAD, Channel.PHONE, "2025-11-23T23:59"));

        assertThat(s.state()).isEqualTo(ObligationState.MET);
        assertThat(s.counted()).extracting(Contact::id).containsExactly("A");
        assertThat(s.stillNeeded()).isEmpty();
    }

    @Test
    void everyConsideredContactThatDidNotCountSaysWhy() {
        ObligationStatus s = assess(at("2025-11-24T10:00"),
                call("A", ContactRole.BU_HEAD, Channel.PHONE, "2025-11-24T00:00"),
                call("B", ContactRole.VP, Channel.PHONE, "2025-11-18T10:00"),
                call("C", ContactRole.BU_HEAD, Channel.SMS, "2025-11-19T10:00"),
                call("D", ContactRole.BU_HEAD, Channel.PHONE, "2025-11-19T11:00").asInternalNote(),
                call("E", ContactRole.BU_HEAD, Channel.PHONE, "2025-10-01T10:00"));

        assertThat(s.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(s.notCounted()).extracting(n -> n.contact().id(), NotCounted::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("B", NotCountedReason.WRONG_ROLE),
                org.assertj.core.groups.Tuple.tuple("C", NotCountedReason.WRONG_CHANNEL),
                org.assertj.core.groups.Tuple.tuple("D", NotCountedReason.INTERNAL_NOTE),
                org.assertj.core.groups.Tuple.tuple("A", NotCountedReason.OUTSIDE_PERIOD));
        assertThat(s.notCounted().get(3).detail())
                .isEqualTo("made Mon 2025-11-24 00:00, at or after the period ended Mon 2025-11-24 00:00");
    }

    @Test
    void anOpenUnmetPeriodIsDueThenAtRiskFromTheGraceInstant() {
        assertThat(assess(at("2025-11-20T23:59")).state()).isEqualTo(ObligationState.DUE);
        assertThat(assess(at("2025-11-21T00:00")).state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(assess(at("2025-11-21T00:00")).stillNeeded())
                .isEqualTo("1 phone call by the BU head before Sun 2025-11-23 23:59 Asia/Shanghai");
    }

    @Test
    void aRowRefusesAMinimumBelowOne() {
        assertThatThrownBy(() -> C1.atLeast(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("obligation C1: minimumCount = 0 must be at least 1");
    }

    @Test
    void aPersonalOccasionHidesItsDates() {
        Period birthday = Period.personalOccasion("birthday of contact person 1 in 2025", at("2025-06-12T00:00"),
                at("2025-06-16T00:00"), SHANGHAI);

        assertThat(birthday.toString()).isEqualTo("birthday of contact person 1 in 2025 [dates masked]");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "\"{0}\" at least {1} per {2}: \"{3}\"")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "BU head phones each key customer at least once a week | 1 | ISO_WEEK | BU head phones each key customer at least once a week",
        "BU head phones each key customer at least once a week | 2 | ISO_WEEK | BU head phones each key customer at least 2 times a week (catalogue: once)",
        "BU head phones each key customer at least twice a week | 1 | ISO_WEEK | BU head phones each key customer at least once a week (catalogue: twice)",
        "At least two technical exchanges a year | 2 | YEAR | At least two technical exchanges a year",
        "At least two technical exchanges a year | 3 | YEAR | At least 3 technical exchanges a year (catalogue: two)",
        "At least 3 times a week | 4 | ISO_WEEK | At least 4 times a week (catalogue: 3 times)",
        "BU head reports to marketing monthly | 1 | MONTH | BU head reports to marketing monthly",
        "BU head reports to marketing monthly | 2 | MONTH | BU head reports to marketing monthly (at least 2 per month; catalogue: once)",
        "BU head reports to marketing | 2 | ISO_WEEK | BU head reports to marketing (at least 2 per ISO week; catalogue: once)",
        "BU head phones each general customer at least once a month | 1 | ISO_WEEK | BU head phones each general customer at least once a week (catalogue: a month)",
        "BU head phones each general customer at least once a month | 1 | MONTH | BU head phones each general customer at least once a month",
        "BU head phones each general customer at least once a month | 2 | ISO_WEEK | BU head phones each general customer at least 2 times a week (catalogue: once a month)",
        "BU head phones each general customer at least once a month | 1 | DAY | BU head phones each general customer at least once a working day (catalogue: a month)",
        "At least two technical exchanges with user customers a year | 3 | QUARTER | At least 3 technical exchanges with user customers a quarter (catalogue: two, a year)",
        "Staff communicate online every working day | 1 | ISO_WEEK | Staff communicate online every week (catalogue: every working day)",
        "A visit at least every two years | 1 | YEAR | A visit at least every year (catalogue: every two years)",
        "A visit at least once a year | 1 | TWO_YEARS | A visit at least once every two years (catalogue: a year)",
        "BU head reports to marketing monthly | 1 | QUARTER | BU head reports to marketing quarterly (catalogue: monthly)",
        "BU head reports to marketing monthly | 2 | HALF_YEAR | BU head reports to marketing half-yearly (at least 2 per half year; catalogue: once, monthly)",
        "Every customer who complained this year is revisited | 1 | OCCASION | Every customer who complained this year is revisited"})
    void theWordingStatesTheCountAndPeriodInForceAndTheTitleStaysTheCataloguesOne(String title, int count,
                                                                                  PeriodKind period, String wording) {
        ContactObligation row = ContactObligation.of("C1", title).per(period).atLeast(count);

        assertThat(row.wording()).isEqualTo(wording);
        assertThat(row.title()).isEqualTo(title);
    }
}
