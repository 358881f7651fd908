package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
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

    // ---------------------------------------------------------------- D7

    /** Monday 2025-12-01 00:00 Shanghai: ISO week 2025-W49, the first whole week of handling. */
    private static final Instant W49 = Instant.parse("2025-11-30T16:00:00Z");

    private static Instant w49(int day, int hour) {
        return W49.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }

    @Test
    void d7AWeekWithOneProgressReportIsABreachForBothAudiences() {
        // given
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, w49(1, 10), "progress report");

        // when
        ComplaintAssessment a = assess(c, w49(7, 10));

        // then
        assertThat(findings(a, "D7", "2025-W49")).extracting(Finding::message).containsExactlyInAnyOrder(
                "D7 report progress to the COMPETENT_DEPARTMENT twice in 2025-W49 for " + ID.value() + " was due "
                        + "by the end of 2025-12-07 Asia/Shanghai and is still open; overdue by PT10H (CLOCK time)",
                "D7 report progress to the CUSTOMER twice in 2025-W49 for " + ID.value() + " was due "
                        + "by the end of 2025-12-07 Asia/Shanghai and is still open; overdue by PT10H (CLOCK time)");
        assertThat(findings(a, "D7", "2025-W49")).allSatisfy(f -> assertThat(f.evidence())
                .containsEntry("start", "2025-12-01 00:00 Asia/Shanghai")
                .containsEntry("due", "2025-12-08 00:00 Asia/Shanghai").containsEntry("lastOnTimeDate", "2025-12-07")
                .containsEntry("overdueBy", "PT10H").containsEntry("basis", "CLOCK")
                .doesNotContainKey("metAt"));
    }

    @Test
    void d7AWeekWithTwoProgressReportsToBothIsMet() {
        // given
        Complaint c = inHandling()
                .reportProgress(BOTH, MARKETING, w49(1, 10), "progress report")
                .reportProgress(BOTH, MARKETING, w49(6, 23), "progress report");

        // when
        ComplaintAssessment a = assess(c, w49(7, 10));

        // then
        assertThat(findings(a, "D7", "2025-W49")).isEmpty();
    }

    @Test
    void d7TwoReportsToTheCustomerDoNotCoverTheCompetentDepartment() {
        // given
        Complaint c = inHandling()
                .reportProgress(BOTH, MARKETING, w49(1, 10), "progress report")
                .reportProgress(EnumSet.of(ProgressAudience.CUSTOMER), MARKETING, w49(3, 10), "customer only");

        // when
        ComplaintAssessment a = assess(c, w49(7, 10));

        // then
        assertThat(findings(a, "D7", "2025-W49")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("COMPETENT_DEPARTMENT"));
    }

    @Test
    void d7AReportAfterTheWeekEndedDoesNotCountForIt() {
        // given: the second report comes Monday 00:00 of the next week
        Complaint c = inHandling()
                .reportProgress(BOTH, MARKETING, w49(1, 10), "progress report")
                .reportProgress(BOTH, MARKETING, w49(7, 0), "progress report");

        // when
        ComplaintAssessment a = assess(c, w49(7, 1));

        // then
        assertThat(findings(a, "D7", "2025-W49")).hasSize(2);
    }

    @Test
    void d7TheCurrentWeekIsAnOpenObligationDueAtItsEnd() {
        // given
        Complaint c = inHandling().reportProgress(BOTH, MARKETING, w49(1, 10), "progress report");

        // when
        ComplaintAssessment a = assess(c, w49(2, 10));

        // then
        assertThat(a.obligations("D7")).hasSize(2).allSatisfy(o -> {
            assertThat(o.due()).isEqualTo(w49(7, 0));
            assertThat(o.responsible()).isEqualTo("BU-PRINT");
        });
        assertThat(a.findings("D7")).isEmpty();
    }

    @Test
    void d7TheWeekOfRegistrationAndAWeekCutShortByResolutionAreNotCounted() {
        // given: registered Monday 10:00 of W48, resolved Wednesday of W49
        Complaint c = inHandling().resolve("reprinted", HANDLER, w49(2, 10), "result told");

        // when
        ComplaintAssessment a = assess(c, w49(8, 0));

        // then
        assertThat(a.findings("D7")).isEmpty();
        assertThat(a.obligations("D7")).isEmpty();
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
