package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;

/** {@link FindingTable#insertAbsent} and {@link CustomerTable#readRange}: what the Flink job over the ERP writes and reads. */
class FindingTableInsertAbsentTest {

    static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    static final Instant NOW = Instant.parse("2025-11-24T12:00:00Z");

    static CustomerFinding finding(String customer, String rule, String subject, String message) {
        return new CustomerFinding(CustomerId.of(customer),
                new Finding(RuleId.of(rule), subject, Severity.WARNING, message, Map.of("n", "1"), null, null));
    }

    @Test
    void writingTheSameFindingsTwiceInsertsThemOnce() throws Exception {
        DataSource ds = ErpFixtures.freshH2();
        List<CustomerFinding> findings = List.of(finding("C2", "C1", "C2", "a"), finding("C9", "C4", "C9", "b"),
                finding(CustomerFinding.COMPANY.value(), "R6", "company", "c"));
        try (Connection c = ds.getConnection()) {
            assertThat(FindingTable.insertAbsent(c, DAY, findings, NOW)).isEqualTo(3);
            assertThat(FindingTable.insertAbsent(c, DAY, findings, NOW)).isZero();
            assertThat(FindingTable.read(c, DAY)).hasSize(3);
        }
    }

    @Test
    void aFindingRepeatedInOneBatchIsWrittenOnceAndOnlyTheNewOnesOfAMixedBatch() throws Exception {
        DataSource ds = ErpFixtures.freshH2();
        try (Connection c = ds.getConnection()) {
            FindingTable.insertAbsent(c, DAY, List.of(finding("C2", "C1", "C2", "a")), NOW);

            int inserted = FindingTable.insertAbsent(c, DAY, List.of(finding("C2", "C1", "C2", "a"),
                    finding("C2", "C1", "C2", "another message"), finding("C3", "C1", "C3", "a"),
                    finding("C3", "C1", "C3", "a")), NOW);

            assertThat(inserted).isEqualTo(2);
            assertThat(FindingTable.read(c, DAY)).hasSize(3);
        }
    }

    @Test
    void theSameFindingOnAnotherDayIsANewRow() throws Exception {
        DataSource ds = ErpFixtures.freshH2();
        try (Connection c = ds.getConnection()) {
            FindingTable.insertAbsent(c, DAY, List.of(finding("C2", "C1", "C2", "a")), NOW);

            assertThat(FindingTable.insertAbsent(c, DAY.plusDays(1), List.of(finding("C2", "C1", "C2", "a")), NOW))
                    .isEqualTo(1);
        }
    }

    @Test
    void aRangeReadsTheCustomersBetweenItsBoundsBothIncludedWithTheirContactPersons() throws Exception {
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 30);
        try (Connection c = ds.getConnection()) {
            List<String> ids = CustomerTable.ids(c, 10);
            List<Customer> all = new java.util.ArrayList<>();
            CustomerTable.readAfter(c, null, 7, 10, all::addAll, FieldCipher.fromEnvironment());

            List<Customer> range = CustomerTable.readRange(c, ids.get(5), ids.get(9), 10, FieldCipher.fromEnvironment());

            assertThat(ids).hasSize(30).isSorted();
            assertThat(range).containsExactlyElementsOf(all.subList(5, 10));
            assertThat(CustomerTable.readRange(c, ids.get(3), ids.get(3), 10, FieldCipher.fromEnvironment()))
                    .containsExactly(all.get(3));
        }
    }
}
