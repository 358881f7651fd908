package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.compliance;
import static org.crmpolicy.rules.ContactFixtures.general;
import static org.crmpolicy.rules.ContactFixtures.key;
import static org.crmpolicy.rules.ContactFixtures.phone;
import static org.crmpolicy.rules.ContactFixtures.revisit;
import static org.crmpolicy.rules.ContactFixtures.status;
import static org.crmpolicy.rules.ContactFixtures.strategic;
import static org.crmpolicy.rules.ContactFixtures.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.NotCountedReason;
import org.crmpolicy.obligation.ObligationCoverage;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.StatusTransition;
import org.crmpolicy.obligation.TierCoverage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.crmpolicy.rules.evaluation.InvalidFactException;

/** The evaluation as a whole: tier history, role holdings, knownAt, transitions, coverage, bad input. */
class ContactComplianceTest {

    static final Instant MONDAY = at("2025-11-24T10:00");

    // ---------------------------------------------------------------- tier history

    @Test
    void aCustomerTieredKeyMidWeekOwesTheWeeklyCallFromThatDayOn() {
        // given G-1 GENERAL until Tuesday Nov 18, KEY from Wednesday Nov 19; the BU head phoned on Tuesday
        List<Contact> log = List.of(phone("X-1", ContactRole.BU_HEAD, "2025-11-18T10:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("X-1")), log, MONDAY).withTierHistory(List.of(
                tier("X-1", Tier.GENERAL, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 11, 19)),
                tier("X-1", Tier.KEY, LocalDate.of(2025, 11, 19), null)));

        // when
        ComplianceReport report = Fixtures.policy().obligations().compliance(request);

        // then week 47 applies from Wednesday 00:00 and Tuesday's call does not count for it
        ObligationStatus week47 = status(report, "X-1", "C1", "2025-W47");
        assertThat(week47.window().start()).isEqualTo(at("2025-11-19T00:00"));
        assertThat(week47.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(week47.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCountedReason.OUTSIDE_PERIOD);
            assertThat(n.detail()).contains("before the obligation applied from Wed 2025-11-19 00:00");
        });
        // and C2 applies to October and to November, which it spent partly as a general customer (Nov 1-18)
        assertThat(report.statuses(CustomerId.of("X-1"), "C2")).extracting(s -> s.period().label())
                .containsExactly("2025-10", "2025-11");
        assertThat(report.customer(CustomerId.of("X-1")).orElseThrow().tier()).isEqualTo(Tier.KEY);
    }

    @Test
    void aCallOnTheDayTheCustomerBecameKeyCounts() {
        List<Contact> log = List.of(phone("X-1", ContactRole.BU_HEAD, "2025-11-19T00:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("X-1")), log, MONDAY).withTierHistory(List.of(
                tier("X-1", Tier.GENERAL, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 11, 19)),
                tier("X-1", Tier.KEY, LocalDate.of(2025, 11, 19), null)));

        assertThat(status(Fixtures.policy().obligations().compliance(request), "X-1", "C1", "2025-W47").state())
                .isEqualTo(ObligationState.MET);
    }

    @Test
    void aCustomerThatLeftTheTierBeforeThePeriodClosedStillOwesThatPeriodsObligation() {
        // given X-2 KEY until Wednesday Nov 19, GENERAL from Thursday Nov 20; no call at all
        ComplianceRequest request = ComplianceRequest.of(List.of(key("X-2")), List.of(), MONDAY).withTierHistory(List.of(
                tier("X-2", Tier.KEY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 11, 20)),
                tier("X-2", Tier.GENERAL, LocalDate.of(2025, 11, 20), null)));

        ComplianceReport report = Fixtures.policy().obligations().compliance(request);

        // then week 47 (KEY Mon-Wed) owes its weekly call; week 48 (GENERAL throughout) owes none
        assertThat(report.statuses(CustomerId.of("X-2"), "C1")).extracting(s -> s.period().label(), ObligationStatus::state)
                .containsExactly(tuple("2025-W47", ObligationState.OVERDUE));
        assertThat(report.statuses(CustomerId.of("X-2"), "C2")).extracting(s -> s.period().label(), ObligationStatus::state)
                .containsExactly(tuple("2025-11", ObligationState.DUE));
    }

    @ParameterizedTest(name = "KEY until {0} (exclusive): C1 owed for 2025-W47 = {1}")
    @CsvSource({"2025-11-17, false", "2025-11-18, true", "2025-11-24, true"})
    void aSundayDowngradeDoesNotEraseTheWeeksCallButADowngradeBeforeTheWeekStartedDoes(LocalDate keyUntil,
                                                                                       boolean owed) {
        // given KEY until keyUntil, GENERAL from then; evaluated as of Monday of W48
        ComplianceRequest request = ComplianceRequest.of(List.of(key("X-3")), List.of(), MONDAY).withTierHistory(List.of(
                tier("X-3", Tier.KEY, LocalDate.of(2020, 3, 1), keyUntil),
                tier("X-3", Tier.GENERAL, keyUntil, null)));

        ComplianceReport report = Fixtures.policy().obligations().compliance(request);

        List<String> periods = report.statuses(CustomerId.of("X-3"), "C1").stream().map(s -> s.period().label()).toList();
        if (owed) {
            assertThat(periods).contains("2025-W47");
        } else {
            assertThat(periods).doesNotContain("2025-W47");
        }
    }

    @Test
    void aCallWhileTheCustomerWasStillInTheTierMeetsThePeriodItLeftTheTierIn() {
        // given X-4 KEY until Friday Nov 21; the BU head phoned on Wednesday
        ComplianceRequest request = ComplianceRequest.of(List.of(key("X-4")),
                List.of(phone("X-4", ContactRole.BU_HEAD, "2025-11-19T10:00")), MONDAY).withTierHistory(List.of(
                tier("X-4", Tier.KEY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 11, 21)),
                tier("X-4", Tier.GENERAL, LocalDate.of(2025, 11, 21), null)));

        assertThat(status(Fixtures.policy().obligations().compliance(request), "X-4", "C1", "2025-W47").state())
                .isEqualTo(ObligationState.MET);
    }

    // ---------------------------------------------------------------- role holdings

    @Test
    void aContactCountsForTheRoleThePersonHeldThatDay() {
        // given E-7 was sales staff until Nov 19 and BU head from then; both calls were recorded "as BU head"
        Contact tuesday = Contact.of("T-1", CustomerId.of("K-1"), "E-7", ContactRole.BU_HEAD, Channel.PHONE,
                Purpose.ROUTINE, at("2025-11-18T10:00"));
        Contact thursday = Contact.of("T-2", CustomerId.of("K-2"), "E-7", ContactRole.BU_HEAD, Channel.PHONE,
                Purpose.ROUTINE, at("2025-11-20T10:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1"), key("K-2")), List.of(tuesday, thursday), MONDAY)
                .withRoleHolders(List.of(
                        new RoleAssignment("E-7", ContactRole.SALES_STAFF, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 11, 19)),
                        RoleAssignment.of("E-7", ContactRole.BU_HEAD, LocalDate.of(2025, 11, 19))));

        ComplianceReport report = Fixtures.policy().obligations().compliance(request);

        ObligationStatus k1 = status(report, "K-1", "C1", "2025-W47");
        assertThat(k1.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(k1.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCountedReason.WRONG_ROLE);
            assertThat(n.detail()).isEqualTo("made as SALES_STAFF; needs BU_HEAD");
        });
        assertThat(status(report, "K-2", "C1", "2025-W47").state()).isEqualTo(ObligationState.MET);
    }

    // ---------------------------------------------------------------- knownAt

    @Test
    void knownAtAnswersWhatWasKnownAndALateRecordIsReportedAsSuch() {
        // given Friday's BU-head call entered the log only on Tuesday Nov 25
        Contact late = phone("K-1", ContactRole.BU_HEAD, "2025-11-21T10:00").recordedAt(at("2025-11-25T09:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(late), MONDAY);

        // when asked what was known on Monday, and what is true
        ComplianceReport known = Fixtures.policy().obligations().compliance(request.withKnownAt(MONDAY));
        ComplianceReport truth = Fixtures.policy().obligations().compliance(request);

        // then
        ObligationStatus thenKnown = status(known, "K-1", "C1", "2025-W47");
        assertThat(thenKnown.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(thenKnown.notCounted()).extracting(n -> n.reason())
                .containsExactly(NotCountedReason.RECORDED_AFTER_KNOWN_AT);
        ObligationStatus true47 = status(truth, "K-1", "C1", "2025-W47");
        assertThat(true47.state()).isEqualTo(ObligationState.MET);
        assertThat(true47.lateRecorded()).containsExactly(late);
        assertThat(truth.findings("C1")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("recorded only after the period closed (" + late.id() + ")");
        });
    }

    // ---------------------------------------------------------------- transitions and determinism

    @Test
    void aHostPollingDailyGetsEachStatusChangeOnce() {
        // given a key customer nobody phones
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(), at("2025-11-20T10:00"));

        // when polled Thursday, Friday, Friday again, Monday
        List<StatusTransition> friday = Fixtures.policy().obligations()
                .transitions(request, at("2025-11-20T10:00"), at("2025-11-21T10:00"));
        List<StatusTransition> again = Fixtures.policy().obligations()
                .transitions(request, at("2025-11-21T10:00"), at("2025-11-21T16:00"));
        List<StatusTransition> monday = Fixtures.policy().obligations()
                .transitions(request, at("2025-11-21T16:00"), MONDAY);

        // then
        assertThat(friday).filteredOn(t -> t.status().ruleId().value().equals("C1"))
                .extracting(StatusTransition::from, StatusTransition::to)
                .containsExactly(tuple(ObligationState.DUE, ObligationState.AT_RISK));
        assertThat(again).isEmpty();
        assertThat(monday).filteredOn(t -> t.status().ruleId().value().equals("C1"))
                .extracting(t -> t.status().period().label(), StatusTransition::from, StatusTransition::to)
                .containsExactly(tuple("2025-W47", ObligationState.AT_RISK, ObligationState.OVERDUE),
                        tuple("2025-W48", null, ObligationState.DUE));
    }

    @Test
    void theSameInputsGiveTheSameReport() {
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-18T10:00"),
                revisit("G-1", ContactRole.SALES_STAFF, Channel.VISIT, "2025-10-10T10:00"));
        List<org.crmpolicy.customer.Customer> customers = List.of(key("K-1"), general("G-1"), strategic("S-1"));

        assertThat(compliance(customers, log, MONDAY)).isEqualTo(compliance(customers, log, MONDAY));
    }

    // ---------------------------------------------------------------- coverage (M1)

    @Test
    void coverageGivesInteractionFrequencyRevisitCoverageAndEachObligationPerTierAndRole() {
        // given two key customers, one phoned and revisited this week
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, "2025-11-24T09:00"),
                revisit("K-1", ContactRole.SALES_STAFF, Channel.PHONE, "2025-11-24T09:30"));

        ComplianceReport report = compliance(List.of(key("K-1"), key("K-2")), log, MONDAY);

        TierCoverage keyTier = report.coverage().stream().filter(c -> c.tier() == Tier.KEY).findFirst().orElseThrow();
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

    // ---------------------------------------------------------------- bad input

    @Test
    void aContactForAnUnknownCustomerOrDatedAfterAsOfIsReportedNotDropped() {
        Contact stranger = phone("NOBODY", ContactRole.BU_HEAD, "2025-11-20T10:00");
        Contact future = phone("K-1", ContactRole.BU_HEAD, "2025-11-24T10:01");
        Contact backwards = phone("K-1", ContactRole.BU_HEAD, "2025-11-20T10:00").recordedAt(at("2025-11-20T09:00"));
        Contact orphan = new Contact("O-1", null, "E-1", ContactRole.SALES_STAFF, Channel.PHONE, Purpose.ROUTINE,
                at("2025-11-20T10:00"), at("2025-11-20T10:00"), false);

        ComplianceReport report = compliance(List.of(key("K-1")), List.of(stranger, future, backwards, orphan), MONDAY);

        assertThat(report.rejected()).extracting(r -> r.id(), r -> r.problem()).containsExactly(
                tuple(stranger.id(), "customerId = NOBODY is not among the 1 customers evaluated"),
                tuple(future.id(), "at = 2025-11-24T02:01:00Z is after asOf 2025-11-24T02:00:00Z: a contact in the future"
                        + " of the evaluation"),
                tuple(backwards.id(), "recordedAt = 2025-11-20T01:00:00Z is before at = 2025-11-20T02:00:00Z: recorded"
                        + " before it happened"),
                tuple("O-1", "customerId is null, but only an internal note may concern no single customer"));
        assertThat(status(report, "K-1", "C1", "2025-W48").state()).isEqualTo(ObligationState.DUE);
    }

    @Test
    void aTierPeriodForAnUnknownCustomerIsReported() {
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(), MONDAY)
                .withTierHistory(List.of(tier("GHOST", Tier.KEY, LocalDate.of(2024, 1, 1), null)));

        assertThat(Fixtures.policy().obligations().compliance(request).rejected()).singleElement()
                .satisfies(r -> assertThat(r.toString()).isEqualTo(
                        "tier period GHOST: customerId = GHOST is not among the customers evaluated (KEY from 2024-01-01)"));
    }

    @Test
    void overlappingTierPeriodsAreACallerError() {
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(), MONDAY).withTierHistory(List.of(
                tier("K-1", Tier.KEY, LocalDate.of(2024, 1, 1), null),
                tier("K-1", Tier.GENERAL, LocalDate.of(2025, 1, 1), null)));

        assertThatThrownBy(() -> Fixtures.policy().obligations().compliance(request))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tier history of customer K-1: KEY from 2024-01-01 to null overlaps GENERAL from 2025-01-01");
    }

    @Test
    void aContactWithAMissingChannelIsRefusedNamingTheField() {
        Contact broken = new Contact("B-1", CustomerId.of("K-1"), "E-1", ContactRole.BU_HEAD, null, Purpose.ROUTINE,
                at("2025-11-20T10:00"), at("2025-11-20T10:00"), false);

        assertThatThrownBy(() -> compliance(List.of(key("K-1")), List.of(broken), MONDAY))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("contact B-1")
                .hasMessageContaining("channel");
    }

    // ---------------------------------------------------------------- the table

    @Test
    void theRuleSetDeclaresOneObligationRowPerRuleAndRole() {
        List<ContactObligation> table = Fixtures.policy().obligations().obligationTable();

        assertThat(table).extracting(o -> o.ruleId().value()).containsExactly(
                "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C8", "C9", "C10", "C11",
                "R1", "R2", "R2", "R2", "R2", "R3", "R4", "R4", "R6");
        assertThat(table).extracting(ContactObligation::key).doesNotHaveDuplicates();
    }

    @Test
    void findingsNameTheRuleWhoShouldHaveActedAndByWhen() {
        ComplianceReport report = compliance(List.of(strategic("S-1")), List.of(), MONDAY);

        Finding c3 = report.findings("C3").get(0);
        assertThat(c3.subjectId()).isEqualTo("S-1");
        assertThat(c3.responsible()).isEqualTo("VP");
        assertThat(c3.due()).isEqualTo(at("2025-11-01T00:00"));
        assertThat(c3.message()).isEqualTo("VP in charge phones each strategic partner at least once a month — 2025-10:"
                + " not met; 1 phone call by the VP in charge before Fri 2025-10-31 23:59 Asia/Shanghai (missed)");
    }
}
