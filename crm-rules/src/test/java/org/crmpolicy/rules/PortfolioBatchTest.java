package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.batch.BatchProgress;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.Test;
import org.crmpolicy.rules.evaluation.InvalidFactException;

/** The streaming batch: the same C/R findings as a compliance report, bad input refused or rejected, progress. */
class PortfolioBatchTest {

    static final Instant AS_OF = Instant.parse("2025-11-28T02:00:00Z");   // Friday 10:00 Asia/Shanghai

    static List<CustomerContacts> portfolio(int n) {
        List<CustomerContacts> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "B-" + i;
            Customer c = switch (i % 3) {
                case 0 -> Fixtures.aKeyCustomer(id).build();
                case 1 -> Fixtures.aGeneralCustomer(id).build();
                default -> Fixtures.aStrategicPartner(id).build();
            };
            List<Contact> log = new ArrayList<>();
            if (i % 2 == 0) {
                log.add(Contact.of(id + "-1", c.id(), "E-1", ContactRole.BU_HEAD, Channel.PHONE, Purpose.ROUTINE,
                        Instant.parse("2025-11-25T03:00:00Z")));
            }
            if (i % 5 == 0) {
                log.add(Contact.of(id + "-2", c.id(), "E-2", ContactRole.SALES_STAFF, Channel.VISIT, Purpose.REVISIT,
                        Instant.parse("2025-10-10T03:00:00Z")));
            }
            all.add(CustomerContacts.of(c, log));
        }
        return all;
    }

    @Test
    void theBatchReportsTheSameContactFindingsAsAComplianceReportInChunksOnTwoThreads() {
        // given
        List<CustomerContacts> input = portfolio(25);
        List<Finding> streamed = new ArrayList<>();
        List<BatchProgress> progress = new ArrayList<>();

        // when
        BatchSummary summary = Fixtures.policy().batch().withChunkSize(4).withWorkers(2).withQueueDepth(1).expecting(25)
                .run(input.iterator(), AS_OF, new BatchSink() {
                    @Override
                    public void findings(List<Finding> findings) {
                        streamed.addAll(findings);
                    }

                    @Override
                    public void progress(BatchProgress p) {
                        progress.add(p);
                    }
                });
        ComplianceReport report = ContactFixtures.compliance(input.stream().map(CustomerContacts::customer).toList(),
                input.stream().flatMap(cc -> cc.contacts().stream()).toList(), AS_OF);   // the whole portfolio, as the batch

        // then
        assertThat(streamed.stream().filter(f -> f.ruleId().area() == PolicyArea.CONTACT_FREQUENCY
                || f.ruleId().area() == PolicyArea.REVISITS).toList())
                .containsExactlyInAnyOrderElementsOf(report.findings());
        assertThat(summary.customers()).isEqualTo(25);
        assertThat(summary.tiers().get(Tier.KEY).customers()).isEqualTo(9);
        assertThat(progress).extracting(BatchProgress::customersDone).contains(4L, 8L, 25L).isSorted();
        assertThat(progress.get(progress.size() - 1).fraction()).isEqualTo(1.0);
    }

    @Test
    void eachChunksFindingsReachTheSinkCustomerByCustomerInInputOrder() {
        // given
        List<CustomerContacts> input = portfolio(25);
        List<List<Finding>> chunks = new ArrayList<>();

        // when
        Fixtures.policy().batch().withChunkSize(4).withWorkers(2).run(input.iterator(), AS_OF, new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                chunks.add(findings);
            }
        });

        // then within every delivery the customers come in input order, each customer's findings together and sorted
        List<String> order = input.stream().map(cc -> cc.customer().id().value()).toList();
        for (List<Finding> chunk : chunks) {
            List<Finding> customers = chunk.stream().filter(f -> order.contains(f.subjectId())).toList();
            assertThat(customers).extracting(f -> order.indexOf(f.subjectId())).isSorted();
            for (String id : order) {
                assertThat(customers.stream().filter(f -> f.subjectId().equals(id)).toList())
                        .isSortedAccordingTo(ComplianceReport.findingOrder());
            }
        }
        assertThat(chunks.stream().flatMap(List::stream).map(Finding::subjectId).distinct().filter(order::contains))
                .hasSizeGreaterThan(10);
    }

    @Test
    void theCompanyWideReductionStaysBoundedAndDecidesTheSameStatesAsAComplianceReport() {
        // given 300 customers, each with one online contact by sales staff on Thursday: 300 candidates for C10
        List<CustomerContacts> input = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Customer c = Fixtures.aGeneralCustomer("W-" + i).build();
            input.add(CustomerContacts.of(c, List.of(Contact.of("W-" + i + "-1", c.id(), "E-" + (i % 7),
                    ContactRole.SALES_STAFF, Channel.IM, Purpose.ONLINE_INFORMATION,
                    Instant.parse("2025-11-27T01:00:00Z").plusSeconds(60L * i)))));
        }

        // when
        BatchSummary summary = Fixtures.policy().batch().withChunkSize(7).withWorkers(2)
                .run(input.iterator(), AS_OF, new BatchSink() { });
        ComplianceReport report = ContactFixtures.compliance(input.stream().map(CustomerContacts::customer).toList(),
                input.stream().flatMap(cc -> cc.contacts().stream()).toList(), AS_OF);   // the whole portfolio, as the batch

        // then every company-wide state is the report's, but the batch lists at most 100 contacts that did not count
        assertThat(summary.companyStatuses()).extracting(s -> s.obligation().key() + " " + s.period().label() + " " + s.state())
                .containsExactlyInAnyOrderElementsOf(report.statuses().stream().filter(s -> s.subject() == null)
                        .map(s -> s.obligation().key() + " " + s.period().label() + " " + s.state()).toList());
        assertThat(report.companyStatuses("C10")).anySatisfy(s -> assertThat(s.notCounted()).hasSize(300));
        assertThat(summary.companyStatuses()).allSatisfy(s -> assertThat(s.notCounted()).hasSizeLessThanOrEqualTo(100));
        assertThat(summary.companyStatuses()).filteredOn(s -> s.ruleId().value().equals("C10"))
                .extracting(s -> s.period().label() + " " + s.state())
                .containsExactlyInAnyOrder("2025-11-27 MET", "2025-11-28 DUE");
    }

    @Test
    void aContactHandedInWithTheWrongCustomerIsRejectedWithTheReason() {
        // given
        Customer a = Fixtures.aKeyCustomer("B-A").build();
        Contact other = Contact.of("K-9", CustomerId.of("B-Z"), "E-1", ContactRole.BU_HEAD, Channel.PHONE,
                Purpose.ROUTINE, Instant.parse("2025-11-25T03:00:00Z"));
        List<RejectedInput> rejected = new ArrayList<>();

        // when
        Fixtures.policy().batch().run(List.of(CustomerContacts.of(a, List.of(other))).iterator(), AS_OF, new BatchSink() {
            @Override
            public void rejected(List<RejectedInput> list) {
                rejected.addAll(list);
            }
        });

        // then
        assertThat(rejected).singleElement().satisfies(r -> assertThat(r.problem())
                .isEqualTo("customerId = B-Z, but it was handed in with customer B-A"));
    }

    @Test
    void aContactWithABadFieldStopsTheRunNamingTheContactAndTheField() {
        // given
        Customer a = Fixtures.aKeyCustomer("B-A").build();
        Contact bad = new Contact("K-1", a.id(), " ", ContactRole.BU_HEAD, null, Purpose.ROUTINE,
                Instant.parse("2025-11-25T03:00:00Z"), Instant.parse("2025-11-25T03:00:00Z"), false);

        // when / then
        assertThatThrownBy(() -> Fixtures.policy().batch().run(List.of(CustomerContacts.of(a, List.of(bad))).iterator(),
                AS_OF, new BatchSink() { }))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("contact K-1").hasMessageContaining("channel").hasMessageContaining("personId");
    }

    @Test
    void theCalendarsMissingYearsAreWarnedOnceWhenTheRunEndsSortedInOneLine() {
        // given customers since 2017 judged as of mid-2027 (the R4 two-year window reaches 2019; 2019 and 2027 have no
        // statutory holiday data; whichever a chunk touches first)
        List<CustomerContacts> input = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Customer c = (i % 2 == 0 ? Fixtures.aKeyCustomer("W-" + i) : Fixtures.aGeneralCustomer("W-" + i))
                    .since(java.time.LocalDate.of(2017, 1 + i, 1)).build();
            input.add(CustomerContacts.of(c, List.of()));
        }
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        // when a fresh policy runs them in chunks on two threads (capturing slf4j-simple's System.err)
        try {
            System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
            CrmPolicy.standard().batch().withChunkSize(2).withWorkers(2).run(input.iterator(),
                    Instant.parse("2027-06-30T02:00:00Z"), new BatchSink() {
                        @Override
                        public void findings(List<Finding> findings) {
                        }
                    });
        } finally {
            System.setErr(err);
        }
        // then one warning line lists the years in order
        List<String> lines = log.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("no statutory holiday data")).toList();
        assertThat(lines).singleElement().asString().contains("no statutory holiday data for 2019, 2027:");
    }
}
