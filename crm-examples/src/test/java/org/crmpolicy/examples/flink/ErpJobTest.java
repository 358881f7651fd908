package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.crmpolicy.examples.erp.ComplianceJob;
import org.crmpolicy.examples.erp.ContactsArea;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.ErpContactLog;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.FieldCipher;
import org.crmpolicy.examples.erp.FindingTable;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job over the ERP database (issue 17) on an embedded MiniCluster, parallelism 2, BATCH mode, on the sample
 * ERP database in H2 ({@link ErpFixtures#load}): the findings it stores are the ones {@link
 * org.crmpolicy.rules.batch.PortfolioBatch} finds on the same customers, contacts and purchases as of the same instant;
 * the customers' own ones are those the ERP's {@link ComplianceJob} (tiering and the contacts area) stores; a second run
 * inserts nothing.
 */
class ErpJobTest {

    static final int CUSTOMERS = Integer.getInteger("flink.erp.test.customers", 1_000);
    static final LocalDate DAY = ErpFixtures.DAY;
    static final Instant AS_OF = ErpFixtures.AS_OF;
    static final Instant FIRST_RUN = Instant.parse("2025-11-24T12:00:00Z");
    static final Instant SECOND_RUN = Instant.parse("2025-11-25T12:00:00Z");
    static final String NAME = "flink-erp-job";

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCluster.forBatch();

    @TempDir
    static Path work;

    static final ErpConnection ERP = inMemory(NAME);
    static DataSource erp;
    static List<CustomerContacts> portfolio;
    static final List<Finding> batchFindings = new ArrayList<>();
    static BatchSummary batch;
    static List<CustomerFinding> storedByFirstRun;
    static double firstRunSeconds;

    @BeforeAll
    static void loadTheSampleErpRunTheBatchOnItsRowsAndTheJobOnce() throws Exception {
        erp = ErpDatabases.h2InMemory(NAME);
        ErpSchema.migrate(erp);
        ErpFixtures.load(erp, CUSTOMERS);
        portfolio = readTheErp(erp);
        batch = PolicySource.shipped().policy().batch().run(portfolio.iterator(), AS_OF, new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                batchFindings.addAll(findings);
            }
        });
        long started = System.nanoTime();
        runTheJob(ERP, FIRST_RUN, work.resolve("out-1"), ErpAreas.none());
        firstRunSeconds = (System.nanoTime() - started) / 1e9;
        storedByFirstRun = stored();
    }

    @Test
    void theJobStoresWhatThePortfolioBatchFindsOnTheSameCustomersAndAsOf() {
        System.out.printf("flink ERP BATCH p=2: %d customers, %d findings stored in %.1f s%n", CUSTOMERS,
                storedByFirstRun.size(), firstRunSeconds);
        assertThat(portfolio).hasSize(CUSTOMERS);
        assertThat(batchFindings).isNotEmpty();
        assertThat(batch.companyFindings()).isNotEmpty();
        List<String> stored = new ArrayList<>();
        storedByFirstRun.forEach(cf -> stored.add(OutputLines.finding(cf.finding())));
        List<String> expected = new ArrayList<>();
        batchFindings.forEach(f -> expected.add(OutputLines.finding(f)));
        assertThat(OutputLines.sorted(stored)).isEqualTo(OutputLines.sorted(expected));
    }

    @Test
    void theCompanyWideFindingsAreStoredUnderTheCompanyAndEveryOtherUnderOneOfTheErpsCustomers() {
        Set<String> ids = new HashSet<>();
        portfolio.forEach(cc -> ids.add(cc.customer().id().value()));
        List<String> company = new ArrayList<>();
        for (CustomerFinding cf : storedByFirstRun) {
            if (cf.customerId().value().equals(FindingRow.COMPANY)) {
                company.add(OutputLines.finding(cf.finding()));
            } else {
                assertThat(ids).contains(cf.customerId().value());
            }
        }
        List<String> expected = new ArrayList<>();
        batch.companyFindings().forEach(f -> expected.add(OutputLines.finding(f)));
        assertThat(OutputLines.sorted(company)).isEqualTo(OutputLines.sorted(expected));
    }

    @Test
    void theCustomersOwnFindingsAreTheOnesTheErpComplianceJobStoresWithTieringAndContacts() throws Exception {
        // given: the same sample in a second database, run through the ERP's own job (tiering + the contacts area)
        DataSource reference = ErpDatabases.h2InMemory(NAME + "-compliance-job");
        ErpSchema.migrate(reference);
        ErpFixtures.load(reference, CUSTOMERS);
        ComplianceJob.builder(reference, ErpFixtures.policy()).area(new ContactsArea(ErpFixtures.policy()))
                .clock(Clock.fixed(FIRST_RUN, ZoneOffset.UTC)).build().run(DAY, AS_OF);

        // when
        Map<String, String> byJob = new HashMap<>();
        try (Connection c = reference.getConnection()) {
            for (CustomerFinding cf : FindingTable.read(c, DAY)) {
                byJob.put(OutputLines.finding(cf.finding()), cf.customerId().value());
            }
        }

        // then: same findings under the same customers
        Map<String, String> byFlink = new HashMap<>();
        for (CustomerFinding cf : storedByFirstRun) {
            if (!cf.customerId().value().equals(FindingRow.COMPANY)) {
                byFlink.put(OutputLines.finding(cf.finding()), cf.customerId().value());
            }
        }
        assertThat(byJob).isNotEmpty();
        assertThat(byFlink).isEqualTo(byJob);
    }

    @Test
    void aSecondRunOnTheSameDayInsertsNothingNew() throws Exception {
        // when: the same job again, its written_at clock later (the command line's job, which judges every area, is
        // run twice by ErpJobAreasTest)
        runTheJob(ERP, SECOND_RUN, work.resolve("out-2"), ErpAreas.none());

        // then
        assertThat(stored()).hasSameSizeAs(storedByFirstRun);
        assertThat(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE written_at >= ?",
                SECOND_RUN.atOffset(ZoneOffset.UTC))).isZero();
        assertThat(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE run_date = ?", DAY))
                .isEqualTo(storedByFirstRun.size());
    }

    /**
     * The BATCH job over {@code erp} in ranges of 100 customers judging {@code areas} too, as of {@link #AS_OF} for
     * {@link #DAY}, the findings' {@code written_at} by a clock fixed at {@code clock}.
     */
    static void runTheJob(ErpConnection erp, Instant clock, Path output, ErpAreas areas) throws Exception {
        StreamExecutionEnvironment env = TestCluster.batchJob();
        PortfolioJob.defineErp(env, erp, CustomerRange.of(erp, 100),
                new ErpFindingSink(erp, Clock.fixed(clock, ZoneOffset.UTC), ErpFindingSink.DEFAULT_BATCH_SIZE), output,
                PolicySource.shipped(), areas, DAY, AS_OF);
        env.execute("ERP portfolio job test");
    }

    /** The job's connection to the H2 database {@code name} in memory, kept until the JVM ends. */
    static ErpConnection inMemory(String name) {
        return new ErpConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    static List<CustomerFinding> stored() throws SQLException {
        try (Connection c = erp.getConnection()) {
            return FindingTable.read(c, DAY);
        }
    }

    /** The ERP's customers, contacts and purchases up to {@code AS_OF}, customer by customer, as the job reads them. */
    static List<CustomerContacts> readTheErp(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            return ErpContactLog.portfolio(c, AS_OF, FieldCipher.fromEnvironment());
        }
    }
}
