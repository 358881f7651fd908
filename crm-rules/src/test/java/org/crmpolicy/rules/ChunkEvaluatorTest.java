package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.PortfolioBatchTest.AS_OF;

import java.time.Instant;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.CustomerCompliance;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.obligations.ChunkResult;
import org.crmpolicy.rules.obligations.CustomerFile;
import org.junit.jupiter.api.Test;

/** One chunk assessed on its own gives what the compliance report gives its customers; company-wide is left open. */
class ChunkEvaluatorTest {

    @Test
    void aChunkAssessedOnItsOwnGivesTheReportsPerCustomerStatusesFindingsAndTiers() {
        // given
        List<CustomerContacts> input = PortfolioBatchTest.portfolio(12);
        List<CustomerFile> files = input.stream().map(cc -> CustomerFile.of(cc.customer(), cc.contacts(), cc.events())).toList();

        // when
        ChunkResult chunk = Fixtures.policy().obligations().assess(files, AS_OF);
        ComplianceReport report = Fixtures.policy().compliance(input.stream().map(CustomerContacts::customer).toList(),
                input.stream().flatMap(cc -> cc.contacts().stream()).toList(), AS_OF);

        // then
        assertThat(chunk.findings()).containsExactlyInAnyOrderElementsOf(report.findings().stream()
                .filter(f -> !f.subjectId().equals(ObligationStatus.COMPANY)).toList());
        for (CustomerCompliance c : report.customers()) {
            assertThat(chunk.tiers().get(c.customerId())).isEqualTo(c.tier());
            assertThat(chunk.statusesOf(c.customerId())).containsExactlyInAnyOrderElementsOf(c.statuses());
        }
        assertThat(chunk.classified()).extracting(d -> d.customerId()).containsExactlyElementsOf(
                input.stream().map(cc -> cc.customer().id()).toList());
        assertThat(chunk.companyWide()).isNotEmpty();
        assertThat(chunk.rejected()).isEmpty();
    }

    @Test
    void aContactHandedInWithAnotherCustomerIsRejectedNotCounted() {
        // given
        List<CustomerContacts> input = PortfolioBatchTest.portfolio(2);
        Contact stranger = Contact.of("X-1", input.get(1).customer().id(), "E-1", ContactRole.BU_HEAD, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-11-25T03:00:00Z"));
        CustomerFile first = CustomerFile.of(input.get(0).customer(), List.of(stranger), List.of());

        // when
        ChunkResult chunk = Fixtures.policy().obligations().assess(List.of(first), AS_OF);

        // then
        CustomerId id = input.get(0).customer().id();
        assertThat(chunk.rejected()).containsExactly(new RejectedInput("contact", stranger.id(), "customerId = "
                + stranger.customerId() + ", but it was handed in with customer " + id));
        assertThat(chunk.findings()).extracting(Finding::subjectId).containsOnly(id.value());
    }
}
