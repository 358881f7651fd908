package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.crmpolicy.examples.PortfolioRun;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.FindingKey;
import org.crmpolicy.examples.erp.FindingTable;
import org.crmpolicy.examples.erp.SamplePeriodicReports;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job over the ERP with the ERP's own policy areas ({@link ErpAreas#standard()}) on an embedded MiniCluster,
 * parallelism 2, BATCH mode, on the sample ERP database of the main job ({@code SampleErpData} and {@link
 * SamplePeriodicReports}, as {@code PortfolioRun} loads it): it stores, key for key and under the same customer column,
 * what the ERP's job with every area ({@link PortfolioRun#job}) stores on a second database with the same sample, for
 * the same run date and {@code asOf}, the company-wide contact decisions (C4, C8, C10, R2, R4, R6) included: the Flink
 * job decides them itself, the ERP job through its {@code CompanyContactDutiesArea} (issue 17), and both store them
 * under the customer column {@code COMPANY}; a second run through the command line (other ranges) inserts nothing.
 */
class ErpJobAreasTest {

    static final int CUSTOMERS = ErpJobTest.CUSTOMERS;
    static final LocalDate DAY = ErpJobTest.DAY;
    static final Instant AS_OF = ErpJobTest.AS_OF;
    static final Instant FIRST_RUN = ErpJobTest.FIRST_RUN;
    static final Instant SECOND_RUN = ErpJobTest.SECOND_RUN;
    static final String NAME = "flink-erp-areas-job";

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCluster.forBatch();

    @TempDir
    static Path work;

    static final ErpConnection ERP = ErpJobTest.inMemory(NAME);
    static DataSource erp;
    static DataSource reference;
    static Map<FindingKey, String> byFlink;
    static Map<FindingKey, String> byErpJob;
    static Set<FindingKey> companyWideContactDecisions;
    static double flinkSeconds;
    static double erpJobSeconds;

    @BeforeAll
    static void loadTheSampleTwiceRunTheErpJobOnOneAndTheFlinkJobOnTheOther() throws Exception {
        CrmPolicy policy = ErpFixtures.policy();
        erp = sample(NAME);
        reference = sample(NAME + "-erp-job");
        long jobStarted = System.nanoTime();
        PortfolioRun.job(reference, policy).clock(Clock.fixed(FIRST_RUN, ZoneOffset.UTC)).build().run(DAY, AS_OF);
        erpJobSeconds = (System.nanoTime() - jobStarted) / 1e9;
        byErpJob = stored(reference);

        BatchSummary batch = policy.batch().run(ErpJobTest.readTheErp(erp).iterator(), AS_OF, new BatchSink() {
        });
        companyWideContactDecisions = new HashSet<>();
        for (Finding f : batch.companyFindings()) {
            companyWideContactDecisions.add(FindingKey.of(DAY, f));
        }

        long started = System.nanoTime();
        ErpJobTest.runTheJob(ERP, FIRST_RUN, work.resolve("out-1"), ErpAreas.standard());
        flinkSeconds = (System.nanoTime() - started) / 1e9;
        byFlink = stored(erp);
    }

    @Test
    void theJobStoresExactlyWhatTheErpJobStoresUnderTheSameCustomer() {
        System.out.printf("flink ERP BATCH p=2, every area: %d customers, %d findings stored in %.1f s"
                + " (the ERP job stored %d in %.1f s)%n", CUSTOMERS, byFlink.size(), flinkSeconds, byErpJob.size(),
                erpJobSeconds);
        assertThat(byFlink).isEqualTo(byErpJob);
    }

    @Test
    void bothJobsStoreTheBatchsCompanyWideContactDecisionsUnderTheCompany() {
        Map<FindingKey, String> company = new HashMap<>();
        companyWideContactDecisions.forEach(k -> company.put(k, FindingRow.COMPANY));
        assertThat(byErpJob).containsAllEntriesOf(company);
        assertThat(byFlink).containsAllEntriesOf(company);
    }

    @Test
    void theSampleMakesFindingsInEveryAreaAndTheCompanysOwnReports() {
        Map<String, Integer> byFamily = new java.util.TreeMap<>();
        byFlink.keySet().forEach(k -> byFamily.merge(k.ruleId().value().substring(0, 1), 1, Integer::sum));
        System.out.println("flink ERP findings by rule family: " + byFamily);
        // beyond tiering (T) and contacts (C, R): approvals (A), deadlines and reports (D), information (I), complaints (P)
        assertThat(byFamily).containsKeys("T", "C", "A", "D", "I", "P");
        assertThat(byErpJob).containsValue(FindingRow.COMPANY);
        assertThat(companyWideContactDecisions).isNotEmpty();
    }

    @Test
    void aSecondRunThroughTheCommandLineWithOtherRangesInsertsNothingNew() throws Exception {
        // when: the command line's job (ranges of 250, system clock for written_at, later than the fixed one)
        PortfolioJob.main(new String[] {"--erp", ERP.url(), "--erp-user", ERP.user(), work.resolve("out-2").toString(),
                AS_OF.toString(), "2"});

        // then
        assertThat(stored(erp)).isEqualTo(byFlink);
        assertThat(ErpFixtures.count(erp, "SELECT COUNT(*) FROM finding WHERE written_at >= ?",
                SECOND_RUN.atOffset(ZoneOffset.UTC))).isZero();
    }

    static DataSource sample(String name) {
        DataSource ds = ErpDatabases.h2InMemory(name);
        ErpSchema.migrate(ds);
        ErpFixtures.load(ds, CUSTOMERS);
        SamplePeriodicReports.loadIfEmpty(ds, ErpFixtures.policy(), ErpFixtures.SEED, DAY);
        return ds;
    }

    /** Every stored finding's key with its customer column; fails on a key stored twice. */
    static Map<FindingKey, String> stored(DataSource ds) throws SQLException {
        Map<FindingKey, String> byKey = new HashMap<>();
        try (Connection c = ds.getConnection()) {
            for (CustomerFinding cf : FindingTable.read(c, DAY)) {
                String before = byKey.put(FindingKey.of(DAY, cf.finding()), cf.customerId().value());
                assertThat(before).as("customer of %s", cf.finding().ruleId()).isNull();
            }
        }
        return byKey;
    }
}
