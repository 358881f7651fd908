package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ComplaintFixtures.BOTH;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.HANDLER;
import static org.crmpolicy.rules.ComplaintFixtures.ID;
import static org.crmpolicy.rules.ComplaintFixtures.MARKETING;
import static org.crmpolicy.rules.ComplaintFixtures.T0;
import static org.crmpolicy.rules.ComplaintFixtures.aRegistration;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.inHandling;
import static org.crmpolicy.rules.ComplaintFixtures.policy;
import static org.crmpolicy.rules.ComplaintFixtures.received;
import static org.crmpolicy.rules.ComplaintFixtures.registered;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.complaint.ComplaintObligation;
import org.crmpolicy.complaint.ProgressAudience;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.StoredComplaintEvent;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.complaint.Priority;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** D5, D6, D7, D10 and the P2 handling deadline, on both sides of every boundary. */
class ComplaintDeadlinesTest {

    private static ComplaintAssessment assess(Complaint c, Instant asOf) {
        return policy().complaints().assess(c, asOf);
    }

    private static List<Finding> findings(ComplaintAssessment a, String rule, String duty) {
        return a.findings(rule).stream().filter(f -> f.message().contains(duty)).toList();
    }

    private static List<ComplaintObligation> obligations(ComplaintAssessment a, String rule, String duty) {
        return a.obligations(rule).stream().filter(o -> o.duty().contains(duty)).toList();
    }

    // ---------------------------------------------------------------- D5

    @ParameterizedTest(name = "response {0} s after acceptance is late: {1}")
    @CsvSource({"3600, false", "86399, false", "86400, true", "90000, true"})
    void d5TheResponseIsDueWithin24HoursOfAcceptance(long seconds, boolean late) {
        // given
        Complaint c = received().respond(CLERK, T0.plusSeconds(seconds), "called the customer back");

        // when
        ComplaintAssessment a = assess(c, at(100));

        // then
        assertThat(findings(a, "D5", "respond")).hasSize(late ? 1 : 0);
        if (late) {
            assertThat(findings(a, "D5", "respond").get(0)).satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
                assertThat(f.due()).isEqualTo(at(24));
                assertThat(f.responsible()).isEqualTo(CLERK.toString());
            });
        }
    }

    @Test
    void p6TheFirstContactOwesTheReplyEvenWhenAnotherDepartmentRegisteredTheComplaint() {
        // given: the clerk received it, marketing filled in the acceptance form; nobody answered the customer
        Complaint c = received().register(aRegistration(null), MARKETING, at(1), "acceptance form filled");

        // when: before and after the 24th hour
        ComplaintAssessment owed = assess(c, at(23));
        ComplaintAssessment late = assess(c, at(25));

        // then: the reply stays the first contact's (P6), not the registering department's
        assertThat(obligations(owed, "D5", "respond")).singleElement()
                .satisfies(o -> assertThat(o.responsible()).isEqualTo(CLERK.toString()));
        assertThat(findings(late, "D5", "respond")).singleElement()
                .satisfies(f -> assertThat(f.responsible()).isEqualTo(CLERK.toString()).isNotEqualTo(MARKETING.toString()));
    }

    @ParameterizedTest(name = "unanswered as of {0} s: obligation {1}, breach {2}")
    @CsvSource({"0, true, false", "86399, true, false", "86400, false, true"})
    void d5AnUnansweredComplaintOwesAResponseUntilThe24thHourThenIsInBreach(long seconds, boolean owed,
                                                                              boolean breached) {
        // given
        Complaint c = received();

        // when
        ComplaintAssessment a = assess(c, T0.plusSeconds(seconds));

        // then
        assertThat(obligations(a, "D5", "respond")).hasSize(owed ? 1 : 0);
        if (owed) {
            assertThat(obligations(a, "D5", "respond").get(0).due()).isEqualTo(at(24));
            assertThat(obligations(a, "D5", "respond").get(0).responsible()).isEqualTo(CLERK.toString());
        }
        assertThat(findings(a, "D5", "respond")).hasSize(breached ? 1 : 0);
    }

    @ParameterizedTest(name = "handling plan {0} s after acceptance is late: {1}")
    @CsvSource({"172799, false", "172800, true"})
    void d5TheHandlingPlanIsDueWithin48HoursOfAcceptance(long seconds, boolean late) {
        // given
        Complaint c = registered().giveHandlingPlan(HANDLER, T0.plusSeconds(seconds), "plan sent");

        // when
        ComplaintAssessment a = assess(c, at(100));

        // then
        assertThat(findings(a, "D5", "handling plan")).hasSize(late ? 1 : 0);
    }

    @Test
    void d5WaitingForTheCustomerPausesTheResponseDeadline() {
        // given: the clock stops for 10 hours while the customer looks for the order number
        Complaint c = received()
                .waitForCustomer(CLERK, at(5), "asked for the order number")
                .customerReplied(CLERK, at(15), "order number received");

        // when
        ComplaintAssessment before = assess(c, at(33).plusSeconds(3599));
        ComplaintAssessment after = assess(c, at(34));

        // then
        assertThat(obligations(before, "D5", "respond")).singleElement()
                .satisfies(o -> assertThat(o.due()).isEqualTo(at(34)));
        assertThat(findings(after, "D5", "respond")).hasSize(1);
    }

    @Test
    void d5AnOpenWaitShowsTheDeadlineAsPaused() {
        // given
        Complaint c = received().waitForCustomer(CLERK, at(5), "asked for the order number");

        // when
        ComplaintAssessment a = assess(c, at(40));

        // then
        assertThat(obligations(a, "D5", "respond")).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(DeadlineStatus.PAUSED);
            assertThat(o.due()).isEqualTo(at(59));
        });
        assertThat(a.findings("D5")).isEmpty();
    }

    // ---------------------------------------------------------------- D6

    @ParameterizedTest(name = "on site in {0} after {1} s from the acceptance form is late: {2}")
    @CsvSource({
            "四川, 86399, false",
            "四川, 86400, true",
            "广东, 86400, false",
            "广东, 172799, false",
            "广东, 172800, true"})
    void d6OnSiteWithin24HoursInTheHomeProvinceAnd48HoursOutsideIt(String province, long seconds, boolean late) {
        // given: the acceptance form is filled at hour 1
        Complaint c = received().register(aRegistration(province), CLERK, at(1), "acceptance form filled")
                .arriveOnSite(CLERK, at(1).plusSeconds(seconds), "engineer on site");

        // when
        ComplaintAssessment a = assess(c, at(1).plusSeconds(seconds));

        // then
        assertThat(a.findings("D6")).hasSize(late ? 1 : 0);
        assertThat(a.deadlines()).filteredOn(d -> d.ruleId().value().equals("D6")).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(
                        at(1).plus(Duration.ofHours(province.equals("四川") ? 24 : 48))));
    }

    @Test
    void d6TheHomeProvinceIsANamedParameter() {
        // given
        CrmPolicy guangdong = CrmPolicy.builder().parameter("D6.home-province", "广东").build();
        Complaint c = received().register(aRegistration("广东"), CLERK, at(1), "acceptance form filled");

        // when
        ComplaintAssessment a = guangdong.complaints().assess(c, at(2));

        // then
        assertThat(a.obligations("D6")).singleElement().satisfies(o -> {
            assertThat(o.due()).isEqualTo(at(25));
            assertThat(o.duty()).contains("in the home province");
        });
    }

    @Test
    void d6NoOnSiteHandlingNoOnSiteDeadline() {
        // given / when
        ComplaintAssessment a = assess(registered(), at(100));

        // then
        assertThat(a.deadlines()).noneMatch(d -> d.ruleId().value().equals("D6"));
    }

    @ParameterizedTest(name = "customer in {0}, on site after {1} s, is late: {2}")
    @CsvSource({
            "四川, 86399, false",
            "四川, 86400, true",
            "广东, 172799, false",
            "广东, 172800, true"})
    void d6ReadsTheCustomersProvinceWhenTheRegistrationNamesNoSite(String province, long seconds, boolean late) {
        // given: on-site handling at the customer, whose province the host's customer record gives
        Complaint c = received().register(aRegistration(null).withOnSiteAtTheCustomer(), CLERK, at(1), "form filled")
                .arriveOnSite(CLERK, at(1).plusSeconds(seconds), "engineer on site");
        Customer customer = Fixtures.aContractedCustomer("C-001").province(province).build();

        // when
        ComplaintAssessment a = policy().complaints().assess(c, customer, at(1).plusSeconds(seconds));

        // then
        assertThat(a.findings("D6")).hasSize(late ? 1 : 0);
        assertThat(a.deadlines()).filteredOn(d -> d.ruleId().value().equals("D6")).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(
                        at(1).plus(Duration.ofHours(province.equals("四川") ? 24 : 48))));
    }

    @Test
    void d6ASiteProvinceOnTheRegistrationWinsOverTheCustomersProvince() {
        // given: the customer sits in Sichuan (home), the site is in Guangdong
        Complaint c = received().register(aRegistration("广东"), CLERK, at(1), "form filled");
        Customer customer = Fixtures.aContractedCustomer("C-001").province("四川").build();

        // when
        ComplaintAssessment a = policy().complaints().assess(c, customer, at(2));

        // then
        assertThat(a.obligations("D6")).singleElement().satisfies(o -> {
            assertThat(o.due()).isEqualTo(at(49));
            assertThat(o.duty()).contains("outside the home province, 广东");
        });
    }

    @Test
    void d6WithoutTheCustomerAndWithoutASiteProvinceTheStricter24HoursApplyAndTheDutySaysWhy() {
        // given
        Complaint c = received().register(aRegistration(null).withOnSiteAtTheCustomer(), CLERK, at(1), "form filled");

        // when
        ComplaintAssessment a = assess(c, at(2));

        // then
        assertThat(a.obligations("D6")).singleElement().satisfies(o -> {
            assertThat(o.due()).isEqualTo(at(25));
            assertThat(o.duty()).contains("province unknown");
        });
    }

    @Test
    void d6TheCustomerPassedMustBeTheComplaintsCustomer() {
        Customer other = Fixtures.aContractedCustomer("C-999").build();
        assertThatThrownBy(() -> policy().complaints().assess(registered(), other, at(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("C-999").hasMessageContaining("C-001");
    }

    @Test
    void d6AnOnSiteNeedWithoutAProvinceSurvivesStorageAndReplay() {
        // given
        Complaint c = received().register(aRegistration(null).withOnSiteAtTheCustomer(), CLERK, at(1), "form filled");

        // when
        Complaint replayed = Complaint.replay(c.events().stream()
                .map(e -> e.stored()).map(StoredComplaintEvent::toEvent).toList());

        // then
        assertThat(replayed.registration().needsOnSite()).isTrue();
        assertThat(replayed.registration().onSiteProvince()).isNull();
    }

    // ---------------------------------------------------------------- D10 / P1 urgent complaints

    private static Complaint urgent() {
        return Complaint.receive(ID, new Intake(CustomerId.of("C-001"),
                FeedbackClassification.of(FeedbackType.COMPLAINT,
                        SeverityGrade.CRITICAL), "设备停机", true), CLERK, T0, "hotline");
    }

    @ParameterizedTest(name = "urgent complaint registered and answered {0} min after receipt is late: {1}")
    @CsvSource({"59, false", "60, true"})
    void p1AnUrgentComplaintIsCoordinatedAndTheCustomerToldTheProgressWithinTheHour(long minutes, boolean late) {
        // given
        Instant at = T0.plus(Duration.ofMinutes(minutes));
        Complaint c = urgent().register(aRegistration(null), CLERK, at, "form filled, passed to marketing")
                .respond(CLERK, at, "told the customer an engineer is on the way");

        // when
        ComplaintAssessment a = assess(c, at.plusSeconds(60));

        // then
        assertThat(a.routing().priority()).isEqualTo(Priority.URGENT);
        assertThat(findings(a, "D10", "at once")).hasSize(late ? 2 : 0);
        assertThat(a.deadlines()).filteredOn(d -> d.ruleId().value().equals("D10")
                && d.obligation().contains("at once")).hasSize(2)
                .allSatisfy(d -> assertThat(d.due()).isEqualTo(T0.plus(Duration.ofMinutes(60))));
    }

    @Test
    void p1AComplaintThatIsNotUrgentOwesNoImmediateCoordination() {
        // given: the fixtures' complaint is SERIOUS (priority HIGH)
        ComplaintAssessment a = assess(registered(), at(5));

        // then
        assertThat(a.routing().priority()).isEqualTo(Priority.HIGH);
        assertThat(a.deadlines()).noneMatch(d -> d.obligation().contains("at once"));
    }

    @Test
    void p1TheMeaningOfAtOnceIsANamedParameter() {
        // given
        CrmPolicy strict = CrmPolicy.builder().parameter("D10.urgent-minutes", "15").build();
        Instant at = T0.plus(Duration.ofMinutes(20));
        Complaint c = urgent().register(aRegistration(null), CLERK, at, "form filled").respond(CLERK, at, "called");

        // when
        ComplaintAssessment a = strict.complaints().assess(c, at.plusSeconds(60));

        // then
        assertThat(findings(a, "D10", "at once")).hasSize(2);
        assertThat(findings(assess(c, at.plusSeconds(60)), "D10", "at once")).isEmpty();
    }

    // ---------------------------------------------------------------- D7
    // Registered at at(1) = Monday 2025-11-24 10:00 Shanghai. "At least twice per week" (003 §16(三)2) is read as
    // "never more than 84 clock hours (D7.max-hours-between-progress-reports) without a report to each audience".

    private static final Duration GAP = Duration.ofHours(84);

    private static Instant afterRegistration(Duration d) {
        return at(1).plus(d);
    }

    @ParameterizedTest(name = "first report {0} min after registration is late: {1}")
    @CsvSource({"300, false", "5039, false", "5040, true", "6000, true"})
    void d7TheFirstReportIsDueWithin84HoursOfRegistration(long minutes, boolean late) {
        // given
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, afterRegistration(Duration.ofMinutes(minutes)),
                "progress report");

        // when
        ComplaintAssessment a = assess(c, afterRegistration(Duration.ofMinutes(minutes + 1)));

        // then
        assertThat(findings(a, "D7", "report 1 ")).hasSize(late ? 2 : 0);
        assertThat(obligations(a, "D7", "report 2 ")).hasSize(2)
                .allSatisfy(o -> assertThat(o.due()).isEqualTo(afterRegistration(Duration.ofMinutes(minutes)).plus(GAP)));
    }

    @Test
    void d7AGapOfMoreThanHalfAWeekWithoutAReportIsABreachForBothAudiences() {
        // given: one report on Wednesday 10:00, nothing after it for more than 84 hours
        Instant wednesday = afterRegistration(Duration.ofDays(2));
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, wednesday, "progress report");

        // when
        ComplaintAssessment a = assess(c, wednesday.plus(GAP).plus(Duration.ofHours(10)));

        // then
        assertThat(findings(a, "D7", "report 2 ")).extracting(Finding::message).containsExactlyInAnyOrder(
                "D7 report progress to the competent department (report 2 of the handling period; reports at most 84 hours apart)"
                        + " for " + ID.value() + " was due 2025-11-29 22:00 Asia/Shanghai and is still open; overdue by"
                        + " 10 h (CLOCK time)",
                "D7 report progress to the customer (report 2 of the handling period; reports at most 84 hours apart)"
                        + " for " + ID.value() + " was due 2025-11-29 22:00 Asia/Shanghai and is still open; overdue by"
                        + " 10 h (CLOCK time)");
        assertThat(findings(a, "D7", "report 2 ")).allSatisfy(f -> assertThat(f.evidence())
                .containsEntry("start", "2025-11-26 10:00 Asia/Shanghai")
                .containsEntry("due", "2025-11-29 22:00 Asia/Shanghai")
                .containsEntry("overdueBy", "PT10H").containsEntry("basis", "CLOCK")
                .doesNotContainKey("metAt"));
        assertThat(a.findings("D7")).hasSize(2);
    }

    @Test
    void d7AReportAtTheLastMinuteOfTheGapIsOnTimeAndTheFirstLateMinuteIsNot() {
        // given
        Instant first = afterRegistration(Duration.ofDays(1));
        Complaint onTime = inHandling().reportProgress(BOTH, MARKETING, first, "first")
                .reportProgress(BOTH, MARKETING, first.plus(GAP).minusSeconds(60), "second, last minute");
        Complaint late = inHandling().reportProgress(BOTH, MARKETING, first, "first")
                .reportProgress(BOTH, MARKETING, first.plus(GAP), "second, first late minute");

        // when
        Instant asOf = first.plus(GAP).plus(Duration.ofHours(1));
        ComplaintAssessment a = assess(onTime, asOf);
        ComplaintAssessment b = assess(late, asOf);

        // then
        assertThat(a.findings("D7")).isEmpty();
        assertThat(b.findings("D7")).hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("report 2 ")
                .contains("met late"));
    }

    @Test
    void d7TwoReportsToTheCustomerDoNotCoverTheCompetentDepartment() {
        // given
        Complaint c = inHandling()
                .reportProgress(BOTH, MARKETING, afterRegistration(Duration.ofDays(1)), "progress report")
                .reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, afterRegistration(Duration.ofDays(4)),
                        "customer only");

        // when
        ComplaintAssessment a = assess(c, afterRegistration(Duration.ofDays(6)));

        // then
        assertThat(a.findings("D7")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("competent department"));
    }

    @Test
    void d7TheNextReportIsAnOpenObligationDueHalfAWeekAfterTheLastOne() {
        // given
        Instant report = afterRegistration(Duration.ofDays(1));
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, report, "progress report");

        // when
        ComplaintAssessment a = assess(c, report.plus(Duration.ofHours(24)));

        // then
        assertThat(a.obligations("D7")).hasSize(2).allSatisfy(o -> {
            assertThat(o.due()).isEqualTo(report.plus(GAP));
            assertThat(o.responsible()).isEqualTo("BU-PRINT");
        });
        assertThat(a.findings("D7")).isEmpty();
    }

    @Test
    void d7NoWeekIsExemptAComplaintRegisteredOnATuesdayAndResolved13DaysLaterWithoutReportsIsABreach() {
        // given: registered Tuesday 2025-11-25 10:00, resolved 13 days later, no progress report at all
        Instant tuesday = at(1).plus(Duration.ofDays(1));
        Complaint c = received().register(aRegistration(null), CLERK, tuesday, "acceptance form filled")
                .assign(ComplaintFixtures.anApprovedAssignment(), MARKETING, tuesday.plusSeconds(3600), "assigned")
                .startHandling("ink batch", "reprint", HANDLER, tuesday.plusSeconds(7200), "cause found")
                .resolve("reprinted", HANDLER, tuesday.plus(Duration.ofDays(13)), "result told");

        // when
        ComplaintAssessment a = assess(c, tuesday.plus(Duration.ofDays(20)));

        // then
        assertThat(a.findings("D7")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.due()).isEqualTo(tuesday.plus(GAP));
        });
    }

    @Test
    void d7AComplaintWhoseResultIsToldWithinHalfAWeekOwesNoReportAndOneToldAtTheGapsEndDoes() {
        // given
        Complaint quick = inHandling().resolve("reprinted", HANDLER, at(1).plus(GAP).minusSeconds(1), "result told");
        Complaint slow = inHandling().resolve("reprinted", HANDLER, at(1).plus(GAP), "result told");

        // when
        ComplaintAssessment a = assess(quick, at(1).plus(Duration.ofDays(10)));
        ComplaintAssessment b = assess(slow, at(1).plus(Duration.ofDays(10)));

        // then
        assertThat(a.findings("D7")).isEmpty();
        assertThat(a.obligations("D7")).isEmpty();
        assertThat(b.findings("D7")).hasSize(2);
    }

    @Test
    void d7AReopenedComplaintOwesReportsAgainFromTheReopening() {
        // given: resolved with reports in time, reopened, then silent
        Instant resolved = afterRegistration(Duration.ofDays(2));
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, afterRegistration(Duration.ofDays(1)), "report")
                .resolve("reprinted", HANDLER, resolved, "result told")
                .reopen(MARKETING, resolved.plus(Duration.ofDays(1)), "colours still fade");

        // when
        ComplaintAssessment a = assess(c, resolved.plus(Duration.ofDays(1)).plus(GAP).plusSeconds(1));

        // then
        assertThat(a.findings("D7")).hasSize(2).allSatisfy(f -> assertThat(f.due())
                .isEqualTo(resolved.plus(Duration.ofDays(1)).plus(GAP)));
    }

    @Test
    void d7TheGapIsANamedParameter() {
        // given
        CrmPolicy weekly = CrmPolicy.builder().parameter("D7.max-hours-between-progress-reports", "168").build();
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, afterRegistration(Duration.ofDays(5)), "report");

        // when
        ComplaintAssessment a = weekly.complaints().assess(c, afterRegistration(Duration.ofDays(6)));

        // then
        assertThat(a.findings("D7")).isEmpty();
        assertThat(assess(c, afterRegistration(Duration.ofDays(6))).findings("D7")).hasSize(2);
    }

    // ---------------------------------------------------------------- D10 and the P2 handling deadline

    @Test
    void d10NoTimeNodeToldAtRegistrationIsAViolation() {
        // given
        Registration silent = new Registration(aRegistration(null).type(), "SL-2025-119",
                ComplaintFixtures.BU_PRINT, ComplaintFixtures.BU_PRINT,
                org.crmpolicy.complaint.OrgUnit.MARKETING_DEPARTMENT, null, null);
        Complaint c = received().register(silent, CLERK, at(1), "acceptance form filled");

        // when
        ComplaintAssessment a = assess(c, at(2));

        // then
        assertThat(a.findings("D10")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.evidence()).containsEntry("acceptanceForm", "SL-2025-119");
        });
    }

    @ParameterizedTest(name = "resolved {0} s after the time node is late: {1}")
    @CsvSource({"-1, false", "0, true"})
    void d10TheComplaintIsResolvedByTheTimeNodeToldToTheCustomer(long offset, boolean late) {
        // given: the time node told is hour 120
        Complaint c = inHandling().resolve("reprinted", HANDLER, at(120).plusSeconds(offset), "result told");

        // when
        ComplaintAssessment a = assess(c, at(121));

        // then
        assertThat(findings(a, "D10", "time node")).hasSize(late ? 1 : 0);
    }

    @Test
    void p2TheHandlingDeadlineSetAtAssignmentRunsAndIsPausedWhileWaitingForTheCustomer() {
        // given: deadline hour 168, a 24-hour wait for the customer
        Complaint c = inHandling().waitForCustomer(HANDLER, at(10), "samples requested")
                .customerReplied(HANDLER, at(34), "samples arrived");

        // when
        ComplaintAssessment a = assess(c, at(180));

        // then
        assertThat(a.obligations("P2")).singleElement().satisfies(o -> assertThat(o.due()).isEqualTo(at(192)));
        assertThat(assess(c, at(192)).findings("P2")).singleElement()
                .satisfies(f -> assertThat(f.responsible()).isEqualTo("BU-PRINT"));
    }
}
