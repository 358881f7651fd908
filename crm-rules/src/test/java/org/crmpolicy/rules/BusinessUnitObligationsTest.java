package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.compliance;
import static org.crmpolicy.rules.ContactFixtures.contact;
import static org.crmpolicy.rules.ContactFixtures.phone;
import static org.crmpolicy.rules.ContactFixtures.revisit;
import static org.crmpolicy.rules.ContactFixtures.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.NotCountedReason;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.batch.ChunkOutcome;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.crmpolicy.rules.obligations.CompanyWideDecision;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Business units (issue 15, 003 §9, §14(三), §17(三)): the BU head of C1, C2, R2 and R3 is the head of the customer's
 * unit; R4's selective on-site revisit and C10's daily online communication are owed by each unit over its own
 * customers; C4, C8 and R2 chairman/GM stay company-wide; a portfolio without units is one unit, the company.
 */
class BusinessUnitObligationsTest {

    static final Instant MONDAY = at("2025-11-24T10:00");
    /** Inside R4's last 20 working days of 2025: an unmet year is AT_RISK. */
    static final Instant DECEMBER = at("2025-12-10T10:00");
    static final BusinessUnit EAST = BusinessUnit.of("BU-East", "华东业务部");
    static final BusinessUnit WEST = BusinessUnit.of("BU-West", "西南业务部");

    static Customer key(String id, BusinessUnit unit) {
        return Fixtures.aKeyCustomer(id).businessUnit(unit).build();
    }

    static Customer general(String id, BusinessUnit unit) {
        return Fixtures.aGeneralCustomer(id).businessUnit(unit).build();
    }

    static Customer strategic(String id, BusinessUnit unit) {
        return Fixtures.aStrategicPartner(id).businessUnit(unit).build();
    }

    static List<ObligationStatus> company(ComplianceReport report, String ruleId, ContactRole role) {
        return report.companyStatuses(ruleId).stream().filter(s -> s.obligation().responsible() == role).toList();
    }

    static ObligationStatus unitStatus(ComplianceReport report, String ruleId, String subject, String period) {
        return report.companyStatuses(ruleId).stream()
                .filter(s -> s.subjectId().equals(subject) && s.period().label().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " status of " + subject + " in "
                        + period + " among " + report.companyStatuses(ruleId)));
    }

    // ---------------------------------------------------------------- C1, C2, R3: the head of the customer's unit

    @ParameterizedTest(name = "C1 call by the BU head of {0}: week 47 {1}")
    @CsvSource({
            "BU-East, MET",
            "BU-West, OVERDUE"})
    void c1OnlyTheHeadOfTheCustomersOwnUnitCounts(String headOf, ObligationState expected) {
        // given a key customer of BU-East, called in week 47 by the head of {headOf} (as recorded on the contact)
        BusinessUnit unit = headOf.equals("BU-East") ? EAST : WEST;
        Contact call = phone("K-1", ContactRole.BU_HEAD, "2025-11-20T10:00").forUnit(unit);

        // when
        ComplianceReport report = compliance(List.of(key("K-1", EAST)), List.of(call), MONDAY);

        // then
        ObligationStatus week47 = status(report, "K-1", "C1", "2025-W47");
        assertThat(week47.state()).isEqualTo(expected);
        if (expected == ObligationState.OVERDUE) {
            assertThat(week47.notCounted()).singleElement().satisfies(n -> {
                assertThat(n.reason()).isEqualTo(NotCountedReason.OTHER_UNIT);
                assertThat(n.detail()).isEqualTo("made as BU_HEAD of BU-West; needs BU_HEAD of BU-East");
            });
            assertThat(week47.explain()).contains("OTHER_UNIT: made as BU_HEAD of BU-West; needs BU_HEAD of BU-East");
            assertThat(report.findings("C1")).filteredOn(f -> f.evidence().get("period").equals("2025-W47"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.subjectId()).isEqualTo("K-1");
                        assertThat(f.evidence()).containsEntry("business unit", "BU-East")
                                .containsEntry("not counted", "1");
                    });
        } else {
            assertThat(week47.counted()).containsExactly(call);
        }
    }

    @ParameterizedTest(name = "C2 call by a BU head holding {0} on the day: {1}")
    @CsvSource({
            "BU-West, OVERDUE",
            "BU-East, MET"})
    void c2WithRoleHoldingsTheUnitTheBuHeadHeadedThatDayDecides(String heldOnTheDay, ObligationState expected) {
        // given E-1 headed BU-West until Nov 1, then {heldOnTheDay}; the contact records no unit at all
        BusinessUnit later = heldOnTheDay.equals("BU-East") ? EAST : WEST;
        Contact call = phone("G-1", ContactRole.BU_HEAD, "2025-10-15T10:00");
        Contact sameCallByE1 = new Contact(call.id(), call.customerId(), "E-1", call.role(), call.channel(),
                call.purpose(), call.at(), call.recordedAt(), false);
        List<RoleAssignment> holdings = List.of(
                new RoleAssignment("E-1", ContactRole.BU_HEAD, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 10, 1), EAST),
                new RoleAssignment("E-1", ContactRole.BU_HEAD, LocalDate.of(2025, 10, 1), null, later));

        // when
        ComplianceReport report = Fixtures.policy().obligations().compliance(ComplianceRequest.of(
                List.of(general("G-1", EAST)), List.of(sameCallByE1), MONDAY).withRoleHolders(holdings));

        // then
        ObligationStatus october = status(report, "G-1", "C2", "2025-10");
        assertThat(october.state()).isEqualTo(expected);
        assertThat(october.notCounted()).extracting(n -> n.reason())
                .containsExactlyElementsOf(expected == ObligationState.MET ? List.of() : List.of(NotCountedReason.OTHER_UNIT));
    }

    @ParameterizedTest(name = "R3 on-site revisit by the head of {0}: {1}")
    @CsvSource({
            "BU-East, MET",
            "BU-West, DUE"})
    void r3TheKeyCustomersRevisitIsOwedByTheHeadOfItsUnit(String headOf, ObligationState expected) {
        BusinessUnit unit = headOf.equals("BU-East") ? EAST : WEST;
        Contact visit = revisit("K-1", ContactRole.BU_HEAD, Channel.VISIT, "2025-06-01T10:00").forUnit(unit);

        ComplianceReport report = compliance(List.of(key("K-1", EAST)), List.of(visit), MONDAY);

        assertThat(status(report, "K-1", "R3", "2025").state()).isEqualTo(expected);
    }

    @Test
    void aBuHeadContactWithoutAUnitCountsForACustomerOfAnyUnitAsBeforeUnits() {
        // given the host records units on customers, not on contacts or role holdings
        Contact call = phone("K-1", ContactRole.BU_HEAD, "2025-11-20T10:00");

        ComplianceReport report = compliance(List.of(key("K-1", EAST)), List.of(call), MONDAY);

        assertThat(status(report, "K-1", "C1", "2025-W47").state()).isEqualTo(ObligationState.MET);
    }

    @Test
    void aRowByAnyoneIsNotBoundToAUnitAndCompanyLeadershipHasNone() {
        // given another unit's BU head revisits (C5: by anyone) and the VP phones (C3: no unit role)
        Contact revisitByWest = revisit("S-1", ContactRole.BU_HEAD, Channel.PHONE, "2025-11-03T10:00").forUnit(WEST);
        Contact vpCall = phone("S-1", ContactRole.VP, "2025-10-15T10:00");

        ComplianceReport report = compliance(List.of(strategic("S-1", EAST)), List.of(revisitByWest, vpCall), MONDAY);

        assertThat(status(report, "S-1", "C5", "2025-Q4").state()).isEqualTo(ObligationState.MET);
        assertThat(status(report, "S-1", "C3", "2025-10").state()).isEqualTo(ObligationState.MET);
    }

    @Test
    void aCompanyRoleCannotBeHeldInABusinessUnit() {
        assertThatThrownBy(() -> RoleAssignment.of("E-9", ContactRole.GM, EAST, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("person E-9 as GM").hasMessageContaining("unit = BU-East");
    }

    // ---------------------------------------------------------------- R4: each unit's BU head, its own general customers

    @Test
    void r4MetInOneUnitButNotInAnotherGivesOneFindingNamingTheUnitThatMissedIt() {
        // given general customers in BU-East and BU-West; only East's head revisited one of his on site in 2025
        ComplianceReport report = compliance(
                List.of(general("G-E1", EAST), general("G-E2", EAST), general("G-W1", WEST)),
                List.of(revisit("G-E2", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(EAST)),
                DECEMBER);

        // then one status per unit and year, none for the company as a whole
        assertThat(company(report, "R4", ContactRole.BU_HEAD)).extracting(ObligationStatus::subjectId)
                .containsOnly("COMPANY/unit:BU-East", "COMPANY/unit:BU-West");
        assertThat(unitStatus(report, "R4", "COMPANY/unit:BU-East", "2025").state()).isEqualTo(ObligationState.MET);
        ObligationStatus west = unitStatus(report, "R4", "COMPANY/unit:BU-West", "2025");
        assertThat(west.state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(west.unit()).isEqualTo(WEST);
        assertThat(west.isOfUnit()).isTrue();
        // 2025 is open: West is warned; 2024 closed unmet in both units (the customers are on file since 2020)
        List<Finding> r4For2025 = report.findings("R4").stream()
                .filter(f -> ObligationStatus.isCompanySubject(f.subjectId()) && "2025".equals(f.evidence().get("period")))
                .toList();
        assertThat(r4For2025).singleElement().satisfies(f -> {
            assertThat(f.subjectId()).isEqualTo("COMPANY/unit:BU-West");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.responsible()).isEqualTo("BU_HEAD");
            assertThat(f.evidence()).containsEntry("business unit", "BU-West");
            assertThat(f.message()).startsWith("BU head revisits general customers of his choice on site at least once "
                    + "a year — business unit BU-West (西南业务部), 2025: not met yet; 1 on-site revisit by the BU head");
        });
        assertThat(report.findings("R4")).filteredOn(f -> "2024".equals(f.evidence().get("period")))
                .extracting(Finding::subjectId, Finding::severity)
                .containsExactlyInAnyOrder(tuple("COMPANY/unit:BU-East", Severity.VIOLATION),
                        tuple("COMPANY/unit:BU-West", Severity.VIOLATION));
    }

    @Test
    void r4AnotherUnitsHeadVisitingThisUnitsCustomerCountsForNeitherUnit() {
        // given West's head visits East's general customer
        Contact visit = revisit("G-E1", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(WEST);

        ComplianceReport report = compliance(List.of(general("G-E1", EAST), general("G-W1", WEST)), List.of(visit),
                DECEMBER);

        ObligationStatus east = unitStatus(report, "R4", "COMPANY/unit:BU-East", "2025");
        assertThat(east.state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(east.notCounted()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotCountedReason.OTHER_UNIT);
            assertThat(n.detail()).isEqualTo("made as BU_HEAD of BU-West; needs BU_HEAD of BU-East");
        });
        ObligationStatus west = unitStatus(report, "R4", "COMPANY/unit:BU-West", "2025");
        assertThat(west.state()).isEqualTo(ObligationState.AT_RISK);
        assertThat(west.counted()).isEmpty();
    }

    @Test
    void r4AUnitWithoutGeneralCustomersOwesNoSelectiveRevisit() {
        // given BU-West manages key customers only
        ComplianceReport report = compliance(List.of(general("G-E1", EAST), key("K-W1", WEST)),
                List.of(revisit("G-E1", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(EAST)), DECEMBER);

        assertThat(company(report, "R4", ContactRole.BU_HEAD)).extracting(ObligationStatus::subjectId)
                .containsOnly("COMPANY/unit:BU-East");
    }

    @Test
    void r4CustomersOfNoUnitInAPortfolioWithUnitsAreOneMoreGroupTheCompany() {
        // given one unit-less general customer next to BU-East's
        ComplianceReport report = compliance(List.of(general("G-E1", EAST), general("G-0", null)),
                List.of(revisit("G-E1", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(EAST)), DECEMBER);

        assertThat(unitStatus(report, "R4", "COMPANY/unit:BU-East", "2025").state()).isEqualTo(ObligationState.MET);
        assertThat(unitStatus(report, "R4", ObligationStatus.COMPANY, "2025").state()).isEqualTo(ObligationState.AT_RISK);
    }

    // ---------------------------------------------------------------- C10: each unit's marketing staff, every working day

    @Test
    void c10IsOwedByEachUnitsMarketingStaffEveryWorkingDay() {
        // given Friday Nov 21: East's staff messaged an East customer online, nobody messaged a West customer
        Contact message = contact("G-E1", ContactRole.SALES_STAFF, Channel.IM, Purpose.ONLINE_INFORMATION,
                "2025-11-21T15:00").forUnit(EAST);

        ComplianceReport report = compliance(List.of(general("G-E1", EAST), key("K-W1", WEST)), List.of(message),
                MONDAY);

        assertThat(report.companyStatuses("C10")).extracting(ObligationStatus::subjectId, s -> s.period().label(),
                ObligationStatus::state).containsExactlyInAnyOrder(
                        tuple("COMPANY/unit:BU-East", "2025-11-21", ObligationState.MET),
                        tuple("COMPANY/unit:BU-East", "2025-11-24", ObligationState.DUE),
                        tuple("COMPANY/unit:BU-West", "2025-11-21", ObligationState.OVERDUE),
                        tuple("COMPANY/unit:BU-West", "2025-11-24", ObligationState.DUE));
        assertThat(report.findings("C10")).extracting(Finding::subjectId, Finding::severity)
                .containsExactly(tuple("COMPANY/unit:BU-West", Severity.VIOLATION));
    }

    @ParameterizedTest(name = "online message by staff of {0}: BU-East's Friday {1}")
    @CsvSource({
            "BU-East, MET",
            "BU-West, OVERDUE"})
    void c10AMessageCountsForTheUnitOfTheCustomerOnlyWhenMadeByThatUnitsStaff(String staffOf, ObligationState expected) {
        BusinessUnit unit = staffOf.equals("BU-East") ? EAST : WEST;
        Contact message = contact("G-E1", ContactRole.SALES_STAFF, Channel.EMAIL, Purpose.ONLINE_INFORMATION,
                "2025-11-21T15:00").forUnit(unit);

        ComplianceReport report = compliance(List.of(general("G-E1", EAST)), List.of(message), MONDAY);

        assertThat(unitStatus(report, "C10", "COMPANY/unit:BU-East", "2025-11-21").state()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- company-wide duties stay company-wide

    @Test
    void c4C8AndR2ChairmanAndGmStayCompanyWideInAPortfolioWithUnits() {
        ComplianceReport report = compliance(List.of(strategic("S-E1", EAST), strategic("S-W1", WEST)),
                List.of(phone("S-W1", ContactRole.GM, "2025-11-03T10:00")), MONDAY);

        for (String rule : List.of("C4", "C8", "R2", "R6")) {
            assertThat(report.companyStatuses(rule)).as(rule).isNotEmpty()
                    .extracting(ObligationStatus::subjectId).containsOnly(ObligationStatus.COMPANY);
        }
        assertThat(companyStateOf(report, "C4", "2025-11")).isEqualTo(ObligationState.MET);
    }

    private static ObligationState companyStateOf(ComplianceReport report, String rule, String period) {
        return unitStatus(report, rule, ObligationStatus.COMPANY, period).state();
    }

    // ---------------------------------------------------------------- a portfolio without units is one unit

    @Test
    void aPortfolioWithoutUnitsOwesR4AndC10AsTheCompany() {
        ComplianceReport report = compliance(List.of(general("G-1", null), general("G-2", null)),
                List.of(revisit("G-2", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00")), MONDAY);

        assertThat(report.companyStatuses("R4")).extracting(ObligationStatus::subjectId)
                .containsOnly(ObligationStatus.COMPANY);
        assertThat(report.companyStatuses("C10")).extracting(ObligationStatus::subjectId)
                .containsOnly(ObligationStatus.COMPANY);
        assertThat(report.findings()).extracting(Finding::subjectId).noneMatch(s -> s.startsWith(ObligationStatus.UNIT_PREFIX));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.evidence()).doesNotContainKey("business unit"));
        assertThat(companyStateOf(report, "R4", "2025")).isEqualTo(ObligationState.MET);
    }

    @Test
    void aPortfolioAllInOneUnitGivesTheSameStatesAsWithoutUnitsUnderTheUnitsName() {
        // given the same customers and contacts, once without units and once all in BU-East
        List<Contact> contacts = List.of(
                revisit("G-2", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00"),
                phone("K-1", ContactRole.BU_HEAD, "2025-11-20T10:00"),
                contact("G-1", ContactRole.SALES_STAFF, Channel.IM, Purpose.ONLINE_INFORMATION, "2025-11-21T15:00"));
        List<Customer> without = List.of(general("G-1", null), general("G-2", null), key("K-1", null));
        List<Customer> inEast = List.of(general("G-1", EAST), general("G-2", EAST), key("K-1", EAST));

        ComplianceReport a = compliance(without, contacts, MONDAY);
        ComplianceReport b = compliance(inEast, contacts, MONDAY);

        assertThat(b.statuses()).extracting(s -> s.ruleId().value(), s -> s.period().label(), ObligationStatus::state,
                s -> s.counted().size(), s -> s.notCounted().size())
                .containsExactlyElementsOf(new ArrayList<>(a.statuses()).stream().map(s -> tuple(s.ruleId().value(),
                        s.period().label(), s.state(), s.counted().size(), s.notCounted().size())).toList());
        assertThat(b.findings()).extracting(f -> f.subjectId().replace("COMPANY/unit:BU-East", "COMPANY"))
                .containsExactlyInAnyOrderElementsOf(a.findings().stream().map(Finding::subjectId).toList());
    }

    // ---------------------------------------------------------------- the distributed steps keep the units apart

    @Test
    void theBatchStepsDecideEachUnitsDutiesAsTheReportDoesInAnyOrderAndAcrossTheWire() throws Exception {
        // given
        List<Customer> customers = List.of(general("G-E1", EAST), general("G-W1", WEST), general("G-0", null));
        List<Contact> contacts = List.of(
                revisit("G-E1", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(EAST),
                revisit("G-W1", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00").forUnit(EAST));
        PortfolioEvaluator evaluator = Fixtures.policy().batch().evaluator(DECEMBER);
        List<Contributions> parts = new ArrayList<>();
        for (Customer c : customers) {
            ChunkOutcome out = evaluator.evaluate(new CustomerContacts(c,
                    contacts.stream().filter(k -> k.customerId().equals(c.id())).toList(), List.of()));
            parts.add(roundTrip(out.contributions()));
        }

        // when
        Contributions forwards = evaluator.merge(evaluator.merge(parts.get(0), parts.get(1)), parts.get(2));
        Contributions backwards = evaluator.merge(parts.get(2), evaluator.merge(parts.get(1), parts.get(0)));
        CompanyWideDecision decision = evaluator.decide(forwards);

        // then
        assertThat(backwards).isEqualTo(forwards);
        assertThat(forwards.byObligation()).containsKeys("R4/BU_HEAD/COMPANY_WIDE/REVISIT/unit:BU-East",
                "R4/BU_HEAD/COMPANY_WIDE/REVISIT/unit:BU-West", "R4/BU_HEAD/COMPANY_WIDE/REVISIT");
        ComplianceReport report = compliance(customers, contacts, DECEMBER);
        assertThat(decision.findings()).filteredOn(f -> f.ruleId().value().equals("R4"))
                .containsExactlyInAnyOrderElementsOf(report.findings("R4").stream()
                        .filter(f -> ObligationStatus.isCompanySubject(f.subjectId())).toList());
        assertThat(decision.statuses()).filteredOn(s -> s.ruleId().value().equals("R4") && s.period().label().equals("2025"))
                .extracting(ObligationStatus::subjectId, ObligationStatus::state)
                .containsExactlyInAnyOrder(tuple("COMPANY", ObligationState.AT_RISK),
                        tuple("COMPANY/unit:BU-East", ObligationState.MET),
                        tuple("COMPANY/unit:BU-West", ObligationState.AT_RISK));
    }

    private static Contributions roundTrip(Contributions c) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(c);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            Contributions back = (Contributions) in.readObject();
            assertThat(back).isEqualTo(c);
            return back;
        }
    }
}
