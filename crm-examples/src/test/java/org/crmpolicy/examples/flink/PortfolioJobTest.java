package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.flink.TestCluster.lines;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Flink job (issue 17) on an embedded MiniCluster, parallelism 2, BATCH mode: the same findings and company-wide
 * statuses as {@link org.crmpolicy.rules.batch.PortfolioBatch} on the same portfolio files.
 */
class PortfolioJobTest {

    /** The 10,000-customer portfolio; -Dflink.test.customers=N for another size. */
    static final int CUSTOMERS = Integer.getInteger("flink.test.customers", 10_000);
    static final Instant AS_OF = Instant.parse("2025-11-28T02:00:00Z");

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCluster.forBatch();

    @TempDir
    static Path work;

    static Path input;
    static List<String> batchFindings = new ArrayList<>();
    static List<String> batchStatuses = new ArrayList<>();
    static List<String> batchRejected = new ArrayList<>();
    static BatchSummary batch;

    @BeforeAll
    static void writeThePortfolioAndRunTheBatchOnIt() {
        LocalDate day = AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate();
        input = work.resolve("in");
        PortfolioFiles.write(PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, CUSTOMERS, day, CrmPolicy.DEFAULT_ZONE),
                input);
        List<CustomerContacts> portfolio = PortfolioFiles.read(input);
        batch = PolicySource.shipped().policy().batch().run(portfolio.iterator(), AS_OF, new BatchSink() {
            @Override
            public void findings(List<Finding> findings) {
                findings.forEach(f -> batchFindings.add(OutputLines.finding(f)));
            }

            @Override
            public void rejected(List<RejectedInput> rejected) {
                rejected.forEach(r -> batchRejected.add(r.toString()));
            }
        });
        for (ObligationStatus s : batch.companyStatuses()) {
            batchStatuses.add(OutputLines.status(s));
        }
    }

    @Test
    void theSampleFilesReadBackAsTheGeneratedPortfolio() {
        LocalDate day = AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate();
        PortfolioStream generated = PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, 200, day, CrmPolicy.DEFAULT_ZONE);
        Path small = work.resolve("small");
        PortfolioFiles.write(generated, small);

        List<CustomerContacts> read = PortfolioFiles.read(small);

        assertThat(read).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(read.get(i)).isEqualTo(generated.get(i));
        }
    }

    @Test
    void theJobInBatchModeOnTwoTasksFindsWhatThePortfolioBatchFinds() throws Exception {
        // given
        Path output = work.resolve("out-batch");
        StreamExecutionEnvironment env = TestCluster.batchJob();
        PortfolioJob.define(env, input, output, PolicySource.shipped(), AS_OF);

        // when
        double seconds = TestCluster.secondsToRun(env, "portfolio job test");

        // then
        List<String> findings = lines(output.resolve(PortfolioJob.FINDINGS));
        List<String> statuses = lines(output.resolve(PortfolioJob.COMPANY_STATUSES));
        System.out.printf("flink BATCH p=2: %d customers, %d findings, %d company statuses in %.1f s%n", CUSTOMERS,
                findings.size(), statuses.size(), seconds);
        assertThat(batchStatuses).isNotEmpty();
        assertThat(OutputLines.sorted(statuses)).isEqualTo(OutputLines.sorted(batchStatuses));
        assertThat(findings).hasSize(batchFindings.size());
        assertThat(OutputLines.sorted(findings)).isEqualTo(OutputLines.sorted(batchFindings));
        assertThat(OutputLines.sorted(lines(output.resolve(PortfolioJob.REJECTED))))
                .isEqualTo(OutputLines.sorted(batchRejected));
    }

    @Test
    void theSameJobInStreamingModeOverTheFilesDecidesAtTheEndOfInputTheSame() throws Exception {
        // given: STREAMING mode; the file sink commits on checkpoints, the last one when the bounded input ends
        Path output = work.resolve("out-streaming");
        StreamExecutionEnvironment env = TestCluster.streamingJob();
        PortfolioJob.define(env, input, output, PolicySource.shipped(), AS_OF);

        // when
        double seconds = TestCluster.secondsToRun(env, "portfolio job test, streaming");

        // then
        List<String> findings = lines(output.resolve(PortfolioJob.FINDINGS));
        List<String> statuses = lines(output.resolve(PortfolioJob.COMPANY_STATUSES));
        System.out.printf("flink STREAMING p=2: %d customers, %d findings, %d company statuses in %.1f s%n",
                CUSTOMERS, findings.size(), statuses.size(), seconds);
        assertThat(OutputLines.sorted(statuses)).isEqualTo(OutputLines.sorted(batchStatuses));
        assertThat(OutputLines.sorted(findings)).isEqualTo(OutputLines.sorted(batchFindings));
    }
}
