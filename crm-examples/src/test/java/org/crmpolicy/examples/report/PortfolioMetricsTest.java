package org.crmpolicy.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.finding.RuleId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The M1/M2 complaint metrics: numerator and denominator of each, both sides of every boundary. */
class PortfolioMetricsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final WorkCalendar CALENDAR = WorkCalendar.chinaMainland();
    private static final Instant AS_OF = LocalDateTime.of(2025, 11, 24, 18, 0).atZone(ZONE).toInstant();
    private static final Instant T0 = LocalDateTime.of(2025, 11, 3, 9, 0).atZone(ZONE).toInstant();
    private static final Actor CLERK = Actor.of("E-1", OrgUnit.CUSTOMER_SERVICE);
    private static final Actor MARKETING = Actor.of("E-2", OrgUnit.MARKETING_DEPARTMENT);

    @ParameterizedTest(name = "D5 response met {0} s after its due instant counts as met: {1}")
    @CsvSource({"-1, 1", "0, 0", "1, 0"})
    void aResponseDeadlineMetAtTheLastSecondCountsAndOneMetAtItsDueInstantDoesNot(long offsetSeconds, long metOnTime) {
        // given: a 24-hour D5 deadline, met around its due instant
        Deadline d5 = Deadline.within(RuleId.of("D5"), "TS-1", "response", T0, Duration.ofHours(24), TimeBasis.CLOCK, CALENDAR);
        Deadline met = d5.meet(d5.due().plusSeconds(offsetSeconds));

        // when
        Metric m = PortfolioMetrics.responseDeadlineCompliance(List.of(met), AS_OF);

        // then
        assertThat(m.numerator()).isEqualTo(metOnTime);
        assertThat(m.denominator()).isEqualTo(1);
    }

    @Test
    void aRunningDeadlineIsNotYetDueAndAPassedUnmetOneIsDueAndLate() {
        // given
        Deadline running = Deadline.within(RuleId.of("D6"), "TS-2", "on site", AS_OF.minusSeconds(3600),
                Duration.ofHours(24), TimeBasis.CLOCK, CALENDAR);
        Deadline lastSecond = Deadline.within(RuleId.of("D6"), "TS-3", "on site", AS_OF.minus(Duration.ofHours(24)).plusSeconds(1),
                Duration.ofHours(24), TimeBasis.CLOCK, CALENDAR);
        Deadline passed = Deadline.within(RuleId.of("D5"), "TS-4", "response", AS_OF.minus(Duration.ofHours(24)),
                Duration.ofHours(24), TimeBasis.CLOCK, CALENDAR);
        Deadline weekly = Deadline.within(RuleId.of("D7"), "TS-5", "reports", T0, Duration.ofHours(1), TimeBasis.CLOCK, CALENDAR);

        // when
        Metric m = PortfolioMetrics.responseDeadlineCompliance(List.of(running, lastSecond, passed, weekly), AS_OF);

        // then: only the D5 that fell due exactly at asOf counts, as late; D7 is not a response deadline
        assertThat(m.numerator()).isZero();
        assertThat(m.denominator()).isEqualTo(1);
        assertThat(m.percent()).isEqualTo("0.0%");
    }

    @ParameterizedTest(name = "complaint received {0} s after the start of the 12-month window counts: {1}")
    @CsvSource({"0, 1", "-1, 0"})
    void theComplaintRateCountsComplaintsReceivedInTheTwelveMonthsUpToTheRun(long offsetSeconds, long complaining) {
        // given
        Instant windowStart = AS_OF.atZone(ZONE).minusMonths(12).toInstant();
        Complaint c = received("TS-1", "C1", windowStart.plusSeconds(offsetSeconds));

        // when
        Metric m = PortfolioMetrics.complaintRate(4, List.of(c), AS_OF, ZONE);

        // then
        assertThat(m.numerator()).isEqualTo(complaining);
        assertThat(m.denominator()).isEqualTo(4);
    }

    @Test
    void aCustomerWithTwoComplaintsCountsOnceInTheComplaintRate() {
        // when
        Metric m = PortfolioMetrics.complaintRate(3, List.of(received("TS-1", "C1", T0), received("TS-2", "C1", T0),
                received("TS-3", "C2", T0)), AS_OF, ZONE);

        // then
        assertThat(m.numerator()).isEqualTo(2);
        assertThat(m.percent()).isEqualTo("66.7%");
    }

    @Test
    void theResolutionRateCountsResolvedReviewedAndClosedComplaintsOverAll() {
        // given
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint open = handled("TS-1", deadline);
        Complaint resolved = open.resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told");
        Complaint reviewed = resolved.review(MARKETING, T0.plus(Duration.ofDays(2)), "checked");

        // when
        Metric m = PortfolioMetrics.resolutionRate(List.of(received("TS-9", "C9", T0), open, resolved, reviewed));

        // then
        assertThat(m.numerator()).isEqualTo(2);
        assertThat(m.denominator()).isEqualTo(4);
        assertThat(m.definition()).contains("/");
    }

    @ParameterizedTest(name = "reviewed {0} s after the handling deadline is timely: {1}")
    @CsvSource({"-1, 1", "0, 0"})
    void aReviewBeforeTheHandlingDeadlineIsTimelyAndOneAtTheDeadlineIsNot(long offsetSeconds, long timely) {
        // given: resolved, then reviewed around the handling deadline set at assignment
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint resolved = handled("TS-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told");
        Complaint notReviewed = handled("TS-2", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told");
        Complaint reviewed = resolved.review(MARKETING, deadline.plusSeconds(offsetSeconds), "checked");

        // when
        Metric rate = PortfolioMetrics.reviewRate(List.of(reviewed, notReviewed, handled("TS-3", deadline)));
        Metric timeliness = PortfolioMetrics.reviewTimeliness(List.of(reviewed, notReviewed));

        // then
        assertThat(rate.numerator()).isEqualTo(1);
        assertThat(rate.denominator()).isEqualTo(2);
        assertThat(timeliness.numerator()).isEqualTo(timely);
        assertThat(timeliness.denominator()).isEqualTo(1);
    }

    @Test
    void withNothingToMeasureAMetricShowsADash() {
        // then
        assertThat(PortfolioMetrics.reviewTimeliness(List.of()).percent()).isEqualTo("–");
        assertThat(PortfolioMetrics.complaintMetrics(0, List.of(), AS_OF, ZONE)).hasSize(5)
                .allSatisfy(m -> assertThat(m.denominator()).isZero());
    }

    private static Complaint received(String id, String customer, Instant at) {
        return Complaint.receive(ComplaintId.of(id), new Intake(CustomerId.of(customer),
                FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.GENERAL), "交付延迟", true), CLERK, at, "call");
    }

    private static Complaint handled(String id, Instant handlingDeadline) {
        OrgUnit bu = OrgUnit.of("BU-1");
        return received(id, "C-" + id, T0)
                .register(new Registration(ComplaintType.SERVICE, "SL-" + id, bu, bu, OrgUnit.MARKETING_DEPARTMENT, null,
                        handlingDeadline), Actor.of("E-3", bu), T0.plusSeconds(60), "form")
                .assign(new Assignment(bu, handlingDeadline, "E-4", "E-5", Actor.of("E-6", OrgUnit.of("LEADER"))),
                        MARKETING, T0.plusSeconds(120), "assigned")
                .startHandling("cause", "action", Actor.of("E-4", bu), T0.plusSeconds(180), "started");
    }

    @Test
    void revisitCoverageAndInteractionFrequencyArePerTierAndATierWithoutCustomersHasNone() {
        // given: KEY 4 customers, 10 contacts, 3 revisited; GENERAL no customers
        java.util.Map<org.crmpolicy.customer.Tier, long[]> tiers = new java.util.EnumMap<>(org.crmpolicy.customer.Tier.class);
        tiers.put(org.crmpolicy.customer.Tier.KEY, new long[] {4, 10, 3});
        tiers.put(org.crmpolicy.customer.Tier.GENERAL, new long[] {0, 0, 0});

        // when
        List<Metric> metrics = ErpContactCompliance.metrics(new ErpContactCompliance.Totals(List.of(), tiers));

        // then
        assertThat(metrics).extracting(Metric::name, Metric::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("revisit coverage 回访覆盖率 KEY", "75.0%"),
                org.assertj.core.groups.Tuple.tuple("interaction frequency 互动频次 KEY", "2.5 per customer"));
    }
}
