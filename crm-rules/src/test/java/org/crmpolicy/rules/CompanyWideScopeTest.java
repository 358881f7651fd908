package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.key;
import static org.crmpolicy.rules.ContactFixtures.phone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.NotCountedReason;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Company-wide obligations (C4, C8, C10, R2 chairman/GM, R4, R6) are reported only when the request asks for them,
 * and never for periods before the portfolio's data starts; a contact dated before its customer existed is rejected.
 */
class CompanyWideScopeTest {

    static final Instant MONDAY = at("2025-11-24T10:00");

    @Test
    void aHostAskingAboutOneKeyCustomerGetsNoCompanyWideDuties() {
        // given one key customer, no strategic partner
        // when
        ComplianceReport report = Fixtures.policy().compliance(List.of(key("K-1")), List.of(), MONDAY);

        // then
        assertThat(report.statuses()).extracting(ObligationStatus::subjectId).doesNotContain(ObligationStatus.COMPANY);
        assertThat(report.findings()).filteredOn(f -> f.subjectId().equals(ObligationStatus.COMPANY))
                .extracting(f -> f.ruleId().value()).doesNotContain("C4", "C8", "C10", "R2", "R4", "R6");
        assertThat(report.statuses(CustomerId.of("K-1"), "C5")).isNotEmpty();
    }

    @Test
    void aRequestForTheWholePortfolioAsksForTheCompanyWideDuties() {
        // when
        ComplianceReport report = Fixtures.policy().obligations().compliance(
                ComplianceRequest.of(List.of(key("K-1")), List.of(), MONDAY).withCompanyWide(true));

        // then
        assertThat(report.companyStatuses("C8")).isNotEmpty();
        assertThat(report.companyStatuses("R6")).isNotEmpty();
    }

    @Test
    void companyWideIsOffUnlessAskedFor() {
        ComplianceRequest request = ComplianceRequest.of(List.of(), List.of(), MONDAY);

        assertThat(request.companyWide()).isFalse();
        assertThat(request.withCompanyWide(true).withKnownAt(MONDAY).companyWide()).isTrue();
    }

    @ParameterizedTest(name = "portfolio data from {0}: C8 for 2024 reported {1}")
    @CsvSource({
            "2024-12-31, true",
            "2025-01-01, false"})
    void companyWidePeriodsThatEndedBeforeThePortfolioDataStartsAreNotReported(LocalDate since, boolean reported) {
        // given the only customer entered the records on {since}
        Customer customer = Fixtures.aKeyCustomer("K-1").since(since).build();

        // when
        ComplianceReport report = Fixtures.policy().obligations().compliance(
                ComplianceRequest.of(List.of(customer), List.of(), MONDAY).withCompanyWide(true));

        // then
        assertThat(report.companyStatuses("C8")).extracting(s -> s.period().label()).contains("2025");
        assertThat(report.companyStatuses("C8").stream().anyMatch(s -> s.period().label().equals("2024")))
                .isEqualTo(reported);
        assertThat(report.findings("C8").stream().map(Finding::message).anyMatch(m -> m.contains("2024")))
                .isEqualTo(reported);
    }

    @ParameterizedTest(name = "a contact at {0} with the customer since 2025-03-01 rejected: {1}")
    @CsvSource({
            "2025-02-28T23:59, true",
            "2025-03-01T00:00, false"})
    void aContactDatedBeforeTheCustomerExistedIsRejectedNamingItsSince(String when, boolean rejected) {
        // given
        Customer customer = Fixtures.aKeyCustomer("K-1").since(LocalDate.of(2025, 3, 1)).build();
        Contact call = phone("K-1", ContactRole.SALES_STAFF, when);

        // when
        ComplianceReport report = Fixtures.policy().compliance(List.of(customer), List.of(call), MONDAY);

        // then
        assertThat(report.rejected().stream().anyMatch(r -> r.id().equals(call.id())
                && r.problem().contains("before the customer's since = 2025-03-01"))).isEqualTo(rejected);
        assertThat(report.statuses().stream().flatMap(s -> s.notCounted().stream())
                .anyMatch(n -> n.contact().id().equals(call.id()) && n.reason() == NotCountedReason.OUTSIDE_PERIOD
                        && n.detail().contains("entered its tier"))).isFalse();
    }

    @Test
    void aChunkRejectsAContactDatedBeforeTheCustomerExistedToo() {
        Customer customer = Fixtures.aKeyCustomer("K-1").since(LocalDate.of(2025, 3, 1)).build();
        Contact call = phone("K-1", ContactRole.SALES_STAFF, "2025-02-01T10:00");

        var result = Fixtures.policy().obligations().assess(List.of(org.crmpolicy.rules.obligations.CustomerFile.of(
                customer, List.of(call), List.of())), MONDAY);

        assertThat(result.rejected()).singleElement().satisfies(r -> assertThat(r.problem())
                .contains("at = 2025-02-01T10:00 Asia/Shanghai is before the customer's since = 2025-03-01"));
    }
}
