package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 17 and 19: the ERP job stores, under the customer {@code COMPANY}, the company-wide contact decisions (C4, C8,
 * C10, R2 chairman/GM, R4, R6) that {@code PortfolioBatch} makes over the same portfolio and instant: each chunk's
 * contributions stored in its own transaction, decided once when the run completes; crash-safe and idempotent.
 */
class CompanyContactDutiesAreaTest {

    static final int SIZE = 300;
    static final LocalDate DAY = ErpFixtures.DAY;
    static final Instant AS_OF = ErpFixtures.AS_OF;
    static final Instant WRITTEN = Instant.parse("2025-11-24T12:00:00Z");

    static CrmPolicy policy;
    static DataSource erp;
    static RunSummary run;

    @BeforeAll
    static void runTheJobWithTheContactAreasOverTheSample() {
        policy = ErpFixtures.policy();
        erp = ErpFixtures.freshH2();
        ErpFixtures.load(erp, SIZE);
        run = job(erp, 50).run(DAY, AS_OF);
    }

    static ComplianceJob job(DataSource ds, int chunk) {
        return ComplianceJob.builder(ds, policy).chunkSize(chunk).clock(Clock.fixed(WRITTEN, ZoneOffset.UTC))
                .area(new ContactsArea(policy)).companyArea(new CompanyContactDutiesArea(policy)).build();
    }

    @Test
    void theStoredCompanyFindingsAreThePortfolioBatchsCompanyFindings() throws Exception {
        // given
        Set<FindingKey> batch = batchCompanyKeys(erp);

        // then
        assertThat(batch).isNotEmpty();
        assertThat(companyKeys(erp)).isEqualTo(batch);
    }

    @Test
    void theCompanyFindingsAreStoredUnderTheCompanyAndNoCustomersFindingIsLost() throws Exception {
        // given: what the chunks alone store (no company area)
        DataSource chunksOnly = ErpFixtures.freshH2();
        ErpFixtures.load(chunksOnly, SIZE);
        ComplianceJob.builder(chunksOnly, policy).chunkSize(50).area(new ContactsArea(policy)).build().run(DAY, AS_OF);
        Map<FindingKey, String> expected = new HashMap<>(stored(chunksOnly));
        batchCompanyKeys(erp).forEach(k -> expected.put(k, CustomerFinding.COMPANY.value()));

        // then
        assertThat(stored(erp)).isEqualTo(expected);
        assertThat(run.findingsWritten()).isEqualTo(expected.size());
    }

    @Test
    void everyCommittedChunkLeavesOneRowOfContributions() throws Exception {
        assertThat(ErpFixtures.count(erp, "SELECT COUNT(*) FROM company_contribution")).isEqualTo(SIZE / 50);
        assertThat(ErpFixtures.count(erp, "SELECT COUNT(DISTINCT first_customer_id) FROM company_contribution"))
                .isEqualTo(SIZE / 50);
    }

    @Test
    void aChunkEvaluatedAgainReplacesItsOwnRow() throws Exception {
        // given
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 20);
        List<Customer> customers = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            CustomerTable.readAfter(c, null, 20, 20, customers::addAll, FieldCipher.fromEnvironment());
            c.setAutoCommit(false);
            ContactsArea area = new ContactsArea(policy);

            // when
            area.evaluate(c, customers, policy.tiers().classifyAll(customers, AS_OF), AS_OF);
            area.evaluate(c, customers, policy.tiers().classifyAll(customers, AS_OF), AS_OF);
            c.commit();
        }

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM company_contribution")).isEqualTo(1);
    }

    @Test
    void aRunCompletedAgainWritesNothingNew() throws Exception {
        // given: the run as if it had crashed before its completing transaction committed
        Map<FindingKey, String> before = stored(erp);
        try (Connection c = erp.getConnection()) {
            c.createStatement().executeUpdate("UPDATE policy_run SET status = 'RUNNING'");
        }

        // when
        RunSummary again = job(erp, 50).run(DAY, AS_OF);
        RunSummary completed = job(erp, 50).run(DAY, AS_OF);

        // then
        assertThat(again.alreadyComplete()).isFalse();
        assertThat(again.customersRead()).isZero();
        assertThat(again.findingsWritten()).isZero();
        assertThat(completed.alreadyComplete()).isTrue();
        assertThat(stored(erp)).isEqualTo(before);
    }

    @Test
    void noCompanyWidePeriodEndingBeforeThePortfoliosDataStartsIsDecided() throws Exception {
        // given: every customer of the sample with the ERP since three days before the run
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, SIZE);
        LocalDate since = DAY.minusDays(3);
        try (Connection c = ds.getConnection()) {
            c.createStatement().executeUpdate("UPDATE customer SET customer_since = DATE '" + since + "'");
        }

        // when
        job(ds, 50).run(DAY, AS_OF);
        List<ObligationStatus> statuses;
        try (Connection c = ds.getConnection()) {
            statuses = new CompanyContactDutiesArea(policy).decision(c, AS_OF).statuses();
        }

        // then: periods that end after the data starts only, as the batch decides
        Instant dataStarts = since.atStartOfDay(policy.zone()).toInstant();
        assertThat(statuses).isNotEmpty().allMatch(s -> s.period().end().isAfter(dataStarts));
        assertThat(companyKeys(ds)).isEqualTo(batchCompanyKeys(ds));
        assertThat(companyKeys(ds)).isNotEqualTo(companyKeys(erp));
    }

    @Test
    void aJobKilledAfterSomeChunksAndStartedAgainStoresTheCompanyFindingsOfAnUninterruptedRun(@TempDir Path dir)
            throws Exception {
        // given
        Path killed = dir.resolve("killed");

        // when: killed once chunk 3 is about to commit, then run again to the end
        List<String> firstRun = runJob(killed, 3);
        DataSource ds = ErpJobKilledMidRunTest.durable(killed);
        long rowsAfterKill = ErpFixtures.count(ds, "SELECT COUNT(*) FROM company_contribution");
        List<String> secondRun = runJob(killed, -1);

        // then
        assertThat(firstRun).contains("chunk 3").noneMatch(l -> l.startsWith("done"));
        assertThat(rowsAfterKill).isBetween(2L, 3L);
        assertThat(secondRun).anyMatch(l -> l.startsWith("done "));
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM company_contribution")).isEqualTo(SIZE / 50);
        List<FindingKey> keys = ErpFixtures.storedKeys(ds, DAY);
        assertThat(new HashSet<>(keys)).as("no finding stored twice").hasSameSizeAs(keys);
        assertThat(companyKeys(ds)).isNotEmpty().isEqualTo(companyKeys(erp));
        assertThat(stored(ds)).isEqualTo(stored(erp));
    }

    /** The C and R findings stored under the customer COMPANY. */
    static Set<FindingKey> companyKeys(DataSource ds) throws SQLException {
        Set<FindingKey> keys = new HashSet<>();
        stored(ds).forEach((k, customer) -> {
            if (customer.equals(CustomerFinding.COMPANY.value())) {
                keys.add(k);
            }
        });
        return keys;
    }

    /** Every stored finding's key with its customer column; fails on a key stored twice. */
    static Map<FindingKey, String> stored(DataSource ds) throws SQLException {
        Map<FindingKey, String> byKey = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            for (CustomerFinding cf : FindingTable.read(c, DAY)) {
                assertThat(byKey.put(FindingKey.of(DAY, cf.finding()), cf.customerId().value())).isNull();
            }
        }
        return byKey;
    }

    /** The company findings of {@code PortfolioBatch} over the ERP's customers, contacts and events. */
    static Set<FindingKey> batchCompanyKeys(DataSource ds) throws SQLException {
        Set<FindingKey> keys = new HashSet<>();
        for (Finding f : policy.batch().run(readTheErp(ds).iterator(), AS_OF, new BatchSink() {
        }).companyFindings()) {
            keys.add(FindingKey.of(DAY, f));
        }
        return keys;
    }

    static List<CustomerContacts> readTheErp(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return ErpContactLog.portfolio(c, AS_OF, FieldCipher.fromEnvironment());
        }
    }

    /** Runs {@link KilledJobMain} with the contact areas in its own JVM; kills it (SIGKILL) once it prints {@code chunk killAt}. */
    private static List<String> runJob(Path database, int killAt) throws IOException, InterruptedException {
        return ErpJobKilledMidRunTest.runJob(database, SIZE, killAt, "company-contacts");
    }
}
