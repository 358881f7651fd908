package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.flink.TestCluster.lines;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming job in event time (issue 17) on an embedded MiniCluster, parallelism 2, lateness six hours: contacts
 * out of order within the lateness give {@link org.crmpolicy.rules.batch.PortfolioBatch}'s statuses and findings; a
 * contact later than that makes the late-record finding and leaves the published status as it was, which also shows
 * that its period was decided by the watermark before the input ended.
 */
class PortfolioJobStreamingTest {

    static final int CUSTOMERS = Integer.getInteger("flink.test.streaming.customers", 400);
    static final Instant AS_OF = PortfolioJobTest.AS_OF;
    static final Duration LATENESS = ShuffledContacts.LATENESS;

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCluster.forStreaming();

    @TempDir
    static Path work;

    static Path input;
    static Contact outOfOrder;
    static Contact late;
    static List<String> contactOrder;
    static List<String> findings;
    static List<String> statuses;
    static List<String> rejected;
    static double seconds;

    /**
     * The generated portfolio, its contacts shuffled with the two late GM calls ({@link ShuffledContacts}); then the
     * streaming job over it.
     */
    @BeforeAll
    static void writeThePortfolioAndRunTheStreamingJob() throws Exception {
        LocalDate day = AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate();
        List<CustomerContacts> portfolio = new ArrayList<>();
        PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, CUSTOMERS, day, CrmPolicy.DEFAULT_ZONE).forEach(portfolio::add);
        input = work.resolve("in");
        ShuffledContacts shuffled = ShuffledContacts.write(portfolio, input);
        outOfOrder = shuffled.outOfOrder();
        late = shuffled.late();
        contactOrder = shuffled.contactOrder();

        Path output = work.resolve("out");
        StreamExecutionEnvironment env = TestCluster.streamingJob();
        PortfolioJob.defineStreaming(env, input, output, PolicySource.shipped(), AS_OF, LATENESS);
        seconds = TestCluster.secondsToRun(env, "portfolio job test, streaming in event time");
        findings = lines(output.resolve(PortfolioJob.FINDINGS));
        statuses = lines(output.resolve(PortfolioJob.COMPANY_STATUSES));
        rejected = lines(output.resolve(PortfolioJob.REJECTED));
        System.out.printf("flink STREAMING event time p=2: %d customers, %d contacts, %d findings, %d company statuses"
                + " in %.1f s%n", CUSTOMERS, contactOrder.size(), findings.size(), statuses.size(), seconds);
    }

    @Test
    void contactsOutOfOrderWithinTheLatenessGiveThePortfolioBatchsStatusesAndFindings() {
        // given: the portfolio as the contacts within the lateness make it (without the late one)
        int outOfOrderAt = contactOrder.indexOf(PortfolioFiles.contactLine(outOfOrder));
        assertThat(contactOrder.subList(0, outOfOrderAt)).anySatisfy(line ->
                assertThat(PortfolioFiles.contact(line).at()).isAfter(outOfOrder.at()));
        Batch batch = batch(List.of(outOfOrder));

        // then: the out-of-order call counts in October as in the batch, each status once
        assertThat(statuses).doesNotHaveDuplicates();
        assertThat(OutputLines.sorted(statuses)).isEqualTo(OutputLines.sorted(batch.statuses));
        assertThat(String.join("\n", statuses)).contains("OOO-GM");
        assertThat(OutputLines.sorted(rejected)).isEqualTo(OutputLines.sorted(batch.rejected));
        List<String> company = new ArrayList<>(companyFindings(findings));
        company.removeIf(ShuffledContacts::isTheLateFinding);
        assertThat(OutputLines.sorted(company)).isEqualTo(OutputLines.sorted(companyFindings(batch.findings)));
    }

    @Test
    void aContactLaterThanTheLatenessMakesTheLateFindingAndThePublishedStatusStays() {
        // then: one late-record finding about October naming the late call
        assertThat(findings.stream().filter(ShuffledContacts::isTheLateFinding)).singleElement()
                .satisfies(line -> assertThat(line).startsWith("C4\tCOMPANY\tINFO").contains("period=2025-10"));
        // October was decided by the watermark before the late call came (else the call would simply have counted):
        // its published status is the one of the portfolio without it
        String october = "C4/GM/COMPANY_WIDE/COMPANY/2025-10\t";
        assertThat(statuses).filteredOn(s -> s.startsWith(october)).singleElement()
                .isEqualTo(batch(List.of(outOfOrder)).statuses.stream().filter(s -> s.startsWith(october))
                        .findFirst().orElseThrow())
                .satisfies(s -> assertThat(s).doesNotContain("LATE-GM"));
    }

    @Test
    void theCustomersOwnFindingsAreDecidedAtTheEndOfInputOverEveryContact() {
        Batch batch = batch(List.of(outOfOrder, late));

        assertThat(OutputLines.sorted(customerFindings(findings)))
                .isEqualTo(OutputLines.sorted(customerFindings(batch.findings)));
    }

    @Test
    void anEmptyPortfolioIsDecidedOverNoContributionsInBothModesAsThePortfolioBatchDecidesIt() throws Exception {
        // given
        Path empty = work.resolve("empty");
        PortfolioFiles.write(List.of(), empty);
        Batch batch = batchOver(List.of());

        // when
        Path outBatch = work.resolve("empty-out-batch");
        StreamExecutionEnvironment env = TestCluster.batchJob();
        PortfolioJob.define(env, empty, outBatch, PolicySource.shipped(), AS_OF);
        env.execute("empty portfolio, batch");
        Path outStreaming = work.resolve("empty-out-streaming");
        env = TestCluster.streamingJob();
        PortfolioJob.defineStreaming(env, empty, outStreaming, PolicySource.shipped(), AS_OF, LATENESS);
        env.execute("empty portfolio, streaming");

        // then: every company-wide obligation decided, nothing contributed
        assertThat(batch.statuses).isNotEmpty();
        for (Path out : List.of(outBatch, outStreaming)) {
            assertThat(OutputLines.sorted(lines(out.resolve(PortfolioJob.COMPANY_STATUSES))))
                    .as(out.getFileName().toString()).isEqualTo(OutputLines.sorted(batch.statuses));
            assertThat(OutputLines.sorted(lines(out.resolve(PortfolioJob.FINDINGS))))
                    .as(out.getFileName().toString()).isEqualTo(OutputLines.sorted(batch.findings));
        }
    }

    @Test
    void aCustomerTwiceInTheCustomersFileFailsTheJobInBothModesNamingTheCustomer() throws Exception {
        // given
        LocalDate day = AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate();
        List<CustomerContacts> three = new ArrayList<>();
        PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, 3, day, CrmPolicy.DEFAULT_ZONE).forEach(three::add);
        three.add(three.get(1));
        Path twice = work.resolve("twice");
        PortfolioFiles.write(three, twice);
        String id = three.get(1).customer().id().value();

        // then
        StreamExecutionEnvironment batch = StreamExecutionEnvironment.getExecutionEnvironment(
                PortfolioJob.batchConfiguration());
        PortfolioJob.define(batch, twice, work.resolve("twice-out-batch"), PolicySource.shipped(), AS_OF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.execute("customer twice, batch"))
                .hasStackTraceContaining("customer id " + id + " appears more than once");
        StreamExecutionEnvironment streaming = StreamExecutionEnvironment.getExecutionEnvironment(
                PortfolioJob.streamingConfiguration());
        PortfolioJob.defineStreaming(streaming, twice, work.resolve("twice-out-streaming"), PolicySource.shipped(),
                AS_OF, LATENESS);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> streaming.execute("customer twice, streaming"))
                .hasStackTraceContaining("customer id " + id + " appears more than once");
    }

    static List<String> companyFindings(List<String> lines) {
        return lines.stream().filter(l -> l.split("\t")[1].equals(ObligationStatus.COMPANY)).toList();
    }

    static List<String> customerFindings(List<String> lines) {
        return lines.stream().filter(l -> !l.split("\t")[1].equals(ObligationStatus.COMPANY)).toList();
    }

    record Batch(List<String> findings, List<String> statuses, List<String> rejected) { }

    /** PortfolioBatch over the files as written, with the given contacts of the partner added. */
    static Batch batch(List<Contact> added) {
        List<CustomerContacts> portfolio = new ArrayList<>();
        for (CustomerContacts cc : PortfolioFiles.read(input)) {
            List<Contact> log = new ArrayList<>(cc.contacts());
            log.removeIf(c -> c.id().equals(late.id()) || c.id().equals(outOfOrder.id()));
            added.stream().filter(c -> c.customerId().equals(cc.customer().id())).forEach(log::add);
            portfolio.add(new CustomerContacts(cc.customer(), log, cc.events()));
        }
        return batchOver(portfolio);
    }

    /** PortfolioBatch over {@code portfolio}: its findings, company-wide statuses and rejected input as lines. */
    static Batch batchOver(List<CustomerContacts> portfolio) {
        List<String> f = new ArrayList<>();
        List<String> r = new ArrayList<>();
        BatchSummary summary = PolicySource.shipped().policy().batch().run(portfolio.iterator(), AS_OF,
                new BatchSink() {
                    @Override
                    public void findings(List<Finding> findings) {
                        findings.forEach(x -> f.add(OutputLines.finding(x)));
                    }

                    @Override
                    public void rejected(List<RejectedInput> rejected) {
                        rejected.forEach(x -> r.add(x.toString()));
                    }
                });
        return new Batch(f, summary.companyStatuses().stream().map(OutputLines::status).toList(), r);
    }
}
