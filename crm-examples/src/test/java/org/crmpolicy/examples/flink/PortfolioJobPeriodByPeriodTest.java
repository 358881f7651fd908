package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.flink.TestCluster.lines;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.examples.portfolio.PortfolioStream;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.BatchSummary;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming job whose {@code asOf} moves with the watermark ({@link PortfolioJob#defineStreamingPeriodByPeriod}) on
 * an embedded MiniCluster, parallelism 2, lateness six hours: from July 1 on, every company-wide period the
 * watermark passes (week after week, month after month) is decided as of its own completion, with the status and
 * findings {@link org.crmpolicy.rules.batch.PortfolioBatch} run as of that instant gives it; a contact that comes after
 * its period was decided makes the late-record finding, never a changed status.
 */
class PortfolioJobPeriodByPeriodTest {

    static final int CUSTOMERS = Integer.getInteger("flink.test.streaming.customers", 200);
    static final Instant AS_OF = PortfolioJobTest.AS_OF;
    static final Duration LATENESS = ShuffledContacts.LATENESS;
    static final Instant FROM = Instant.parse("2025-06-30T16:00:00Z");     // July 1, 00:00 in Shanghai

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = TestCluster.forStreaming();

    @TempDir
    static Path work;

    static List<CustomerContacts> onTime;
    static Contact late;
    static List<String> findings;
    static List<String> statuses;
    static List<String> expectedStatuses;
    static List<String> expectedFindings;
    static Set<Instant> completions;

    /**
     * The generated portfolio, its contacts shuffled with the two late GM calls ({@link ShuffledContacts}); the job
     * period by period over it; and
     * PortfolioBatch as of every completion the watermark passed, over the portfolio without the weeks-late call.
     */
    @BeforeAll
    static void runTheJobAndThePortfolioBatchAsOfEachCompletion() throws Exception {
        // the customers' master data as of the first day (it must not postdate any completion it is judged as of),
        // their contacts and events until AS_OF
        List<CustomerContacts> portfolio = new ArrayList<>();
        java.util.Map<org.crmpolicy.customer.CustomerId, CustomerContacts> until = new java.util.HashMap<>();
        PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, CUSTOMERS, AS_OF.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate(),
                CrmPolicy.DEFAULT_ZONE).forEach(cc -> until.put(cc.customer().id(), cc));
        PortfolioStream.of(SamplePortfolio.DEFAULT_SEED, CUSTOMERS, FROM.atZone(CrmPolicy.DEFAULT_ZONE).toLocalDate()
                .minusDays(1), CrmPolicy.DEFAULT_ZONE).forEach(cc -> portfolio.add(new CustomerContacts(cc.customer(),
                        until.get(cc.customer().id()).contacts(), cc.events())));
        Path input = work.resolve("in");
        ShuffledContacts shuffled = ShuffledContacts.write(portfolio, input);
        CustomerContacts partner = shuffled.partner();
        Contact outOfOrder = shuffled.outOfOrder();
        late = shuffled.late();
        List<String> contactOrder = shuffled.contactOrder();

        Path output = work.resolve("out");
        StreamExecutionEnvironment env = TestCluster.streamingJob();
        PortfolioJob.defineStreamingPeriodByPeriod(env, input, output, PolicySource.shipped(), FROM, LATENESS);
        double seconds = TestCluster.secondsToRun(env, "portfolio job test, streaming period by period");
        findings = lines(output.resolve(PortfolioJob.FINDINGS));
        statuses = lines(output.resolve(PortfolioJob.COMPANY_STATUSES));

        onTime = new ArrayList<>();
        long lastEventTime = Long.MIN_VALUE;
        for (CustomerContacts cc : portfolio) {
            List<Contact> log = new ArrayList<>(cc.contacts());
            if (cc.customer().id().equals(partner.customer().id())) {
                log.add(outOfOrder);
            }
            for (Contact c : log) {
                lastEventTime = Math.max(lastEventTime, c.at().toEpochMilli());
            }
            onTime.add(new CustomerContacts(cc.customer(), log, cc.events()));
        }
        long watermark = lastEventTime - LATENESS.toMillis() - 1;
        CompletionCalendar calendar = new CompletionCalendar(PolicySource.shipped().policy());
        expectedStatuses = new ArrayList<>();
        expectedFindings = new ArrayList<>();
        completions = new LinkedHashSet<>();
        long batchStarted = System.nanoTime();
        for (Instant t = calendar.next(FROM); t != null && t.toEpochMilli() <= watermark; t = calendar.next(t)) {
            BatchSummary summary = PolicySource.shipped().policy().batch().run(onTime.iterator(), t, new BatchSink() { });
            for (ObligationStatus s : summary.companyStatuses()) {
                if (s.period().end().plus(Duration.ofDays(1)).equals(t)) {
                    completions.add(t);
                    expectedStatuses.add(OutputLines.status(s));
                    for (Finding f : summary.companyFindings()) {
                        if (isAbout(f, s)) {
                            expectedFindings.add(OutputLines.finding(f));
                        }
                    }
                }
            }
        }
        System.out.printf("flink STREAMING period by period p=2: %d customers, %d contacts, %d completions, %d statuses,"
                + " %d findings in %.1f s; PortfolioBatch as of each completion %.1f s%n", CUSTOMERS,
                contactOrder.size(), completions.size(), statuses.size(), findings.size(), seconds,
                (System.nanoTime() - batchStarted) / 1e9);
    }

    static boolean isAbout(Finding f, ObligationStatus s) {
        return f.ruleId().equals(s.ruleId()) && f.subjectId().equals(s.subjectId())
                && s.period().label().equals(f.evidence().get("period"));
    }

    @Test
    void eachPeriodTheWatermarkPassedIsDecidedOnceAsThePortfolioBatchDecidesItAsOfItsCompletion() {
        assertThat(completions).as("completions decided").hasSizeGreaterThanOrEqualTo(4);
        assertThat(statuses).doesNotHaveDuplicates();
        assertThat(OutputLines.sorted(statuses)).isEqualTo(OutputLines.sorted(expectedStatuses));
        // October complete (its completion passed), November not (the input ends before it completes)
        assertThat(statuses).anySatisfy(s -> assertThat(s).startsWith("C4/GM/COMPANY_WIDE/COMPANY/2025-10\t"))
                .noneSatisfy(s -> assertThat(s).startsWith("C4/GM/COMPANY_WIDE/COMPANY/2025-11\t"));
        assertThat(String.join("\n", statuses)).contains("OOO-GM").doesNotContain("LATE-GM");
    }

    @Test
    void eachDecidedPeriodsFindingsAreThePortfolioBatchsAsOfItsCompletion() {
        List<String> company = new ArrayList<>(findings);
        company.removeIf(ShuffledContacts::isTheLateFinding);

        assertThat(OutputLines.sorted(company)).isEqualTo(OutputLines.sorted(expectedFindings));
    }

    @Test
    void aContactAfterItsPeriodWasDecidedMakesTheLateFindingAndThePublishedStatusStays() {
        assertThat(findings.stream().filter(ShuffledContacts::isTheLateFinding))
                .anySatisfy(line -> assertThat(line).startsWith("C4\tCOMPANY\tINFO").contains("period=2025-10"))
                .allSatisfy(line -> assertThat(line).contains("\tINFO\t"));
        String october = "C4/GM/COMPANY_WIDE/COMPANY/2025-10\t";
        assertThat(statuses).filteredOn(s -> s.startsWith(october)).singleElement()
                .isEqualTo(expectedStatuses.stream().filter(s -> s.startsWith(october)).findFirst().orElseThrow());
    }
}
