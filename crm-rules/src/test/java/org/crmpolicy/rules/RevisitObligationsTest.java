package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.startsAt;
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
import org.crmpolicy.contact.RevisitPlan;
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

/** R1–R6: revisits on both sides of their period boundaries, on site or not, by the right role. */
class RevisitObligationsTest {

    static final Instant MONDAY = at("2025-11-24T10:00");

    private static ObligationStatus company(ComplianceReport report, String ruleId, ContactRole role, String period) {
        return report.companyStatuses(ruleId).stream()
                .filter(s -> s.obligation().responsible() == role && s.period().label().equals(period))
                .findFirst().orElseThrow();
    }

    private static ObligationStatus perCustomer(ComplianceReport report, String customer, String ruleId, ContactRole role,
            String period) {
        return report.statuses(CustomerId.of(customer), ruleId).stream()
                .filter(s -> s.obligation().responsible() == role && s.period().label().equals(period))
                .findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------- R1

    @ParameterizedTest(name = "follow-up at {0}: {1}")
    @CsvSource({
            "2024-12-31T23:59, MET",
            "2025-01-01T00:00, OVERDUE"})
    void r1ACustomerWhoComplainedIsRevisitedWithinTheYear(String when, ObligationState expected) {
        // given a complaint on Dec 20, 2024, evaluated in January 2025
        CustomerEvent complaint = CustomerEvent.of("P-9", CustomerId.of("G-1"), CustomerEvent.Kind.COMPLAINT,
                at("2024-12-20T09:00"));
        Contact followUp = contact("G-1", ContactRole.SALES_STAFF, Channel.PHONE, Purpose.COMPLAINT_FOLLOW_UP, when);
        ComplianceRequest request = ComplianceRequest.of(List.of(general("G-1")), List.of(followUp), at("2025-01-05T10:00"))
                .withTierHistory(List.of(ContactFixtures.tier("G-1", org.crmpolicy.customer.Tier.GENERAL,
                        java.time.LocalDate.of(2020, 1, 1), null)))
                .withEvents(List.of(complaint));

        ObligationStatus r1 = Fixtures.policy().obligations().compliance(request).statuses(CustomerId.of("G-1"), "R1").get(0);

        assertThat(r1.period().label()).isEqualTo("revisit after COMPLAINT P-9 in 2024");
        assertThat(r1.state()).isEqualTo(expected);
    }

    @Test
    void r1ARevisitBeforeTheComplaintDoesNotCount() {
        CustomerEvent complaint = CustomerEvent.of("P-10", CustomerId.of("K-1"), CustomerEvent.Kind.COMPLAINT,
                at("2025-03-10T09:00"));
        Contact before = revisit("K-1", ContactRole.SALES_STAFF, Channel.PHONE, "2025-03-09T16:00");
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(before), MONDAY)
                .withEvents(List.of(complaint));

        ObligationStatus r1 = Fixtures.policy().obligations().compliance(request).statuses(CustomerId.of("K-1"), "R1").get(0);

        assertThat(r1.state()).isEqualTo(ObligationState.DUE);
        assertThat(r1.notCounted()).extracting(n -> n.reason()).containsExactly(NotCountedReason.OUTSIDE_PERIOD);
    }

    // ---------------------------------------------------------------- R2

    @ParameterizedTest(name = "VP visit at {0}: 2024 {1}, 2025 {2}")
    @CsvSource({
            "2024-12-31T23:59, MET,     DUE",
            "2025-01-01T00:00, OVERDUE, MET"})
    void r2VpRevisitsEachStrategicPartnerOnSiteYearly(String when, ObligationState y2024, ObligationState y2025) {
        ComplianceReport report = compliance(List.of(strategic("S-1")),
                List.of(revisit("S-1", ContactRole.VP, Channel.VISIT, when)), MONDAY);

        assertThat(perCustomer(report, "S-1", "R2", ContactRole.VP, "2024").state()).isEqualTo(y2024);
        assertThat(perCustomer(report, "S-1", "R2", ContactRole.VP, "2025").state()).isEqualTo(y2025);
        assertThat(perCustomer(report, "S-1", "R2", ContactRole.BU_HEAD, "2025").state()).isEqualTo(ObligationState.DUE);
    }

    @Test
    void r2ARevisitByPhoneIsNotOnSite() {
        ComplianceReport report = compliance(List.of(strategic("S-1")),
                List.of(revisit("S-1", ContactRole.BU_HEAD, Channel.PHONE, "2025-06-01T10:00")), MONDAY);

        ObligationStatus buHead = perCustomer(report, "S-1", "R2", ContactRole.BU_HEAD, "2025");
        assertThat(buHead.state()).isEqualTo(ObligationState.DUE);
        assertThat(buHead.notCounted()).singleElement()
                .satisfies(n -> assertThat(n.detail()).isEqualTo("PHONE is not on site; needs VISIT"));
    }

    @Test
    void r2ChairmanAndGmEachRevisitOneStrategicPartnerOfTheirChoice() {
        // given two strategic partners; the chairman visited one of them, the GM none
        ComplianceReport report = compliance(List.of(strategic("S-1"), strategic("S-2")),
                List.of(revisit("S-2", ContactRole.CHAIRMAN, Channel.VISIT, "2025-05-01T10:00")), MONDAY);

        assertThat(company(report, "R2", ContactRole.CHAIRMAN, "2025").state()).isEqualTo(ObligationState.MET);
        assertThat(company(report, "R2", ContactRole.GM, "2025").state()).isEqualTo(ObligationState.DUE);
        assertThat(report.statuses(CustomerId.of("S-1"), "R2")).extracting(s -> s.obligation().responsible())
                .doesNotContain(ContactRole.CHAIRMAN, ContactRole.GM);
    }

    // ---------------------------------------------------------------- R3

    @Test
    void r3BuHeadRevisitsEachKeyCustomerOnSiteYearlyAndASalespersonsVisitDoesNotCount() {
        ComplianceReport report = compliance(List.of(key("K-1"), key("K-2")), List.of(
                revisit("K-1", ContactRole.BU_HEAD, Channel.VISIT, "2025-03-03T10:00"),
                revisit("K-2", ContactRole.SALES_STAFF, Channel.VISIT, "2025-03-03T10:00")), MONDAY);

        assertThat(status(report, "K-1", "R3", "2025").state()).isEqualTo(ObligationState.MET);
        ObligationStatus k2 = status(report, "K-2", "R3", "2025");
        assertThat(k2.state()).isEqualTo(ObligationState.DUE);
        assertThat(k2.notCounted()).extracting(n -> n.reason()).containsExactly(NotCountedReason.WRONG_ROLE);
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
            "2025-12-03T23:59, DUE",
            "2025-12-04T00:00, AT_RISK",
            "2026-01-01T00:00, OVERDUE"})
    void r3YearTurnsAtRiskOnItsTwentiethLastWorkingDay(String asOf, ObligationState expected) {
        ComplianceReport report = compliance(List.of(key("K-1")), List.of(), at(asOf));

        assertThat(status(report, "K-1", "R3", "2025").state()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------- R4

    @Test
    void r4BuHeadVisitsAtLeastOneGeneralCustomerOfHisChoiceYearly() {
        ComplianceReport report = compliance(List.of(general("G-1"), general("G-2")),
                List.of(revisit("G-2", ContactRole.BU_HEAD, Channel.VISIT, "2025-04-01T10:00")), MONDAY);

        assertThat(company(report, "R4", ContactRole.BU_HEAD, "2025").state()).isEqualTo(ObligationState.MET);
        assertThat(company(report, "R4", ContactRole.BU_HEAD, "2024").state()).isEqualTo(ObligationState.OVERDUE);
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
            "2025-11-24T09:59, MET",
            "2025-11-24T10:00, OVERDUE"})
    void r4GeneralCustomerGetsASalespersonsOnSiteRevisitAtLeastEveryTwoYears(String asOf, ObligationState expected) {
        // given the last on-site revisit on 2023-11-24 10:00
        ComplianceReport report = compliance(List.of(general("G-1")),
                List.of(revisit("G-1", ContactRole.SALES_STAFF, Channel.VISIT, "2023-11-24T10:00")), at(asOf));

        ObligationStatus r4 = report.statuses(CustomerId.of("G-1"), "R4").get(0);
        assertThat(r4.state()).isEqualTo(expected);
        assertThat(r4.due()).isEqualTo(at("2025-11-24T10:00"));
    }

    @Test
    void r4ABuHeadsOnSiteRevisitSparesTheSalespersonsButAPhoneCallDoesNot() {
        ComplianceReport report = compliance(List.of(general("G-1"), general("G-2")), List.of(
                revisit("G-1", ContactRole.BU_HEAD, Channel.VISIT, "2024-06-01T10:00"),
                revisit("G-2", ContactRole.SALES_STAFF, Channel.PHONE, "2024-06-01T10:00")), MONDAY);

        assertThat(report.statuses(CustomerId.of("G-1"), "R4").get(0).state()).isEqualTo(ObligationState.MET);
        ObligationStatus g2 = report.statuses(CustomerId.of("G-2"), "R4").get(0);
        assertThat(g2.state()).isEqualTo(ObligationState.OVERDUE);
        assertThat(g2.period().label()).isEqualTo("2 years from 2020-03-01");
    }

    @Test
    void r4DoesNotRelaxTheQuarterlyRevisitOfC5() {
        ComplianceReport report = compliance(List.of(general("G-1")),
                List.of(revisit("G-1", ContactRole.SALES_STAFF, Channel.VISIT, "2025-06-01T10:00")), MONDAY);

        assertThat(report.statuses(CustomerId.of("G-1"), "R4").get(0).state()).isEqualTo(ObligationState.MET);
        assertThat(status(report, "G-1", "C5", "2025-Q4").state()).isEqualTo(ObligationState.DUE);
    }

    // ---------------------------------------------------------------- R5

    @ParameterizedTest(name = "approved by {0}: {1}")
    @CsvSource({
            "GM,         0",
            "VP,         0",
            "CHAIRMAN,   0",
            "BU_HEAD,    1",
            "SALES_STAFF,1"})
    void r5AnAdHocRevisitPlanNeedsCompanyLeadershipApproval(ContactRole approver, int violations) {
        RevisitPlan plan = RevisitPlan.adHoc("RP-1", CustomerId.of("K-1"), startsAt("2025-11-10T09:00"))
                .approvedBy(approver, at("2025-11-07T16:00"));
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(), MONDAY)
                .withRevisitPlans(List.of(plan));

        List<Finding> r5 = Fixtures.policy().obligations().compliance(request).findings("R5");

        assertThat(r5).hasSize(violations);
        assertThat(r5).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.responsible()).isEqualTo("COMPANY_LEADERSHIP");
        });
    }

    @Test
    void r5AnUnapprovedPlanThatHasNotStartedIsAWarningAndAnApprovalAfterTheStartIsTooLate() {
        RevisitPlan future = RevisitPlan.adHoc("RP-2", CustomerId.of("K-1"), startsAt("2025-12-01T09:00"));
        RevisitPlan late = RevisitPlan.adHoc("RP-3", CustomerId.of("K-1"), startsAt("2025-11-10T09:00"))
                .approvedBy(ContactRole.GM, at("2025-11-11T09:00"));
        RevisitPlan regular = new RevisitPlan("RP-4", CustomerId.of("K-1"), false, startsAt("2025-11-10T09:00"), null, null);
        ComplianceRequest request = ComplianceRequest.of(List.of(key("K-1")), List.of(), MONDAY)
                .withRevisitPlans(List.of(future, late, regular));

        List<Finding> r5 = Fixtures.policy().obligations().compliance(request).findings("R5");

        assertThat(r5).extracting(Finding::severity, f -> f.message().substring(0, 22)).containsExactlyInAnyOrder(
                tuple(Severity.WARNING, "ad-hoc revisit plan RP"), tuple(Severity.VIOLATION, "ad-hoc revisit plan RP"));
        assertThat(r5).filteredOn(f -> f.severity() == Severity.WARNING).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("RP-2"));
        // the approval time in the policy's local time with its zone, as every message prints time (issue 19)
        assertThat(r5).filteredOn(f -> f.severity() == Severity.VIOLATION).singleElement()
                .satisfies(f -> assertThat(f.message()).endsWith("approved by GM at 2025-11-11 09:00 Asia/Shanghai"));
    }

    // ---------------------------------------------------------------- R6

    @ParameterizedTest(name = "report at {0}: Q3 {1}")
    @CsvSource({
            "2025-09-30T23:59, MET",
            "2025-10-01T00:00, OVERDUE"})
    void r6SalesDepartmentWritesAQuarterlyRevisitEvaluationReport(String when, ObligationState q3) {
        // given an internal note that concerns no single customer
        Contact report = new Contact("RPT-" + when, null, "E-SALES", ContactRole.SALES_STAFF, Channel.EMAIL,
                Purpose.REVISIT_EVALUATION_REPORT, at(when), at(when), true);

        ComplianceReport result = compliance(List.of(key("K-1")), List.of(report), MONDAY);

        assertThat(result.companyStatuses("R6")).extracting(s -> s.period().label(), ObligationStatus::state)
                .contains(tuple("2025-Q3", q3));
        assertThat(result.rejected()).isEmpty();
    }

    @Test
    void r6ACallIsNotAnEvaluationReport() {
        ComplianceReport result = compliance(List.of(key("K-1")), List.of(phone("K-1", ContactRole.SALES_STAFF,
                "2025-10-02T10:00")), MONDAY);

        assertThat(result.companyStatuses("R6")).extracting(ObligationStatus::state)
                .containsExactly(ObligationState.OVERDUE, ObligationState.DUE);
    }
}
