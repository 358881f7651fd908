package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ContactFixtures.SHANGHAI;
import static org.crmpolicy.rules.ContactFixtures.at;
import static org.crmpolicy.rules.ContactFixtures.key;
import static org.crmpolicy.rules.ContactFixtures.strategic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.PeriodKind;
import org.junit.jupiter.api.Test;

/** Statuses looked up by rule, role and period: typed, without matching period labels. */
class StatusLookupTest {

    static final Instant MONDAY = at("2025-11-24T10:00");

    @Test
    void aCustomersStatusIsFoundByRuleRoleAndAPeriodTheHostBuilds() {
        // given
        ComplianceReport report = ContactFixtures.compliance(List.of(key("K-1")), List.of(), MONDAY);

        // when
        var q4 = report.status(CustomerId.of("K-1"), RuleId.of("C5"), ContactRole.SALES_STAFF,
                PeriodKind.QUARTER.containing(LocalDate.of(2025, 11, 24), SHANGHAI));
        var q3 = report.status(CustomerId.of("K-1"), RuleId.of("C5"), ContactRole.SALES_STAFF,
                PeriodKind.QUARTER.containing(LocalDate.of(2025, 9, 30), SHANGHAI));

        // then
        assertThat(q4).get().extracting(s -> s.period().label()).isEqualTo("2025-Q4");
        assertThat(q3).get().extracting(ObligationStatus::state).isEqualTo(ObligationState.OVERDUE);
        assertThat(report.statuses(CustomerId.of("K-1"), RuleId.of("C5"), ContactRole.SALES_STAFF)).hasSize(2);
    }

    @Test
    void anotherRoleOrAPeriodNotEvaluatedFindsNothing() {
        ComplianceReport report = ContactFixtures.compliance(List.of(key("K-1")), List.of(), MONDAY);

        assertThat(report.statuses(CustomerId.of("K-1"), RuleId.of("C5"), ContactRole.GM)).isEmpty();
        assertThat(report.status(CustomerId.of("K-1"), RuleId.of("C5"), ContactRole.SALES_STAFF,
                PeriodKind.QUARTER.containing(LocalDate.of(2025, 3, 1), SHANGHAI))).isEmpty();
        assertThat(report.statuses(CustomerId.of("X-9"), RuleId.of("C5"), ContactRole.SALES_STAFF)).isEmpty();
    }

    @Test
    void aCompanyWideStatusIsFoundByRuleRoleAndPeriod() {
        ComplianceReport report = ContactFixtures.compliance(List.of(strategic("S-1")), List.of(), MONDAY);

        assertThat(report.companyStatus(RuleId.of("C4"), ContactRole.GM,
                PeriodKind.MONTH.containing(LocalDate.of(2025, 11, 1), SHANGHAI)))
                .get().extracting(s -> s.period().label()).isEqualTo("2025-11");
    }

    @Test
    void twoObligationsOfOneRuleAndRoleInOnePeriodAreRefusedByTheSingleLookup() {
        ComplianceReport report = ContactFixtures.compliance(List.of(key("K-1")), List.of(), MONDAY);

        assertThat(report.companyStatuses(RuleId.of("C8"), ContactRole.SALES_STAFF)).hasSizeGreaterThan(2);
        assertThatThrownBy(() -> report.companyStatus(RuleId.of("C8"), ContactRole.SALES_STAFF,
                PeriodKind.YEAR.containing(LocalDate.of(2025, 1, 1), SHANGHAI)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has 2 obligations in period 2025");
    }
}
