package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.compliance;
import static org.crmpolicy.rules.ContactFixtures.contact;
import static org.crmpolicy.rules.ContactFixtures.general;
import static org.crmpolicy.rules.ContactFixtures.key;
import static org.crmpolicy.rules.ContactFixtures.phone;
import static org.crmpolicy.rules.ContactFixtures.revisit;
import static org.crmpolicy.rules.ContactFixtures.status;
import static org.crmpolicy.rules.ContactFixtures.strategic;

import java.time.Instant;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.NotCountedReason;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.obligations.ComplianceRequest;

/** C1–C11: each rule on both sides of its period boundary, with wrong role, wrong channel and wrong purpose. */
class ContactFrequencyTest {

    /** Monday of ISO week 48, 10:00 in Asia/Shanghai: week 47 (Nov 17–23) has just closed. */
    static final Instant MONDAY = at("2025-11-24T10:00");

    // ---------------------------------------------------------------- C1

    @ParameterizedTest(name = "BU-head call at {0}: week 47 {1}, week 48 {2}")
    @CsvSource({
            "2025-11-17T00:00, MET,     DUE",
            "2025-11-23T23:59, MET,     DUE",
            "2025-11-24T00:00, OVERDUE, MET",
            "2025-11-16T23:59, OVERDUE, DUE"})
    void c1WeeklyCallCountsInTheIsoWeekItFallsInInShanghai(String when, ObligationState week47, ObligationState week48) {
        // given a key customer and one BU-head call
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, when));

        // when
        ComplianceReport report = compliance(List.of(key("K-1")), log, MONDAY);

        // then
        assertThat(status(report, "K-1", "C1", "2025-W47").state()).isEqualTo(week47);
        assertThat(status(report, "K-1", "C1", "2025-W48").state()).isEqualTo(week48);
    }

    @Test
    void c1OverdueWeekNamesTheMissingCallTheBuHeadAndTheLastMinute() {
        // given a strategic partner nobody phoned in week 47
        ComplianceReport report = compliance(List.of(strategic("S-1")), List.of(), MONDAY);

        // when
        ObligationStatus week47 = status(report, "S-1", "C1", "2025-W47");

        // then
        assertThat(week47.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(week47.stillNeeded())
                .isEqualTo("1 phone call by the BU head before Sun 2025-11-23 23:59 Asia/Shanghai (missed)");
        Finding finding = report.findings("C1").stream().filter(f -> f.subjectId().equals("S-1")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(finding.responsible()).isEqualTo("BU_HEAD");
        assertThat(finding.due()).isEqualTo(at("2025-11-24T00:00"));
    }

    @Test
    void c1CallBySomeoneElseOrByEmailDoesNotCountAndSaysWhy() {
        // given a salesperson's call and a BU-head email in week 47
        Contact salesCall = phone("K-1", ContactRole.SALES_STAFF, "2025-11-18T10:00");
        Contact email = contact("K-1", ContactRole.BU_HEAD, Channel.EMAIL, Purpose.ROUTINE, "2025-11-19T10:00");

        // when
        ObligationStatus week47 = status(compliance(List.of(key("K-1")), List.of(salesCall, email), MONDAY), "K-1", "C1",
                "2025-W47");

        // then
        assertThat(week47.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(week47.counted()).isEmpty();
        assertThat(week47.notCounted()).extracting(n -> n.contact().id(), n -> n.reason()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(salesCall.id(), NotCountedReason.WRONG_ROLE),
                org.assertj.core.groups.Tuple.tuple(email.id(), NotCountedReason.WRONG_CHANNEL));
        assertThat(week47.notCounted().get(0).detail()).isEqualTo("made as SALES_STAFF; needs BU_HEAD");
    }

    @ParameterizedTest(name = "as of {0}: week 47 is {1}")
    @CsvSource({
            "2025-11-20T23:59, DUE",
            "2025-11-21T00:00, AT_RISK"})
    void c1TurnsAtRiskOnTheLastWorkingDayOfTheWeek(String asOf, ObligationState expected) {
        // given an unphoned key customer; Friday Nov 21 is the last working day of week 47
        ComplianceReport report = compliance(List.of(key("K-1")), List.of(), at(asOf));

        // then
        assertThat(status(report, "K-1", "C1", "2025-W47").state()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "as of {0}: week {1} is {2}")
    @CsvSource({
            "2025-09-29T23:59, 2025-W40, DUE",
            "2025-09-30T00:00, 2025-W40, AT_RISK",
            "2025-10-10T23:59, 2025-W41, DUE",
            "2025-10-11T00:00, 2025-W41, AT_RISK"})
    void c1GraceFollowsTheWorkCalendarInHolidayWeeks(String asOf, String week, ObligationState expected) {
        // given National Day 2025: Oct 1-8 off, Saturday Oct 11 a make-up working day
        ComplianceReport report = compliance(List.of(key("K-1")), List.of(), at(asOf));

        // then
        assertThat(status(report, "K-1", "C1", week).state()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- C2, C3

    @ParameterizedTest(name = "BU-head call at {0}: October {1}")
    @CsvSource({
            "2025-10-31T23:59, MET",
            "2025-11-01T00:00, OVERDUE"})
    void c2GeneralCustomerIsPhonedByTheBuHeadMonthly(String when, ObligationState october) {
        ComplianceReport report = compliance(List.of(general("G-1")), List.of(phone("G-1", ContactRole.BU_HEAD, when)), MONDAY);

        assertThat(status(report, "G-1", "C2", "2025-10").state()).isEqualTo(october);
        assertThat(report.statuses(CustomerId.of("G-1"), "C1")).isEmpty();
    }

    @Test
    void c3StrategicPartnerNeedsTheVpsOwnMonthlyCall() {
        // given a BU-head call (counts for C1, not C3) and a VP call in October
        List<Contact> log = List.of(phone("S-1", ContactRole.BU_HEAD, "2025-11-03T10:00"),
                phone("S-1", ContactRole.VP, "2025-10-31T23:59"));

        ComplianceReport report = compliance(List.of(strategic("S-1")), log, MONDAY);

        assertThat(status(report, "S-1", "C3", "2025-10").state()).isEqualTo(ObligationState.MET);
        ObligationStatus november = status(report, "S-1", "C3", "2025-11");
        assertThat(november.state()).isEqualTo(ObligationState.DUE);
        // the VP's Oct 31 23:59 call is a near miss for November: reported, not counted
        assertThat(november.notCounted()).extracting(n -> n.reason())
                .containsExactly(NotCountedReason.OUTSIDE_PERIOD, NotCountedReason.WRONG_ROLE);
        assertThat(report.statuses(CustomerId.of("K-1"), "C3")).isEmpty();
    }

    @Test
    void c3DoesNotApplyToKeyCustomers() {
        ComplianceReport report = compliance(List.of(key("K-1")), List.of(), MONDAY);

        assertThat(report.statuses(CustomerId.of("K-1"), "C3")).isEmpty();
    }

    // ---------------------------------------------------------------- C4

    @Test
    void c4OneGmCallWithAnyStrategicPartnerMeetsTheMonthForTheWholeCompany() {
        // given two strategic partners, the GM phoned one of them in November
        List<Contact> log = List.of(phone("S-2", ContactRole.GM, "2025-11-05T10:00"));

        ComplianceReport report = compliance(List.of(strategic("S-1"), strategic("S-2")), log, MONDAY);

        ObligationStatus november = report.companyStatuses("C4").stream()
                .filter(s -> s.period().label().equals("2025-11")).findFirst().orElseThrow();
        assertThat(november.state()).isEqualTo(ObligationState.MET);
        assertThat(november.subjectId()).isEqualTo("COMPANY");
        assertThat(report.companyStatuses("C4").stream().filter(s -> s.period().label().equals("2025-10")))
                .extracting(ObligationStatus::state).containsExactly(ObligationState.OVERDUE);
        assertThat(report.statuses(CustomerId.of("S-1"), "C4")).isEmpty();
    }

    @Test
    void c4GmCallWithAKeyCustomerDoesNotCount() {
        // given the GM phoned a key customer only
        Contact call = phone("K-1", ContactRole.GM, "2025-11-05T10:00");

        ComplianceReport report = compliance(List.of(strategic("S-1"), key("K-1")), List.of(call), MONDAY);

        ObligationStatus november = report.companyStatuses("C4").stream()
                .filter(s -> s.period().label().equals("2025-11")).findFirst().orElseThrow();
        assertThat(november.state()).isEqualTo(ObligationState.DUE);
        assertThat(november.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCountedReason.CUSTOMER_OUT_OF_SCOPE);
            assertThat(n.detail()).contains("K-1 was KEY on 2025-11-05, not STRATEGIC_PARTNER");
        });
        assertThat(november.stillNeeded()).startsWith("1 phone call by the GM with any STRATEGIC_PARTNER customer before");
    }

    // ---------------------------------------------------------------- C5

    @ParameterizedTest(name = "revisit at {0}: Q3 {1}, Q4 {2}")
    @CsvSource({
            "2025-09-30T23:59, MET,     DUE",
            "2025-10-01T00:00, OVERDUE, MET"})
    void c5EveryCustomerIsRevisitedEachQuarter(String when, ObligationState q3, ObligationState q4) {
        ComplianceReport report = compliance(List.of(general("G-1")),
                List.of(revisit("G-1", ContactRole.SALES_STAFF, Channel.SMS, when)), MONDAY);

        assertThat(status(report, "G-1", "C5", "2025-Q3").state()).isEqualTo(q3);
        assertThat(status(report, "G-1", "C5", "2025-Q4").state()).isEqualTo(q4);
    }

    @Test
    void c5RoutineCallOrVideoRevisitIsNotARevisit() {
        List<Contact> log = List.of(phone("K-1", ContactRole.BU_HEAD, "2025-10-10T10:00"),
                revisit("K-1", ContactRole.SALES_STAFF, Channel.VIDEO, "2025-10-11T10:00"));

        ObligationStatus q4 = status(compliance(List.of(key("K-1")), log, MONDAY), "K-1", "C5", "2025-Q4");

        assertThat(q4.state()).isEqualTo(ObligationState.DUE);
        assertThat(q4.notCounted()).extracting(n -> n.reason())
                .containsExactly(NotCountedReason.WRONG_PURPOSE, NotCountedReason.WRONG_CHANNEL);
    }

    // ---------------------------------------------------------------- C6

    @ParameterizedTest(name = "revisit at {0}: {1}")
    @CsvSource({
            "2025-11-17T23:59, MET",
            "2025-11-18T00:00, OVERDUE",
            "2025-11-10T14:59, OVERDUE"})
    void c6FirstRevisitWithinSevenDaysAfterThePurchase(String when, ObligationState expected) {
        // given a purchase on Monday Nov 10 at 15:00: the revisit counts until the end of Nov 17
        CustomerEvent purchase = CustomerEvent.of("O-17", CustomerId.of("G-1"), CustomerEvent.Kind.PURCHASE,
                at("2025-11-10T15:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")),
                List.of(revisit("G-1", ContactRole.SALES_STAFF, Channel.PHONE, when)), MONDAY).withEvents(List.of(purchase));

        ObligationStatus first = Fixtures.policy().obligations().compliance(request).statuses(CustomerId.of("G-1"), "C6").get(0);

        assertThat(first.period().label()).isEqualTo("first revisit after PURCHASE O-17");
        assertThat(first.state()).isEqualTo(expected);
    }

    @Test
    void c6OpenWindowIsDueUntilItsLastDay() {
        CustomerEvent purchase = CustomerEvent.of("O-18", CustomerId.of("G-1"), CustomerEvent.Kind.PURCHASE,
                at("2025-11-20T09:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")), List.of(), MONDAY)
                .withEvents(List.of(purchase));

        ObligationStatus first = Fixtures.policy().obligations().compliance(request).statuses(CustomerId.of("G-1"), "C6").get(0);

        assertThat(first.state()).isEqualTo(ObligationState.DUE);
        assertThat(first.stillNeeded()).endsWith("before Thu 2025-11-27 23:59 Asia/Shanghai");
    }

    @Test
    void c6WindowIsANamedParameterAHostCanWiden() {
        // given a policy whose first revisit may come within 14 days, and a revisit on day 8
        CrmPolicy widened = CrmPolicy.builder().parameter("C6.first-revisit-days", "14").build();
        CustomerEvent purchase = CustomerEvent.of("O-19", CustomerId.of("G-1"), CustomerEvent.Kind.PURCHASE,
                at("2025-11-10T15:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")),
                List.of(revisit("G-1", ContactRole.SALES_STAFF, Channel.PHONE, "2025-11-18T09:00")), MONDAY)
                .withEvents(List.of(purchase));

        // then it counts under the wider window and not under the default one
        assertThat(widened.obligations().compliance(request).statuses(CustomerId.of("G-1"), "C6").get(0).state())
                .isEqualTo(ObligationState.MET);
        assertThat(Fixtures.policy().obligations().compliance(request).statuses(CustomerId.of("G-1"), "C6").get(0).state())
                .isEqualTo(ObligationState.OVERDUE);
    }

    @Test
    void c6AnEventOfAnotherKindStartsNoRevisitAndTheReportSaysSo() {
        // given a delivery and a purchase, with C6 starting from purchases (the default)
        CustomerEvent delivery = CustomerEvent.of("D-20", CustomerId.of("G-1"), CustomerEvent.Kind.DELIVERY,
                at("2025-11-20T09:00"));
        CustomerEvent purchase = CustomerEvent.of("O-20", CustomerId.of("G-1"), CustomerEvent.Kind.PURCHASE,
                at("2025-11-20T09:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")), List.of(), MONDAY)
                .withEvents(List.of(delivery, purchase));

        ComplianceReport report = Fixtures.policy().obligations().compliance(request);

        // then only the purchase opens a window, and the delivery is reported as starting nothing
        assertThat(report.statuses(CustomerId.of("G-1"), "C6")).singleElement()
                .satisfies(s -> assertThat(s.period().label()).isEqualTo("first revisit after PURCHASE O-20"));
        assertThat(report.findings("C6")).filteredOn(f -> f.severity() == Severity.INFO).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("G-1");
            assertThat(f.message()).isEqualTo("event D-20 (DELIVERY) starts no contact obligation: C6's first revisit"
                    + " starts from PURCHASE events (parameter C6.starting-event) and R1's revisit from COMPLAINT events");
            assertThat(f.evidence()).containsEntry("event", "D-20").containsEntry("eventKind", "DELIVERY");
        });
    }

    @Test
    void c6AHostThatStartsFromDeliveriesHearsAboutPurchasesInstead() {
        CrmPolicy fromDelivery = CrmPolicy.builder().parameter("C6.starting-event", "DELIVERY").build();
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")), List.of(), MONDAY)
                .withEvents(List.of(CustomerEvent.of("O-21", CustomerId.of("G-1"), CustomerEvent.Kind.PURCHASE,
                        at("2025-11-20T09:00")), CustomerEvent.of("K-21", CustomerId.of("G-1"),
                        CustomerEvent.Kind.COMPLAINT, at("2025-11-20T09:00"))));

        ComplianceReport report = fromDelivery.obligations().compliance(request);

        assertThat(report.statuses(CustomerId.of("G-1"), "C6")).isEmpty();
        assertThat(report.findings("C6")).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("event O-21 (PURCHASE) starts no contact obligation: C6's first revisit starts from DELIVERY"));
    }

    // ---------------------------------------------------------------- C7

    @ParameterizedTest(name = "greeting at {0}: {1}")
    @CsvSource({
            "2025-01-26T00:00, MET",
            "2025-01-29T23:59, MET",
            "2025-01-25T23:59, OVERDUE",
            "2025-01-30T00:00, OVERDUE"})
    void c7SpringFestivalGreetingCountsOnTheDayOrUpToThreeDaysBefore(String when, ObligationState expected) {
        // given Spring Festival 2025 on Jan 29, from the work calendar
        Contact greeting = contact("K-1", ContactRole.SALES_STAFF, Channel.SMS, Purpose.CARE, when);

        ComplianceReport report = compliance(List.of(ContactFixtures.keyAssessedIn2024("K-1")), List.of(greeting),
                at("2025-02-10T10:00"));

        assertThat(status(report, "K-1", "C7", "SPRING_FESTIVAL 2025").state()).isEqualTo(expected);
    }

    @Test
    void c7MidAutumnMovesWithTheLunarCalendar() {
        // given Mid-Autumn 2024 on Sep 17 and 2025 on Oct 6
        ComplianceReport report = compliance(List.of(key("K-1")), List.of(), at("2025-10-08T10:00"));

        ObligationStatus midAutumn = status(report, "K-1", "C7", "MID_AUTUMN 2025");
        assertThat(midAutumn.window().start()).isEqualTo(at("2025-10-03T00:00"));
        assertThat(midAutumn.due()).isEqualTo(at("2025-10-07T00:00"));
    }

    @Test
    void c7BirthdayGreetingIsCheckedWithoutPrintingTheBirthday() {
        // given a contact person born on June 15 and no greeting
        ComplianceReport report = compliance(List.of(ContactFixtures.keyAssessedIn2024("K-1").toBuilder()
                .contactPerson(Fixtures.zhangWei()).build()), List.of(), at("2025-06-20T10:00"));

        ObligationStatus birthday = status(report, "K-1", "C7", "birthday of contact person 1 in 2025");

        assertThat(birthday.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(birthday.due()).isEqualTo(at("2025-06-16T00:00"));
        assertThat(birthday.toString()).doesNotContain("06-15", "06-12", "Jun");
        assertThat(birthday.explain()).doesNotContain("06-15", "06-12", "06-16", "Jun");
        Finding finding = report.findings("C7").stream().filter(f -> f.message().contains("birthday")).findFirst()
                .orElseThrow();
        assertThat(finding.toString()).doesNotContain("06-15", "06-12", "06-16", "2025-06-15T");
    }

    // ---------------------------------------------------------------- C8

    @ParameterizedTest(name = "exchange meeting at {0}: 2024 {1}, 2025 {2}")
    @CsvSource({
            "2024-12-31T23:59, MET,     DUE",
            "2025-01-01T00:00, OVERDUE, MET"})
    void c8OneOrderingConferenceOrExchangeMeetingAYear(String when, ObligationState y2024, ObligationState y2025) {
        Contact meeting = contact("K-1", ContactRole.SALES_STAFF, Channel.MEETING, Purpose.EXCHANGE, when);

        ComplianceReport report = compliance(List.of(key("K-1")), List.of(meeting), MONDAY);

        List<ObligationStatus> c8 = report.companyStatuses("C8").stream()
                .filter(s -> s.obligation().minimumCount() == 1).toList();
        assertThat(c8).extracting(s -> s.period().label(), ObligationStatus::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2024", y2024), org.assertj.core.groups.Tuple.tuple("2025", y2025));
    }

    @ParameterizedTest(name = "{0} technical exchange(s) in 2025: {1}")
    @CsvSource({"1, DUE", "2, MET"})
    void c8TwoTechnicalExchangesAYear(int exchanges, ObligationState expected) {
        List<Contact> log = List.of(
                contact("K-1", ContactRole.SALES_STAFF, Channel.MEETING, Purpose.TECHNICAL_EXCHANGE, "2025-03-01T10:00"),
                contact("G-1", ContactRole.SALES_STAFF, Channel.VISIT, Purpose.TECHNICAL_EXCHANGE, "2025-09-01T10:00"))
                .subList(0, exchanges);

        ComplianceReport report = compliance(List.of(key("K-1"), general("G-1")), log, MONDAY);

        ObligationStatus y2025 = report.companyStatuses("C8").stream()
                .filter(s -> s.obligation().minimumCount() == 2 && s.period().label().equals("2025")).findFirst().orElseThrow();
        assertThat(y2025.state()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- C9

    @Test
    void c9BuHeadsMonthlyKeyCustomerReportIsAnInternalRecordThatCounts() {
        // given the BU head's October report on K-1 (an internal note), and a salesperson's November one
        Contact october = contact("K-1", ContactRole.BU_HEAD, Channel.EMAIL, Purpose.KEY_CUSTOMER_REPORT,
                "2025-10-31T18:00").asInternalNote();
        Contact november = contact("K-1", ContactRole.SALES_STAFF, Channel.EMAIL, Purpose.KEY_CUSTOMER_REPORT,
                "2025-11-20T18:00").asInternalNote();

        ComplianceReport report = compliance(List.of(key("K-1"), general("G-1")), List.of(october, november), MONDAY);

        assertThat(status(report, "K-1", "C9", "2025-10").state()).isEqualTo(ObligationState.MET);
        assertThat(status(report, "K-1", "C9", "2025-11").notCounted()).extracting(n -> n.reason())
                .containsExactly(NotCountedReason.OUTSIDE_PERIOD, NotCountedReason.WRONG_ROLE);
        assertThat(report.statuses(CustomerId.of("G-1"), "C9")).isEmpty();
    }

    @Test
    void anInternalNoteIsNotACallWithTheCustomer() {
        Contact note = phone("K-1", ContactRole.BU_HEAD, "2025-11-19T10:00").asInternalNote();

        ObligationStatus week47 = status(compliance(List.of(key("K-1")), List.of(note), MONDAY), "K-1", "C1", "2025-W47");

        assertThat(week47.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(week47.notCounted()).extracting(n -> n.reason()).containsExactly(NotCountedReason.INTERNAL_NOTE);
    }

    // ---------------------------------------------------------------- C10

    @ParameterizedTest(name = "online message at {0}: Friday {1}")
    @CsvSource({
            "2025-11-21T23:59, MET",
            "2025-11-22T00:00, OVERDUE"})
    void c10MarketingStaffCommunicateOnlineEveryWorkingDay(String when, ObligationState friday) {
        // given Monday Nov 24: the previous working day is Friday Nov 21; the weekend is not evaluated
        Contact message = contact("G-1", ContactRole.SALES_STAFF, Channel.IM, Purpose.ONLINE_INFORMATION, when);

        ComplianceReport report = compliance(List.of(general("G-1")), List.of(message), MONDAY);

        assertThat(report.companyStatuses("C10")).extracting(s -> s.period().label(), ObligationStatus::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-11-21", friday),
                        org.assertj.core.groups.Tuple.tuple("2025-11-24", ObligationState.DUE));
    }

    // ---------------------------------------------------------------- C11

    @ParameterizedTest(name = "invitation at {0}: 2024 {1}, 2025 {2}")
    @CsvSource({
            "2024-12-31T23:59, MET,     DUE",
            "2025-01-01T00:00, OVERDUE, MET"})
    void c11EachCustomerIsInvitedToTheFactoryYearly(String when, ObligationState y2024, ObligationState y2025) {
        Contact invitation = contact("K-1", ContactRole.SALES_STAFF, Channel.EMAIL, Purpose.FACTORY_VISIT_INVITATION, when);

        ComplianceReport report = compliance(List.of(key("K-1")), List.of(invitation), MONDAY);

        assertThat(status(report, "K-1", "C11", "2024").state()).isEqualTo(y2024);
        assertThat(status(report, "K-1", "C11", "2025").state()).isEqualTo(y2025);
    }
}
