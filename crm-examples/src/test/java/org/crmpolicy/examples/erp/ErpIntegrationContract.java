package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ERP integration's specification, run against every database it supports: each subclass provides fresh
 * databases of one kind (embedded H2, a real PostgreSQL).
 */
abstract class ErpIntegrationContract {

    static final int SIZE = 240;
    static final int CHUNK = 50;

    /** A new, empty, migrated database. */
    abstract DataSource freshDatabase() throws SQLException;

    private ComplianceJob job(DataSource ds, ChunkListener listener) {
        return ComplianceJob.builder(ds, ErpFixtures.policy()).chunkSize(CHUNK).fetchSize(64).listener(listener).build();
    }

    @Test
    void customersReadBackAreTheCustomersWritten() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        SamplePortfolio portfolio = ErpFixtures.load(ds, SIZE);

        // when
        List<Customer> read = new ArrayList<>();
        List<Integer> chunkSizes = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            CustomerTable.readAfter(c, null, CHUNK, 64, chunk -> {
                read.addAll(chunk);
                chunkSizes.add(chunk.size());
            });
            c.commit();
        }

        // then
        assertThat(read).usingRecursiveFieldByFieldElementComparator(
                        RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactlyElementsOf(portfolio.toList());
        assertThat(chunkSizes).containsExactly(50, 50, 50, 50, 40);
    }

    @Test
    void i7TheContactPersonsPersonalColumnsHoldCiphertextNeverThePlaintext() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        SamplePortfolio portfolio = ErpFixtures.load(ds, SIZE);
        List<String> plaintexts = new ArrayList<>();
        portfolio.toList().forEach(customer -> customer.contactPersons().forEach(p -> {
            for (Object value : new Object[] {p.name(), p.phone(), p.email(), p.birthday()}) {
                if (value != null) {
                    plaintexts.add(value.toString());
                }
            }
        }));

        // when: the raw columns, as a DBA or a stolen backup sees them
        List<String> raw = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery(
                     "SELECT name_cipher, phone_cipher, email_cipher, birthday_cipher FROM contact_person")) {
            while (rs.next()) {
                for (int i = 1; i <= 4; i++) {
                    if (rs.getString(i) != null) {
                        raw.add(rs.getString(i));
                    }
                }
            }
        }

        // then
        assertThat(plaintexts).hasSizeGreaterThan(3 * SIZE);
        assertThat(raw).hasSameSizeAs(plaintexts).allSatisfy(v -> assertThat(v).startsWith("v1:"));
        String all = String.join("\n", raw);
        assertThat(plaintexts).allSatisfy(p -> assertThat(all).doesNotContain(p));
    }

    @Test
    void i7TheErpsOwnStorageDescriptionPassesTheLibrarysCheck() throws SQLException {
        // given
        DataSource ds = freshDatabase();

        // when
        org.crmpolicy.information.CustomerDataExport storage = ErpSchema.storageDescription(ds, DAY);

        // then
        assertThat(storage.fields()).filteredOn(f -> f.name().startsWith("contact_person."))
                .extracting(org.crmpolicy.information.WrittenField::name).containsExactlyInAnyOrder(
                        "contact_person.name_cipher", "contact_person.phone_cipher", "contact_person.email_cipher",
                        "contact_person.birthday_cipher");
        assertThat(storage.writesPersonalData()).isTrue();
        assertThat(ErpSchema.checkStorage(ds, ErpFixtures.policy(), DAY)).isEmpty();
    }

    @Test
    void theJobStoresExactlyTheFindingsThePolicyMakesAndEveryTier() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        SamplePortfolio portfolio = ErpFixtures.load(ds, SIZE);
        Set<FindingKey> expected = ErpFixtures.expectedKeys(portfolio, DAY, AS_OF);

        // when
        RunSummary run = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        assertThat(run.customersRead()).isEqualTo(SIZE);
        assertThat(run.chunksCommitted()).isEqualTo(5);
        assertThat(run.findingsWritten()).isEqualTo(expected.size()).isEqualTo(run.findingsTotal());
        assertThat(ErpFixtures.storedKeys(ds, DAY)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision WHERE tier IN ('STRATEGIC_PARTNER','KEY','GENERAL','RESERVE')"))
                .isEqualTo(SIZE);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM policy_run WHERE status = 'COMPLETED' AND customers_done = " + SIZE))
                .isEqualTo(1);
    }

    @Test
    void runningTwiceForTheSameDayWritesNothingNew() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        RunSummary first = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // when
        RunSummary second = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        assertThat(second.alreadyComplete()).isTrue();
        assertThat(second.findingsWritten()).isZero();
        assertThat(second.findingsTotal()).isEqualTo(first.findingsTotal());
    }

    @Test
    void evaluatingEveryCustomerAgainForTheSameDayWritesNothingNew() throws SQLException {
        // given: a completed day whose progress row is lost, so the job evaluates every customer again
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        RunSummary first = job(ds, ChunkListener.NONE).run(DAY, AS_OF);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM policy_run");
        }

        // when
        RunSummary again = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        assertThat(again.customersRead()).isEqualTo(SIZE);
        assertThat(again.findingsWritten()).isZero();
        assertThat(again.findingsTotal()).isEqualTo(first.findingsTotal());
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision")).isEqualTo(SIZE);
    }

    @Test
    void anotherDayIsAnotherSetOfFindings() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        RunSummary first = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // when
        RunSummary next = job(ds, ChunkListener.NONE).run(DAY.plusDays(1), AS_OF.plusSeconds(86_400));

        // then
        assertThat(next.alreadyComplete()).isFalse();
        assertThat(next.findingsWritten()).isEqualTo(next.findingsTotal()).isPositive();
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding"))
                .isEqualTo(first.findingsTotal() + (long) next.findingsTotal());
    }

    @ParameterizedTest(name = "crash before chunk {0} commits")
    @ValueSource(ints = {1, 3, 5})
    void aCrashLosesNothingAndTheNextRunCompletesTheDay(int failingChunk) throws SQLException {
        // given
        DataSource ds = freshDatabase();
        SamplePortfolio portfolio = ErpFixtures.load(ds, SIZE);
        Set<FindingKey> expected = ErpFixtures.expectedKeys(portfolio, DAY, AS_OF);
        ChunkListener crash = (chunk, customers, last) -> {
            if (chunk == failingChunk) {
                throw new IllegalStateException("simulated crash in chunk " + chunk);
            }
        };

        // when
        assertThatThrownBy(() -> job(ds, crash).run(DAY, AS_OF)).hasMessageContaining("simulated crash");

        // then: exactly the committed chunks are stored, and the progress row says where they end
        int committed = (failingChunk - 1) * CHUNK;
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision")).isEqualTo(committed);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM policy_run WHERE status = 'RUNNING' AND customers_done = "
                + committed + " AND chunks_done = " + (failingChunk - 1))).isEqualTo(1);

        // when
        RunSummary resumed = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        assertThat(resumed.resumedAfter()).isEqualTo(failingChunk == 1 ? null : String.format("C%07d", committed));
        assertThat(resumed.customersRead()).isEqualTo(SIZE - committed);
        assertThat(ErpFixtures.storedKeys(ds, DAY)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM tier_decision")).isEqualTo(SIZE);
        assertThat(ErpFixtures.count(ds, "SELECT findings_written FROM policy_run")).isEqualTo(expected.size());
    }

    @Test
    void complaintEventsCanBeAppendedAndReplayedButNeverChanged() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        String complaint;
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT complaint_id FROM complaint ORDER BY complaint_id")) {
            assertThat(rs.next()).as("the sample has complaints").isTrue();
            complaint = rs.getString(1);
        }
        List<ComplaintEventRow> before;
        try (Connection c = ds.getConnection()) {
            before = ComplaintEventTable.history(c, complaint);
        }

        // when
        ComplaintEventRow reopened = new ComplaintEventRow(complaint, before.size() + 1, "REOPENED",
                Instant.parse("2025-11-24T09:00:00Z"), "MARKETING", "customer not satisfied");
        try (Connection c = ds.getConnection()) {
            ComplaintEventTable.append(c, List.of(reopened));
        }

        // then
        try (Connection c = ds.getConnection()) {
            List<ComplaintEventRow> after = ComplaintEventTable.history(c, complaint);
            assertThat(after).hasSize(before.size() + 1).endsWith(reopened);
            assertThat(after).extracting(ComplaintEventRow::seq).isSorted();
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "UPDATE complaint_event SET event_type = 'CLOSED' WHERE complaint_id = '" + complaint + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> c.createStatement().executeUpdate(
                    "DELETE FROM complaint_event WHERE complaint_id = '" + complaint + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    @Test
    void everyCustomerGetsATierForTheDay() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);

        // when
        job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        try (Connection c = ds.getConnection()) {
            assertThat(FindingTable.readTiers(c, DAY)).hasSize(SIZE).containsValues(Tier.KEY, Tier.GENERAL, Tier.RESERVE);
        }
    }

    @Test
    void withEveryAreaWiredTheComplaintAndContractFindingsAreStoredOnceAndARerunWritesNothingNew() throws SQLException {
        // given: complaints replayed from their stored events, contracts checked for A1/A2
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        ComplianceJob wired = org.crmpolicy.examples.PortfolioRun.job(ds, ErpFixtures.policy()).chunkSize(CHUNK).build();

        // when
        RunSummary first = wired.run(DAY, AS_OF);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM policy_run");
        }
        RunSummary again = wired.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE subject_id IN (SELECT complaint_id FROM complaint)"))
                .isPositive();
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id IN ('A1', 'A2')")).isPositive();
        assertThat(first.findingsWritten()).isEqualTo(first.findingsTotal());
        assertThat(again.findingsWritten()).isZero();
        assertThat(again.findingsTotal()).isEqualTo(first.findingsTotal());
    }

    @Test
    void theDistributedJobsSinkStoresEachFindingOnceUnderTheErpJobsKeySoNeitherARerunNorTheErpJobAddsAny()
            throws SQLException {
        // given: the findings of the policy, customers mixed in every batch and each twice, plus a company-wide one,
        // as the Flink ERP sink (ErpFindingSink, one transaction per batch) hands them to insertAbsent
        DataSource ds = freshDatabase();
        SamplePortfolio portfolio = ErpFixtures.load(ds, SIZE);
        Set<FindingKey> expected = new java.util.HashSet<>(ErpFixtures.expectedKeys(portfolio, DAY, AS_OF));
        List<CustomerFinding> findings = new ArrayList<>();
        for (org.crmpolicy.customer.TierDecision d : ErpFixtures.policy().tiers().classifyAll(portfolio.toList(), AS_OF)) {
            d.findings().forEach(f -> findings.add(new CustomerFinding(d.customerId(), f)));
        }
        Finding company = new Finding(RuleId.of("C4"), "C4/GM/COMPANY_WIDE @ 2025-10", Severity.WARNING,
                "company-wide", java.util.Map.of("period", "2025-10"), null, null);
        findings.add(CustomerFinding.ofCompany(company));
        expected.add(FindingKey.of(DAY, company));
        List<CustomerFinding> twice = new ArrayList<>(findings);
        twice.addAll(findings);
        java.util.Collections.shuffle(twice, new java.util.Random(17));

        // when
        int first = insertAbsentInBatches(ds, twice, 97);
        int rerun = insertAbsentInBatches(ds, twice, 61);
        RunSummary erpJob = job(ds, ChunkListener.NONE).run(DAY, AS_OF);

        // then
        assertThat(first).isEqualTo(expected.size()).isEqualTo(findings.size());
        assertThat(rerun).isZero();
        assertThat(erpJob.findingsWritten()).isZero();
        assertThat(erpJob.findingsTotal()).isEqualTo(expected.size());
        assertThat(ErpFixtures.storedKeys(ds, DAY)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE customer_id = ?",
                CustomerFinding.COMPANY.value())).isEqualTo(1);
    }

    @Test
    void afterTheErpJobTheDistributedJobsSinkInsertsNothing() throws SQLException {
        // given
        DataSource ds = freshDatabase();
        ErpFixtures.load(ds, SIZE);
        RunSummary erpJob = job(ds, ChunkListener.NONE).run(DAY, AS_OF);
        List<CustomerFinding> stored;
        try (Connection c = ds.getConnection()) {
            stored = new ArrayList<>(FindingTable.read(c, DAY));
        }
        java.util.Collections.shuffle(stored, new java.util.Random(17));

        // when
        int inserted = insertAbsentInBatches(ds, stored, 500);

        // then
        assertThat(stored).hasSize(erpJob.findingsTotal()).isNotEmpty();
        assertThat(inserted).isZero();
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding")).isEqualTo(erpJob.findingsTotal());
    }

    /** What the Flink ERP sink does: {@link FindingTable#insertAbsent} per batch, one transaction each. */
    private static int insertAbsentInBatches(DataSource ds, List<CustomerFinding> findings, int batchSize)
            throws SQLException {
        int inserted = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int from = 0; from < findings.size(); from += batchSize) {
                inserted += FindingTable.insertAbsent(c, DAY,
                        findings.subList(from, Math.min(findings.size(), from + batchSize)), Instant.EPOCH);
                c.commit();
            }
        }
        return inserted;
    }
}
