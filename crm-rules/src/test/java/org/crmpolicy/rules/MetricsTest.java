package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.Fixtures.aContractedCustomer;
import static org.crmpolicy.rules.Fixtures.aProspect;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.metric.Direction;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Metric;
import org.crmpolicy.metric.Portfolio;
import org.crmpolicy.metric.PortfolioCustomer;
import org.crmpolicy.metric.Scorecard;
import org.crmpolicy.metric.SurveyResponse;
import org.crmpolicy.money.Money;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * M1 and M2 through {@code CrmPolicy.metrics()}: every indicator, both sides of each survey bound, facts outside the
 * period or after asOf left out, and an empty base or missing data reported as not computable with its reason.
 */
class MetricsTest {

    private static final ZoneId ZONE = CrmPolicy.DEFAULT_ZONE;
    /** Monday 2025-11-24 10:00 Asia/Shanghai, in 2025-Q4. */
    private static final Instant AS_OF = Fixtures.AS_OF;
    private static final Period Q4 = PeriodKind.QUARTER.containing(AS_OF, ZONE);
    /** Monday 2025-11-03 09:00 Asia/Shanghai. */
    private static final Instant T0 = Instant.parse("2025-11-03T01:00:00Z");
    private static final Actor CLERK = Actor.of("E-1", OrgUnit.CUSTOMER_SERVICE);
    private static final Actor MARKETING = Actor.of("E-2", OrgUnit.MARKETING_DEPARTMENT);
    private static final OrgUnit BU = OrgUnit.of("BU-1");

    private static Scorecard compute(Portfolio portfolio) {
        return Fixtures.policy().metrics().compute(portfolio, Q4, AS_OF);
    }

    private static Indicator of(Scorecard s, Metric metric) {
        return s.indicator(metric).orElseThrow(() -> new AssertionError("no " + metric + " in " + s.indicators()));
    }

    private static List<PortfolioCustomer> ids(String... ids) {
        return Arrays.stream(ids).map(id -> PortfolioCustomer.of(CustomerId.of(id), Tier.KEY)).toList();
    }

    private static Portfolio withSurveys(SurveyResponse... answers) {
        return Portfolio.of(ids("C-1", "C-2", "C-3", "C-4")).withSurveys(List.of(answers));
    }

    private static SurveyResponse csat(String customer, int score) {
        return SurveyResponse.csat(CustomerId.of(customer), T0, score);
    }

    private static SurveyResponse nps(String customer, int score) {
        return SurveyResponse.nps(CustomerId.of(customer), T0, score);
    }

    // ---------------------------------------------------------------- the scorecard as a whole

    @Test
    void everyMetricOfTheCatalogueIsOnTheScorecardEvenWithNoDataSupplied() {
        // when
        Scorecard s = compute(Portfolio.of(ids("C-1")));

        // then
        assertThat(s.indicators()).extracting(Indicator::metric).containsAll(List.of(Metric.values()));
        assertThat(s.indicators()).allSatisfy(i -> assertThat(i.ruleId().value()).isIn("M1", "M2"));
        assertThat(s.indicators()).noneMatch(Indicator::isComputable)
                .allSatisfy(i -> assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("missing ")));
        assertThat(of(s, Metric.COMPLAINT_RATE).notComputable())
                .isEqualTo("missing complaints: not supplied (Portfolio.withComplaints)");
        assertThat(of(s, Metric.COMPLAINT_RATE).toString()).contains("not computable: missing complaints");
        assertThat(s.period()).isEqualTo(Q4);
        assertThat(Metric.COMPLAINT_RATE.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(Metric.CSAT.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void asOfBeforeThePeriodStartsIsACallerError() {
        assertThatThrownBy(() -> Fixtures.policy().metrics().compute(Portfolio.of(ids("C-1")), Q4,
                Q4.start().minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metrics asOf = 2025-09-30T15:59:59Z is before the start of period 2025-Q4");
    }

    // ---------------------------------------------------------------- CSAT, NPS, feedback rate (M1, M2)

    @ParameterizedTest(name = "CSAT {0} counts as satisfied: {1}")
    @CsvSource({"1, 0", "3, 0", "4, 1", "5, 1"})
    void aCsatAnswerIsSatisfiedFromFourOn(int score, long satisfied) {
        // when
        Indicator csat = of(compute(withSurveys(csat("C-1", score))), Metric.CSAT);

        // then
        assertThat(csat.numerator()).isEqualByComparingTo(BigDecimal.valueOf(satisfied));
        assertThat(csat.denominator()).isEqualByComparingTo("1");
        assertThat(csat.value()).isEqualByComparingTo(BigDecimal.valueOf(satisfied));
        assertThat(csat.definition()).contains("CSAT 4 or more");
    }

    @ParameterizedTest(name = "NPS {0} adds {1} to promoters minus detractors")
    @CsvSource({"0, -1", "6, -1", "7, 0", "8, 0", "9, 1", "10, 1"})
    void anNpsAnswerIsADetractorUpToSixAPassiveAtSevenAndEightAndAPromoterFromNine(int score, long net) {
        // when
        Indicator nps = of(compute(withSurveys(nps("C-1", score))), Metric.NPS);

        // then
        assertThat(nps.numerator()).isEqualByComparingTo(BigDecimal.valueOf(net));
        assertThat(nps.value()).isEqualByComparingTo(BigDecimal.valueOf(net));
    }

    @Test
    void theNpsIsPromotersMinusDetractorsOverAnswersAndIgnoresCsatOnlyAnswers() {
        // when: promoters 9, 10; passive 8; detractor 6; one CSAT-only answer
        Scorecard s = compute(withSurveys(nps("C-1", 9), nps("C-2", 10), nps("C-3", 8), nps("C-4", 6), csat("C-1", 5)));

        // then: (2 - 1) / 4
        assertThat(of(s, Metric.NPS).value()).isEqualByComparingTo("0.25");
        assertThat(of(s, Metric.NPS).denominator()).isEqualByComparingTo("4");
        assertThat(of(s, Metric.CSAT).denominator()).isEqualByComparingTo("1");
    }

    @Test
    void hostParametersMoveTheSurveyBounds() {
        // given: satisfied from 3, promoter from 8, detractor up to 5
        PolicyParameters p = PolicyParameters.defaults().with("M1.csat-satisfied-from", "3")
                .with("M1.nps-detractor-up-to", "5").with("M1.nps-promoter-from", "8");
        CrmPolicy policy = CrmPolicy.builder().parameters(p).build();

        // when
        Scorecard s = policy.metrics().compute(withSurveys(csat("C-1", 3), nps("C-2", 8), nps("C-3", 6)), Q4, AS_OF);

        // then
        assertThat(of(s, Metric.CSAT).value()).isEqualByComparingTo("1");
        assertThat(of(s, Metric.NPS).numerator()).isEqualByComparingTo("1");
        assertThat(of(s, Metric.NPS).definition()).contains("NPS 8 or more", "NPS 5 or less");
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({"M1.csat-satisfied-from, 0", "M1.csat-satisfied-from, 6", "M1.nps-promoter-from, 11",
            "M1.nps-promoter-from, 6", "M1.nps-detractor-up-to, 9", "M1.nps-detractor-up-to, -1",
            "M1.csat-satisfied-from, 3.5"})
    void aSurveyBoundOutOfRangeOrOverlappingTheOtherIsRefused(String key, String value) {
        assertThatThrownBy(() -> PolicyParameters.defaults().with(key, value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policy parameter '")
                .hasMessageContaining(value);
    }

    @Test
    void theSurveyBoundDefaultsAreFourNineAndSix() {
        PolicyParameters p = PolicyParameters.defaults();
        assertThat(p.integer("M1.csat-satisfied-from")).isEqualTo(4);
        assertThat(p.integer("M1.nps-promoter-from")).isEqualTo(9);
        assertThat(p.integer("M1.nps-detractor-up-to")).isEqualTo(6);
    }

    @ParameterizedTest(name = "an answer {0} ns after the period starts counts: {1}")
    @CsvSource({"-1, 0", "0, 1"})
    void anAnswerCountsFromTheFirstInstantOfThePeriod(long offsetNanos, long counted) {
        // when
        Scorecard s = compute(Portfolio.of(ids("C-1")).withSurveys(List.of(
                SurveyResponse.csat(CustomerId.of("C-1"), Q4.start().plusNanos(offsetNanos), 5))));

        // then
        assertThat(of(s, Metric.FEEDBACK_RATE).numerator()).isEqualByComparingTo(BigDecimal.valueOf(counted));
    }

    @Test
    void anAnswerAfterAsOfOrFromACustomerOutsideThePortfolioIsNotCounted() {
        // when
        Scorecard s = compute(Portfolio.of(ids("C-1")).withSurveys(List.of(
                SurveyResponse.csat(CustomerId.of("C-1"), AS_OF.plusSeconds(1), 5),
                SurveyResponse.csat(CustomerId.of("C-9"), T0, 5))));

        // then
        assertThat(of(s, Metric.CSAT).isComputable()).isFalse();
        assertThat(of(s, Metric.CSAT).reason()).contains("no CSAT answer in the period");
        assertThat(of(s, Metric.FEEDBACK_RATE).value()).isEqualByComparingTo("0");
    }

    @Test
    void withSurveysSuppliedButNoAnswerCsatAndNpsAreNotComputableAndTheFeedbackRateIsARealZero() {
        // when
        Scorecard s = compute(withSurveys());

        // then
        assertThat(of(s, Metric.CSAT).reason()).contains("no CSAT answer in the period");
        assertThat(of(s, Metric.CSAT).denominator()).isEqualByComparingTo("0");
        assertThat(of(s, Metric.NPS).reason()).contains("no NPS answer in the period");
        assertThat(of(s, Metric.FEEDBACK_RATE).value()).isEqualByComparingTo("0");
        assertThat(of(s, Metric.FEEDBACK_RATE).denominator()).isEqualByComparingTo("4");
    }

    @Test
    void theFeedbackRateCountsEachAnsweringCustomerOnce() {
        // when
        Scorecard s = compute(withSurveys(csat("C-1", 5), nps("C-1", 9), csat("C-2", 2)));

        // then: 2 of 4
        assertThat(of(s, Metric.FEEDBACK_RATE).value()).isEqualByComparingTo("0.5");
        assertThat(of(s, Metric.FEEDBACK_RATE).ruleId().value()).isEqualTo("M2");
    }

    @Test
    void csatIsCountedPerAccountManagerForStaffAppraisal() {
        // given: AM-7 has C-1 (5) and C-2 (3); AM-8 has C-3 (4)
        Customer c1 = aContractedCustomer("C-1").build();
        Customer c2 = aContractedCustomer("C-2").build();
        Customer c3 = aContractedCustomer("C-3").accountManagerId("AM-8").build();
        Portfolio p = Portfolio.of(List.of(PortfolioCustomer.of(c1, Tier.KEY), PortfolioCustomer.of(c2, Tier.KEY),
                PortfolioCustomer.of(c3, Tier.KEY))).withSurveys(List.of(csat("C-1", 5), csat("C-2", 3), csat("C-3", 4)));

        // when
        Scorecard s = compute(p);

        // then
        assertThat(s.indicator(Metric.CSAT_BY_ACCOUNT_MANAGER, "AM-7").orElseThrow().value()).isEqualByComparingTo("0.5");
        assertThat(s.indicator(Metric.CSAT_BY_ACCOUNT_MANAGER, "AM-8").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(s.indicator(Metric.CSAT_BY_ACCOUNT_MANAGER, "AM-8").orElseThrow().name())
                .isEqualTo("CSAT by account manager 客户满意度(考核) AM-8");
    }

    @Test
    void csatByAccountManagerNeedsTheCustomerRecords() {
        // when
        Indicator i = of(compute(withSurveys(csat("C-1", 5))), Metric.CSAT_BY_ACCOUNT_MANAGER);

        // then
        assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("missing the customer record (account manager)"));
    }

    @Test
    void aSurveyAnswerOutOfRangeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> csat("C-1", 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csat = 6 must be 1 to 5");
        assertThatThrownBy(() -> nps("C-1", 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nps = 11 must be 0 to 10");
        assertThatThrownBy(() -> SurveyResponse.of(CustomerId.of("C-1"), T0, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both null");
    }

    // ---------------------------------------------------------------- churn and loyalty (M1, M2)

    @Test
    void churnIsTheShareOfCustomersActiveAtTheStartWithNoContractInForceAtTheEnd() {
        // given: three ACTIVE at the start, of which one LAPSED by the end; a prospect (NONE) at the start
        Portfolio p = Portfolio.of(List.of(
                PortfolioCustomer.of(aContractedCustomer("C-1").build(), Tier.KEY).withStatusAtStart(ContractStatus.ACTIVE),
                PortfolioCustomer.of(aContractedCustomer("C-2").build(), Tier.KEY).withStatusAtStart(ContractStatus.ACTIVE),
                PortfolioCustomer.of(aContractedCustomer("C-3").contractStatus(ContractStatus.LAPSED).build(), Tier.GENERAL)
                        .withStatusAtStart(ContractStatus.ACTIVE),
                PortfolioCustomer.of(aProspect("C-4").build(), Tier.RESERVE).withStatusAtStart(ContractStatus.NONE)));

        // when
        Scorecard s = compute(p);

        // then
        assertThat(of(s, Metric.CHURN_RATE).numerator()).isEqualByComparingTo("1");
        assertThat(of(s, Metric.CHURN_RATE).denominator()).isEqualByComparingTo("3");
        assertThat(of(s, Metric.CHURN_RATE).value()).isEqualByComparingTo("0.3333");
        assertThat(of(s, Metric.LOYALTY).numerator()).isEqualByComparingTo("2");
        assertThat(of(s, Metric.LOYALTY).value()).isEqualByComparingTo("0.6667");
    }

    @Test
    void churnWithoutTheStatusAtTheStartOfSomeCustomerIsNotComputable() {
        // given: C-2's status at the start is unknown
        Portfolio p = Portfolio.of(List.of(
                PortfolioCustomer.of(aContractedCustomer("C-1").build(), Tier.KEY).withStatusAtStart(ContractStatus.ACTIVE),
                PortfolioCustomer.of(aContractedCustomer("C-2").build(), Tier.KEY)));

        // when
        Indicator churn = of(compute(p), Metric.CHURN_RATE);

        // then
        assertThat(churn.isComputable()).isFalse();
        assertThat(churn.numerator()).isNull();
        assertThat(churn.reason()).contains("missing the contract status at the start of the period of 1 of 2 customers"
                + " (PortfolioCustomer.withStatusAtStart)");
    }

    @Test
    void churnWithNoCustomerActiveAtTheStartIsNotComputable() {
        // when
        Indicator churn = of(compute(Portfolio.of(List.of(PortfolioCustomer.of(aProspect("C-1").build(), Tier.RESERVE)
                .withStatusAtStart(ContractStatus.NONE)))), Metric.CHURN_RATE);

        // then
        assertThat(churn.reason()).contains("no customer with a contract in force at the start of the period");
    }

    // ---------------------------------------------------------------- acquisition cost and lifetime value (M2)

    @Test
    void acquisitionCostIsTheCostOfTheCustomersFirstContractedInThePeriodPerCustomer() {
        // given: C-1 and C-2 first contracted in Q4, C-3 in 2020 (not acquired now)
        Customer c1 = aContractedCustomer("C-1").firstContractDate(LocalDate.of(2025, 10, 1)).build();
        Customer c2 = aContractedCustomer("C-2").firstContractDate(LocalDate.of(2025, 11, 20)).build();
        Customer c3 = aContractedCustomer("C-3").build();
        Portfolio p = Portfolio.of(List.of(PortfolioCustomer.of(c1, Tier.KEY), PortfolioCustomer.of(c2, Tier.KEY),
                PortfolioCustomer.of(c3, Tier.KEY))).withAmounts(List.of(
                CustomerAmounts.of(c1.id(), Money.cny("3000"), Money.cny("10000")),
                CustomerAmounts.of(c2.id(), Money.cny("5000.50"), Money.cny("20000")),
                CustomerAmounts.of(c3.id(), null, Money.cny("90000"))));

        // when
        Scorecard s = compute(p);

        // then
        assertThat(of(s, Metric.ACQUISITION_COST).value()).isEqualByComparingTo("4000.25");
        assertThat(of(s, Metric.ACQUISITION_COST).denominator()).isEqualByComparingTo("2");
        assertThat(of(s, Metric.ACQUISITION_COST).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(of(s, Metric.LIFETIME_VALUE).value()).isEqualByComparingTo("40000");
    }

    @ParameterizedTest(name = "first contract on {0}: acquired in 2025-Q4: {1}")
    @CsvSource({"2025-09-30, 0", "2025-10-01, 1", "2025-11-24, 1", "2025-11-25, 0"})
    void aCustomerIsAcquiredInThePeriodWhenItsFirstContractDayStartsInItUpToAsOf(LocalDate first, long acquired) {
        // given
        Customer c = aContractedCustomer("C-1").firstContractDate(first).build();
        Portfolio p = Portfolio.of(List.of(PortfolioCustomer.of(c, Tier.KEY)))
                .withAmounts(List.of(CustomerAmounts.of(c.id(), Money.cny("100"), null)));

        // when
        Indicator cost = of(compute(p), Metric.ACQUISITION_COST);

        // then
        assertThat(cost.isComputable()).isEqualTo(acquired == 1);
        if (acquired == 0) {
            assertThat(cost.reason()).contains("no customer acquired (first contract) in the period");
        }
    }

    @Test
    void anUnknownAmountMakesTheAmountIndicatorsNotComputableInsteadOfCountingZero() {
        // given: C-2 acquired in Q4 without a known acquisition cost; C-1 without a known revenue
        Customer c1 = aContractedCustomer("C-1").firstContractDate(LocalDate.of(2025, 10, 8)).build();
        Customer c2 = aContractedCustomer("C-2").firstContractDate(LocalDate.of(2025, 10, 9)).build();
        Portfolio p = Portfolio.of(List.of(PortfolioCustomer.of(c1, Tier.KEY), PortfolioCustomer.of(c2, Tier.KEY)))
                .withAmounts(List.of(CustomerAmounts.of(c1.id(), Money.cny("100"), null),
                        CustomerAmounts.of(c2.id(), null, Money.cny("100"))));

        // when
        Scorecard s = compute(p);

        // then
        assertThat(of(s, Metric.ACQUISITION_COST).reason()).contains("missing acquisition cost of 1 of 2 customers counted");
        assertThat(of(s, Metric.LIFETIME_VALUE).reason()).contains("missing revenue to date of 1 of 2 customers counted");
    }

    @Test
    void amountsNotSuppliedOrCustomerRecordsMissingAreNamed() {
        // when
        Scorecard noAmounts = compute(Portfolio.of(List.of(PortfolioCustomer.of(aContractedCustomer("C-1").build(), Tier.KEY))));
        Scorecard noRecords = compute(Portfolio.of(ids("C-1")).withAmounts(List.of()));

        // then
        assertThat(of(noAmounts, Metric.LIFETIME_VALUE).reason())
                .contains("missing revenue to date: not supplied (Portfolio.withAmounts)");
        assertThat(of(noRecords, Metric.ACQUISITION_COST).reason()).hasValueSatisfying(r -> assertThat(r)
                .startsWith("missing the customer record (first contract date) of 1 of 1 customers"));
    }

    @Test
    void theLifetimeValueLeavesOutProspects() {
        // given
        Customer active = aContractedCustomer("C-1").build();
        Customer prospect = aProspect("C-2").build();
        Portfolio p = Portfolio.of(List.of(PortfolioCustomer.of(active, Tier.KEY), PortfolioCustomer.of(prospect, Tier.RESERVE)))
                .withAmounts(List.of(CustomerAmounts.of(active.id(), null, Money.cny("1234.56"))));

        // when
        Indicator ltv = of(compute(p), Metric.LIFETIME_VALUE);

        // then
        assertThat(ltv.value()).isEqualByComparingTo("1234.56");
        assertThat(ltv.denominator()).isEqualByComparingTo("1");
    }

    // ---------------------------------------------------------------- complaints (M1, M2)

    private static Complaint received(String id, String customer, Instant at) {
        return Complaint.receive(ComplaintId.of(id), new Intake(CustomerId.of(customer),
                FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.GENERAL), "交付延迟", true), CLERK, at, "call");
    }

    private static Complaint registered(String id, String customer, Instant at, ComplaintType type, Instant handlingDeadline) {
        return received(id, customer, at).register(new Registration(type, "SL-" + id, BU, BU,
                OrgUnit.MARKETING_DEPARTMENT, null, handlingDeadline), CLERK, at.plusSeconds(60), "form");
    }

    /** Received at T0, registered, responded to, assigned with a handling deadline, plan given, in handling. */
    private static Complaint handled(String id, String customer, Instant handlingDeadline) {
        return registered(id, customer, T0, ComplaintType.SERVICE, handlingDeadline)
                .respond(CLERK, T0.plusSeconds(120), "first response")
                .assign(new Assignment(BU, handlingDeadline, "E-4", "E-5", Actor.of("E-6", OrgUnit.of("LEADER"))),
                        MARKETING, T0.plusSeconds(180), "assigned")
                .giveHandlingPlan(Actor.of("E-4", BU), T0.plusSeconds(240), "plan")
                .startHandling("cause", "action", Actor.of("E-4", BU), T0.plusSeconds(300), "started");
    }

    private static Scorecard complaints(List<String> customers, Complaint... complaints) {
        return compute(Portfolio.of(ids(customers.toArray(new String[0]))).withComplaints(List.of(complaints)));
    }

    @Test
    void theComplaintRateCountsEachComplainingCustomerOnceAndOnlyComplaintsReceivedInThePeriod() {
        // when: C-1 twice, C-2 once but in Q3, C-9 outside the portfolio
        Scorecard s = complaints(List.of("C-1", "C-2", "C-3", "C-4"), received("TS-1", "C-1", T0),
                received("TS-2", "C-1", T0.plusSeconds(5)), received("TS-3", "C-2", Q4.start().minusSeconds(1)),
                received("TS-4", "C-9", T0));

        // then
        Indicator rate = of(s, Metric.COMPLAINT_RATE);
        assertThat(rate.numerator()).isEqualByComparingTo("1");
        assertThat(rate.denominator()).isEqualByComparingTo("4");
        assertThat(rate.value()).isEqualByComparingTo("0.25");
        assertThat(rate.name()).isEqualTo("complaint rate 投诉率");
    }

    @Test
    void aComplaintReceivedAtTheFirstInstantOfThePeriodCountsAndOneAfterAsOfDoesNot() {
        // when
        Scorecard s = complaints(List.of("C-1", "C-2"), received("TS-1", "C-1", Q4.start()),
                received("TS-2", "C-2", AS_OF.plusSeconds(1)));

        // then
        assertThat(of(s, Metric.COMPLAINT_RATE).numerator()).isEqualByComparingTo("1");
        assertThat(of(s, Metric.RESOLUTION_RATE).denominator()).isEqualByComparingTo("1");
    }

    @Test
    void withComplaintsSuppliedButNoneReceivedTheRateIsARealZeroAndTheRatesOverComplaintsAreNotComputable() {
        // when
        Scorecard s = complaints(List.of("C-1"));

        // then
        assertThat(of(s, Metric.COMPLAINT_RATE).value()).isEqualByComparingTo("0");
        assertThat(of(s, Metric.RESOLUTION_RATE).reason()).contains("no complaint received in the period");
        assertThat(of(s, Metric.RESPONSE_DEADLINE_COMPLIANCE).reason()).contains("no complaint deadline fell due in the period");
        assertThat(of(s, Metric.COMPLAINT_REVIEW_RATE).reason()).contains("no complaint received in the period was resolved");
        assertThat(of(s, Metric.COMPLAINT_REVIEW_TIMELINESS).reason()).contains("no complaint received in the period was reviewed");
        assertThat(of(s, Metric.COMPLAINT_HANDLING_TIMELINESS).reason()).contains("no complaint received in the period was resolved");
        assertThat(of(s, Metric.COMPLAINT_HANDLING_SATISFACTION).reason()).isPresent();
        assertThat(of(s, Metric.COMPLAINT_PREVENTION_RATE).reason()).hasValueSatisfying(r ->
                assertThat(r).startsWith("no registered complaint in the previous period (2025-Q3)"));
    }

    @Test
    void responseDeadlinesMetInTimeCountAsCompliantAndOnesLeftUnmetPastDueDoNot() {
        // given: TS-1 responded to and planned within minutes; TS-2 received three weeks before asOf, never answered
        Complaint inTime = handled("TS-1", "C-1", T0.plus(Duration.ofDays(30)));
        Complaint ignored = received("TS-2", "C-2", T0);

        // when
        Indicator ok = of(complaints(List.of("C-1", "C-2"), inTime), Metric.RESPONSE_DEADLINE_COMPLIANCE);
        Indicator late = of(complaints(List.of("C-1", "C-2"), ignored), Metric.RESPONSE_DEADLINE_COMPLIANCE);

        // then
        assertThat(ok.denominator()).isPositive();
        assertThat(ok.value()).isEqualByComparingTo("1");
        assertThat(late.denominator()).isPositive();
        assertThat(late.value()).isEqualByComparingTo("0");
        assertThat(late.definition()).contains("D5, D6, D10, P2");
    }

    @Test
    void aDeadlineStillRunningAtAsOfIsNotYetCounted() {
        // given: received a minute before asOf: nothing has fallen due
        Complaint fresh = received("TS-1", "C-1", AS_OF.minusSeconds(60));

        // when
        Indicator i = of(complaints(List.of("C-1"), fresh), Metric.RESPONSE_DEADLINE_COMPLIANCE);

        // then
        assertThat(i.isComputable()).isFalse();
        assertThat(i.denominator()).isEqualByComparingTo("0");
    }

    @Test
    void theResolutionRateCountsResolvedReviewedAndClosedComplaintsAsSeenAtAsOf() {
        // given
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint open = handled("TS-1", "C-1", deadline);
        Complaint resolved = handled("TS-2", "C-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told");
        Complaint reviewed = handled("TS-3", "C-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told")
                .review(MARKETING, T0.plus(Duration.ofDays(2)), "checked");
        Complaint resolvedAfterAsOf = handled("TS-4", "C-1", deadline).resolve("done", MARKETING, AS_OF.plusSeconds(1), "later");

        // when
        Indicator rate = of(complaints(List.of("C-1"), open, resolved, reviewed, resolvedAfterAsOf), Metric.RESOLUTION_RATE);

        // then: TS-4 is not resolved yet as of asOf
        assertThat(rate.numerator()).isEqualByComparingTo("2");
        assertThat(rate.denominator()).isEqualByComparingTo("4");
    }

    @ParameterizedTest(name = "resolved {0} s after the handling deadline is timely: {1}")
    @CsvSource({"-1, 1", "0, 0"})
    void aComplaintResolvedBeforeItsHandlingDeadlineIsTimelyAndOneResolvedAtItIsNot(long offsetSeconds, long timely) {
        // given
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint c = handled("TS-1", "C-1", deadline).resolve("done", MARKETING, deadline.plusSeconds(offsetSeconds), "told");

        // when
        Indicator i = of(complaints(List.of("C-1"), c, handled("TS-2", "C-1", deadline)), Metric.COMPLAINT_HANDLING_TIMELINESS);

        // then: the unresolved TS-2 is not in the base
        assertThat(i.numerator()).isEqualByComparingTo(BigDecimal.valueOf(timely));
        assertThat(i.denominator()).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "reviewed {0} s after the handling deadline is timely: {1}")
    @CsvSource({"-1, 1", "0, 0"})
    void aReviewBeforeTheHandlingDeadlineIsTimelyAndOneAtTheDeadlineIsNot(long offsetSeconds, long timely) {
        // given: TS-1 resolved then reviewed around the deadline; TS-2 resolved, not reviewed; TS-3 unresolved
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint reviewed = handled("TS-1", "C-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told")
                .review(MARKETING, deadline.plusSeconds(offsetSeconds), "checked");
        Complaint notReviewed = handled("TS-2", "C-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told");

        // when
        Scorecard s = complaints(List.of("C-1"), reviewed, notReviewed, handled("TS-3", "C-1", deadline));

        // then
        assertThat(of(s, Metric.COMPLAINT_REVIEW_RATE).numerator()).isEqualByComparingTo("1");
        assertThat(of(s, Metric.COMPLAINT_REVIEW_RATE).denominator()).isEqualByComparingTo("2");
        assertThat(of(s, Metric.COMPLAINT_REVIEW_TIMELINESS).numerator()).isEqualByComparingTo(BigDecimal.valueOf(timely));
        assertThat(of(s, Metric.COMPLAINT_REVIEW_TIMELINESS).denominator()).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "latest follow-up rating {0}: satisfied {1}")
    @CsvSource({"3, 0", "4, 1"})
    void handlingSatisfactionReadsTheLatestFollowUpRatingFromFourOn(int rating, long satisfied) {
        // given: an earlier rating of 5, then the latest one
        Instant deadline = T0.plus(Duration.ofDays(5));
        Complaint c = handled("TS-1", "C-1", deadline).resolve("done", MARKETING, T0.plus(Duration.ofDays(1)), "told")
                .followUp(true, 5, MARKETING, T0.plus(Duration.ofDays(2)), "revisit")
                .followUp(true, rating, MARKETING, T0.plus(Duration.ofDays(3)), "revisit again");

        // when
        Indicator i = of(complaints(List.of("C-1"), c, handled("TS-2", "C-1", deadline)), Metric.COMPLAINT_HANDLING_SATISFACTION);

        // then: TS-2 has no rating and is not in the base
        assertThat(i.numerator()).isEqualByComparingTo(BigDecimal.valueOf(satisfied));
        assertThat(i.denominator()).isEqualByComparingTo("1");
    }

    @Test
    void thePreventionRateIsTheShareOfLastPeriodsCustomerAndTypePairsNotComplainedAboutAgain() {
        // given: Q3 SERVICE complaints from C-1, C-2 and C-3; in Q4 C-2 complains of SERVICE again, C-3 of another
        // type, C-1 not at all
        Instant q3 = Q4.start().minus(Duration.ofDays(30));
        Instant deadline = T0.plus(Duration.ofDays(60));
        Scorecard s = complaints(List.of("C-1", "C-2", "C-3"),
                registered("TS-1", "C-1", q3, ComplaintType.SERVICE, deadline),
                registered("TS-2", "C-2", q3, ComplaintType.SERVICE, deadline),
                registered("TS-3", "C-3", q3, ComplaintType.SERVICE, deadline),
                registered("TS-4", "C-2", T0, ComplaintType.SERVICE, deadline),
                registered("TS-5", "C-3", T0, ComplaintType.PRODUCT_QUALITY, deadline));

        // then: C-1 and C-3 of SERVICE were not repeated
        Indicator i = of(s, Metric.COMPLAINT_PREVENTION_RATE);
        assertThat(i.numerator()).isEqualByComparingTo("2");
        assertThat(i.denominator()).isEqualByComparingTo("3");
        assertThat(i.definition()).contains("2025-Q3");
    }

    @Test
    void aNewComplaintNotYetTypedCountsAsARepeatSoPreventionIsNotOverstated() {
        // given
        Instant q3 = Q4.start().minus(Duration.ofDays(30));
        Scorecard s = complaints(List.of("C-1"), registered("TS-1", "C-1", q3, ComplaintType.SERVICE, T0),
                received("TS-2", "C-1", T0));

        // then
        assertThat(of(s, Metric.COMPLAINT_PREVENTION_RATE).value()).isEqualByComparingTo("0");
    }

    // ---------------------------------------------------------------- revisit coverage, interaction frequency (M1)

    @Test
    void revisitCoverageAndInteractionFrequencyArePerTierAndATierWithoutCustomersIsNotComputable() {
        // given: KEY 4 customers, 10 contacts this quarter, 3 revisited; GENERAL no customers
        Portfolio p = Portfolio.of(ids("C-1")).withCoverage(List.of(
                new TierCoverage(Tier.GENERAL, 0, 0, 0, List.of()), new TierCoverage(Tier.KEY, 4, 10, 3, List.of())));

        // when
        Scorecard s = compute(p);

        // then
        assertThat(s.indicators(Metric.REVISIT_COVERAGE)).extracting(Indicator::name)
                .containsExactly("revisit coverage 回访覆盖率 KEY", "revisit coverage 回访覆盖率 GENERAL");
        assertThat(s.indicator(Metric.REVISIT_COVERAGE, "KEY").orElseThrow().value()).isEqualByComparingTo("0.75");
        assertThat(s.indicator(Metric.INTERACTION_FREQUENCY, "KEY").orElseThrow().value()).isEqualByComparingTo("2.5");
        assertThat(s.indicator(Metric.REVISIT_COVERAGE, "GENERAL").orElseThrow().reason()).contains("no customer in tier GENERAL");
        assertThat(s.indicator(Metric.INTERACTION_FREQUENCY, "GENERAL").orElseThrow().isComputable()).isFalse();
    }

    @Test
    void theCoverageOfTheLibrarysComplianceReportFeedsTheContactIndicators() {
        // given: a KEY customer whose quarterly revisit (C5) is on record
        Customer c = Fixtures.aKeyCustomer("C-1").build();
        org.crmpolicy.contact.Contact revisit = org.crmpolicy.contact.Contact.of("K-1", c.id(), "E-9",
                org.crmpolicy.contact.ContactRole.SALES_STAFF, org.crmpolicy.contact.Channel.PHONE,
                org.crmpolicy.contact.Purpose.REVISIT, T0);
        List<TierCoverage> coverage = Fixtures.policy().compliance(List.of(c), List.of(revisit), AS_OF).coverage();

        // when
        Scorecard s = compute(Portfolio.of(List.of(PortfolioCustomer.of(c, Tier.KEY))).withCoverage(coverage));

        // then
        assertThat(s.indicator(Metric.REVISIT_COVERAGE, "KEY").orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(s.indicator(Metric.INTERACTION_FREQUENCY, "KEY").orElseThrow().numerator()).isEqualByComparingTo("1");
    }

    @Test
    void withContactsAndNoCoverageThePolicyEvaluatesTheContactsItself() {
        // given: two KEY customers, one revisited this quarter
        Customer c1 = Fixtures.aKeyCustomer("C-1").build();
        Customer c2 = Fixtures.aKeyCustomer("C-2").build();
        org.crmpolicy.contact.Contact revisit = org.crmpolicy.contact.Contact.of("K-1", c1.id(), "E-9",
                org.crmpolicy.contact.ContactRole.SALES_STAFF, org.crmpolicy.contact.Channel.PHONE,
                org.crmpolicy.contact.Purpose.REVISIT, T0);

        // when
        Scorecard s = compute(Portfolio.of(List.of(PortfolioCustomer.of(c1, Tier.KEY), PortfolioCustomer.of(c2, Tier.KEY)))
                .withContacts(List.of(revisit)));
        Scorecard idsOnly = compute(Portfolio.of(ids("C-1")).withContacts(List.of(revisit)));

        // then
        assertThat(s.indicator(Metric.REVISIT_COVERAGE, "KEY").orElseThrow().value()).isEqualByComparingTo("0.5");
        assertThat(s.indicator(Metric.INTERACTION_FREQUENCY, "KEY").orElseThrow().value()).isEqualByComparingTo("0.5");
        assertThat(of(idsOnly, Metric.REVISIT_COVERAGE).reason()).hasValueSatisfying(r ->
                assertThat(r).startsWith("missing the customer record of 1 of 1 customers"));
    }

    // ---------------------------------------------------------------- the value types

    @Test
    void anIndicatorHasAValueOrAReasonNeverBoth() {
        assertThatThrownBy(() -> new Indicator(Metric.CSAT, null, "d", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, "why"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> new Indicator(Metric.CSAT, null, "d", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive denominator");
        assertThat(Indicator.ratio(Metric.CSAT, null, "d", 0, 0, "no answer").reason()).contains("no answer");
    }

    @Test
    void aPortfolioRefusesTheSameCustomerTwice() {
        assertThatThrownBy(() -> Portfolio.of(ids("C-1", "C-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer C-1 appears more than once");
    }

    @Test
    void m1AndM2AreEnforcedByTheMetricsClass() {
        var catalogue = Fixtures.policy().catalogue();
        assertThat(catalogue.where(org.crmpolicy.finding.RuleId.of("M1"))).containsExactly("Metrics");
        assertThat(catalogue.where(org.crmpolicy.finding.RuleId.of("M2"))).containsExactly("Metrics");
        assertThat(catalogue.uncovered()).extracting(e -> e.id().value()).doesNotContain("M1", "M2");
        assertThat(Arrays.stream(Metric.values()).map(m -> m.ruleId().value()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("M1", "M2");
    }
}
