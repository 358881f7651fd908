package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.Instant;
import java.util.List;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.deadline.ServiceRequest;
import org.crmpolicy.deadline.ServiceRequestReview;
import org.crmpolicy.deadline.ServiceStep;
import org.crmpolicy.deadline.ServiceStepKind;
import org.crmpolicy.deadline.ServiceStepStatus;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P10 the service-request flow and its first response D4 (004 ch.5 §1.2, §2.1, §2.2): D4 bounds the response (响应),
 * P10 the resolution (by severity) and the steps after it (named parameters), each counted from the step before it.
 */
class ServiceRequestFlowTest {

    private static final Instant RECEIVED = sh("2025-11-24T10:00");   // Monday, a working day

    private static ServiceRequest anUrgentPhoneRequest() {
        return ServiceRequest.of("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, RECEIVED);
    }

    private static ServiceRequest aGeneralPhoneRequest() {
        return ServiceRequest.of("SR-2", InquiryChannel.PHONE, RequestSeverity.GENERAL, RECEIVED);
    }

    private static ServiceRequest classifiedAndAssigned(ServiceRequest r) {
        return r.withStep(ServiceStep.of(ServiceStepKind.CLASSIFIED, RECEIVED.plusSeconds(60), "SERVICE_DESK"))
                .withStep(ServiceStep.of(ServiceStepKind.OWNER_ASSIGNED, RECEIVED.plusSeconds(120), "FIELD_SERVICE"));
    }

    private static ServiceRequestReview review(ServiceRequest r, Instant asOf) {
        return DeadlineFixtures.policy().deadlines().serviceRequest(r, asOf);
    }

    private static List<Finding> findings(ServiceRequestReview r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().value().equals(rule)).toList();
    }

    // ---------------------------------------------------------------- D4: the first response

    @ParameterizedTest(name = "D4 {0} request answered at {1}: {2}")
    @CsvSource({
            "URGENT,  2025-11-24T10:14:59, MET",
            "URGENT,  2025-11-24T10:15,    OVERDUE",
            "GENERAL, 2025-11-24T10:59:59, MET",
            "GENERAL, 2025-11-24T11:00,    OVERDUE"})
    void d4TheFirstResponseIsDueWithinFifteenMinutesWhenUrgentAndAnHourOtherwise(RequestSeverity severity, String answered,
            ServiceStepStatus expected) {
        // given
        ServiceRequest r = ServiceRequest.of("SR-3", InquiryChannel.PHONE, severity, RECEIVED)
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, sh(answered), "SERVICE_DESK"));
        // when
        ServiceRequestReview review = review(r, sh("2025-11-24T12:00"));
        // then
        assertThat(review.status(ServiceStepKind.RESPONDED)).isEqualTo(expected);
        assertThat(findings(review, "D4")).hasSize(expected == ServiceStepStatus.OVERDUE ? 1 : 0)
                .allSatisfy(f -> assertThat(f.message()).contains("met late").contains("SR-3"));
    }

    @Test
    void d4AnUnansweredUrgentRequestIsDueInItsLastMinuteAndOverdueFromTheFifteenth() {
        // given nothing recorded
        ServiceRequest r = anUrgentPhoneRequest();
        // when
        ServiceRequestReview inTime = review(r, sh("2025-11-24T10:14:59"));
        ServiceRequestReview late = review(r, sh("2025-11-24T10:15"));
        // then
        assertThat(inTime.status(ServiceStepKind.RESPONDED)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(inTime.findings()).isEmpty();
        assertThat(late.status(ServiceStepKind.RESPONDED)).isEqualTo(ServiceStepStatus.OVERDUE);
        assertThat(findings(late, "D4")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message()).contains("still open");
            assertThat(f.responsible()).isEqualTo("SERVICE_DESK");
            assertThat(f.due()).isEqualTo(sh("2025-11-24T10:15"));
        });
    }

    @Test
    void d4FeedbackOnTheResultBeforeAnySeparateResponseAnswersTheCustomer() {
        // given an urgent request resolved and reported back within 10 minutes, no separate response recorded
        ServiceRequest r = classifiedAndAssigned(anUrgentPhoneRequest())
                .withStep(ServiceStep.of(ServiceStepKind.RESOLVED, sh("2025-11-24T10:08"), "FIELD_SERVICE"))
                .withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-24T10:10"), "FIELD_SERVICE"));
        // when
        ServiceRequestReview review = review(r, sh("2025-11-24T12:00"));
        // then
        assertThat(review.status(ServiceStepKind.RESPONDED)).isEqualTo(ServiceStepStatus.MET);
        assertThat(review.step(ServiceStepKind.RESPONDED).orElseThrow().recordedAt()).isEqualTo(sh("2025-11-24T10:10"));
        assertThat(findings(review, "D4")).isEmpty();
    }

    @Test
    void d4WhereTheChannelsOwnTimeIsStricterItWins() {
        // given a GENERAL request online: D2 (first reply within 5 minutes) is stricter than D4 (1 hour)
        ServiceRequest r = ServiceRequest.of("SR-4", InquiryChannel.ONLINE, RequestSeverity.GENERAL, RECEIVED);
        // when
        ServiceRequestReview review = review(r, sh("2025-11-24T10:05"));
        // then
        assertThat(review.step(ServiceStepKind.RESPONDED).orElseThrow().due()).contains(sh("2025-11-24T10:05"));
        assertThat(review.violations()).singleElement().satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("D2"));
    }

    // ---------------------------------------------------------------- P10: resolution by severity

    @ParameterizedTest(name = "P10 {0} resolved at {1}: {2}")
    @CsvSource({
            "URGENT,  2025-11-25T09:59:59, MET,     24 clock hours: the last on-time second",
            "URGENT,  2025-11-25T10:00,    OVERDUE, 24 clock hours: the first late instant",
            "GENERAL, 2025-11-27T23:59,    MET,     3 working days: Thursday's last minute",
            "GENERAL, 2025-11-28T00:00,    OVERDUE, 3 working days: Friday 00:00"})
    void p10TheResolutionIsDueWithinTheBoundOfItsSeverity(RequestSeverity severity, String resolved, ServiceStepStatus expected,
            String why) {
        // given
        ServiceRequest r = classifiedAndAssigned(ServiceRequest.of("SR-5", InquiryChannel.PHONE, severity, RECEIVED))
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, RECEIVED.plusSeconds(300), "SERVICE_DESK"))
                .withStep(ServiceStep.of(ServiceStepKind.RESOLVED, sh(resolved), "FIELD_SERVICE"));
        // when
        ServiceRequestReview review = review(r, sh(resolved).plusSeconds(1));
        // then
        assertThat(review.status(ServiceStepKind.RESOLVED)).as(why).isEqualTo(expected);
        assertThat(findings(review, "P10")).hasSize(expected == ServiceStepStatus.OVERDUE ? 1 : 0)
                .allSatisfy(f -> {
                    assertThat(f.evidence()).containsEntry("obligation", "resolve");
                    assertThat(f.responsible()).as("the owner assigned").isEqualTo("FIELD_SERVICE");
                });
    }

    @Test
    void p10AnUnresolvedGeneralRequestIsDueOnThursdayAndOverdueOnFriday() {
        ServiceRequest r = classifiedAndAssigned(aGeneralPhoneRequest())
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, RECEIVED.plusSeconds(300), "SERVICE_DESK"));

        assertThat(review(r, sh("2025-11-27T23:59")).status(ServiceStepKind.RESOLVED)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(review(r, sh("2025-11-27T23:59")).findings()).isEmpty();
        assertThat(findings(review(r, sh("2025-11-28T00:00")), "P10")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("P10 resolve for SR-2").contains("still open"));
    }

    // ---------------------------------------------------------------- P10: the steps after the resolution

    private static ServiceRequest resolvedMonday15h() {
        return classifiedAndAssigned(aGeneralPhoneRequest())
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, RECEIVED.plusSeconds(300), "SERVICE_DESK"))
                .withStep(ServiceStep.of(ServiceStepKind.RESOLVED, sh("2025-11-24T15:00"), "FIELD_SERVICE"));
    }

    @Test
    void p10FeedbackIsOwedOneWorkingDayAfterTheResolution() {
        // given resolved Monday 15:00: feedback due by the end of Tuesday
        ServiceRequest resolved = resolvedMonday15h();
        // when / then: missing
        assertThat(review(resolved, sh("2025-11-25T23:59")).status(ServiceStepKind.FEEDBACK_GIVEN)).isEqualTo(ServiceStepStatus.DUE);
        ServiceRequestReview missing = review(resolved, sh("2025-11-26T00:00"));
        assertThat(missing.status(ServiceStepKind.FEEDBACK_GIVEN)).isEqualTo(ServiceStepStatus.OVERDUE);
        assertThat(findings(missing, "P10")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.evidence()).containsEntry("obligation", "give the customer feedback");
        });
        // and recorded in the last minute vs the first late one
        assertThat(review(resolved.withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-25T23:59"), "FIELD_SERVICE")),
                sh("2025-11-26T12:00")).status(ServiceStepKind.FEEDBACK_GIVEN)).isEqualTo(ServiceStepStatus.MET);
        assertThat(review(resolved.withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-26T00:00"), "FIELD_SERVICE")),
                sh("2025-11-26T12:00")).status(ServiceStepKind.FEEDBACK_GIVEN)).isEqualTo(ServiceStepStatus.OVERDUE);
    }

    @Test
    void p10FeedbackRatingAndPostMortemWaitUntilTheStepTheyFollow() {
        // given received, nothing resolved
        ServiceRequestReview review = review(classifiedAndAssigned(aGeneralPhoneRequest()), sh("2025-11-24T10:30"));
        // then
        assertThat(review.status(ServiceStepKind.FEEDBACK_GIVEN)).isEqualTo(ServiceStepStatus.WAITING);
        assertThat(review.status(ServiceStepKind.CUSTOMER_RATED)).isEqualTo(ServiceStepStatus.WAITING);
        assertThat(review.status(ServiceStepKind.POST_MORTEM_HELD)).isEqualTo(ServiceStepStatus.WAITING);
        assertThat(review.steps()).extracting(s -> s.step()).containsExactly(ServiceStepKind.values());
        // and once resolved, the rating still waits for the feedback
        assertThat(review(resolvedMonday15h(), sh("2025-11-24T16:00")).status(ServiceStepKind.CUSTOMER_RATED))
                .isEqualTo(ServiceStepStatus.WAITING);
    }

    @Test
    void p10TheCustomersRatingIsOwedFiveWorkingDaysAfterTheFeedbackAndItsAbsenceIsAWarning() {
        // given feedback Tuesday 11-25: rating due by the end of Tuesday 12-02
        ServiceRequest fed = resolvedMonday15h()
                .withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-25T09:00"), "FIELD_SERVICE"))
                .withStep(ServiceStep.of(ServiceStepKind.POST_MORTEM_HELD, sh("2025-11-26T09:00"), "FIELD_SERVICE"));
        // when / then
        assertThat(review(fed, sh("2025-12-02T23:59")).status(ServiceStepKind.CUSTOMER_RATED)).isEqualTo(ServiceStepStatus.DUE);
        ServiceRequestReview missing = review(fed, sh("2025-12-03T00:00"));
        assertThat(missing.status(ServiceStepKind.CUSTOMER_RATED)).isEqualTo(ServiceStepStatus.OVERDUE);
        assertThat(missing.violations()).isEmpty();
        assertThat(findings(missing, "P10")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.evidence()).containsEntry("obligation", "obtain the customer's rating");
        });
        assertThat(review(fed.withStep(ServiceStep.customerRated(sh("2025-12-02T23:59"), "SERVICE_DESK", 4)), sh("2025-12-03T00:00"))
                .status(ServiceStepKind.CUSTOMER_RATED)).isEqualTo(ServiceStepStatus.MET);
    }

    @Test
    void p10ThePostMortemIsOwedTenWorkingDaysAfterTheResolution() {
        // given resolved Monday 11-24: 10 working days later is Monday 12-08, due by its end
        ServiceRequest resolved = resolvedMonday15h()
                .withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-25T09:00"), "FIELD_SERVICE"))
                .withStep(ServiceStep.customerRated(sh("2025-11-26T09:00"), "SERVICE_DESK", 5));
        // when / then
        assertThat(review(resolved, sh("2025-12-08T23:59")).status(ServiceStepKind.POST_MORTEM_HELD)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(findings(review(resolved, sh("2025-12-09T00:00")), "P10")).singleElement()
                .satisfies(f -> assertThat(f.evidence()).containsEntry("obligation", "hold the post-mortem"));
        assertThat(review(resolved.withStep(ServiceStep.of(ServiceStepKind.POST_MORTEM_HELD, sh("2025-12-08T23:59"), "FIELD_SERVICE")),
                sh("2025-12-09T00:00")).findings()).isEmpty();
    }

    @Test
    void p10ARequestResolvedWithoutBeingClassifiedOrGivenAnOwnerIsAViolationForEach() {
        // given
        ServiceRequest unclassified = aGeneralPhoneRequest()
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, RECEIVED.plusSeconds(300), "SERVICE_DESK"));
        // when not yet resolved: still owed
        ServiceRequestReview open = review(unclassified, sh("2025-11-24T11:00"));
        // then
        assertThat(open.status(ServiceStepKind.CLASSIFIED)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(open.status(ServiceStepKind.OWNER_ASSIGNED)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(open.findings()).isEmpty();
        // when resolved without them
        ServiceRequestReview skipped = review(unclassified.withStep(ServiceStep.of(ServiceStepKind.RESOLVED, sh("2025-11-24T11:00"),
                "SERVICE_DESK")), sh("2025-11-24T11:30"));
        // then
        assertThat(skipped.status(ServiceStepKind.CLASSIFIED)).isEqualTo(ServiceStepStatus.OVERDUE);
        assertThat(skipped.step(ServiceStepKind.CLASSIFIED).orElseThrow().isSkipped()).isTrue();
        assertThat(findings(skipped, "P10")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.message()).contains("was skipped: resolved at 2025-11-24 11:00 Asia/Shanghai");
        }).extracting(f -> f.evidence().get("step")).containsExactly("CLASSIFIED", "OWNER_ASSIGNED");
    }

    @Test
    void p10AFlowRecordedInTimeIsMetThroughoutWithoutFindings() {
        // given
        ServiceRequest r = classifiedAndAssigned(anUrgentPhoneRequest())
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, sh("2025-11-24T10:05"), "SERVICE_DESK"))
                .withStep(ServiceStep.of(ServiceStepKind.RESOLVED, sh("2025-11-24T16:00"), "FIELD_SERVICE"))
                .withStep(ServiceStep.of(ServiceStepKind.FEEDBACK_GIVEN, sh("2025-11-24T16:30"), "FIELD_SERVICE"))
                .withStep(ServiceStep.of(ServiceStepKind.POST_MORTEM_HELD, sh("2025-11-28T10:00"), "FIELD_SERVICE"))
                .withStep(ServiceStep.customerRated(sh("2025-11-28T11:00"), "SERVICE_DESK", 5));
        // when
        ServiceRequestReview review = review(r, sh("2026-01-05T00:00"));
        // then
        assertThat(review.steps()).allSatisfy(s -> assertThat(s.status()).isEqualTo(ServiceStepStatus.MET));
        assertThat(review.findings()).isEmpty();
    }

    @Test
    void stepsRecordedAfterAsOfAreNotSeen() {
        ServiceRequest r = anUrgentPhoneRequest()
                .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, sh("2025-11-24T10:20"), "SERVICE_DESK"));

        ServiceRequestReview before = review(r, sh("2025-11-24T10:10"));

        assertThat(before.status(ServiceStepKind.RESPONDED)).isEqualTo(ServiceStepStatus.DUE);
        assertThat(before.step(ServiceStepKind.RESPONDED).orElseThrow().recordedAt()).isNull();
    }

    @Test
    void theBoundsAfterTheResolutionAreNamedParameters() {
        // given a host that allows 3 working days for the feedback
        CrmPolicy policy = CrmPolicy.builder().parameter("P10.feedback-working-days", "3").build();
        // when resolved Monday: feedback due by the end of Thursday
        ServiceRequestReview review = policy.deadlines().serviceRequest(resolvedMonday15h(), sh("2025-11-25T00:00"));
        // then
        assertThat(review.step(ServiceStepKind.FEEDBACK_GIVEN).orElseThrow().due()).contains(sh("2025-11-28T00:00"));
    }

    @Test
    void aReviewBeforeTheRequestArrivedOrTwoRequestsWithOneIdAreCallerErrors() {
        assertThatThrownBy(() -> review(anUrgentPhoneRequest(), sh("2025-11-24T09:59")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service request SR-1").hasMessageContaining("asOf").hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> DeadlineFixtures.policy().deadlines().serviceRequests(
                List.of(anUrgentPhoneRequest(), anUrgentPhoneRequest()), sh("2025-11-24T11:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SR-1 appears more than once");
        assertThatThrownBy(() -> DeadlineFixtures.policy().deadlines().serviceRequest(null, sh("2025-11-24T11:00")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("service request");
    }

    @Test
    void manyRequestsAreReviewedInOneCallInInputOrder() {
        List<ServiceRequestReview> reviews = DeadlineFixtures.policy().deadlines().serviceRequests(
                List.of(aGeneralPhoneRequest(), anUrgentPhoneRequest()), sh("2025-11-24T10:30"));

        assertThat(reviews).extracting(ServiceRequestReview::requestId).containsExactly("SR-2", "SR-1");
        assertThat(reviews.get(0).findings()).isEmpty();
        assertThat(reviews.get(1).violations()).singleElement().satisfies(f -> assertThat(f.ruleId().value()).isEqualTo("D4"));
    }
}
