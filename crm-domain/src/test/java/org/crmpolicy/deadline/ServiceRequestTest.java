package org.crmpolicy.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recorded steps of a service request (P10): append-only, in the flow's order, each field checked by name. */
class ServiceRequestTest {

    private static final Instant RECEIVED = Instant.parse("2025-11-24T02:00:00Z");

    private static Instant min(int minutes) {
        return RECEIVED.plusSeconds(60L * minutes);
    }

    private static ServiceRequest aRequest() {
        return ServiceRequest.of("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, RECEIVED);
    }

    private static ServiceStep step(ServiceStepKind kind, int minute) {
        return ServiceStep.of(kind, min(minute), "SERVICE_DESK");
    }

    @Test
    void stepsAreAppendedInTheFlowsOrderAndTheRequestItselfIsUnchanged() {
        // given
        ServiceRequest r = aRequest();
        // when
        ServiceRequest done = r.withStep(step(ServiceStepKind.CLASSIFIED, 1))
                .withStep(step(ServiceStepKind.RESPONDED, 2))
                .withStep(ServiceStep.of(ServiceStepKind.OWNER_ASSIGNED, min(3), "FIELD_SERVICE"))
                .withStep(step(ServiceStepKind.RESOLVED, 30))
                .withStep(step(ServiceStepKind.FEEDBACK_GIVEN, 40))
                .withStep(step(ServiceStepKind.POST_MORTEM_HELD, 50))
                .withStep(ServiceStep.customerRated(min(60), "SERVICE_DESK", 4));
        // then
        assertThat(r.steps()).isEmpty();
        assertThat(done.steps()).hasSize(7);
        assertThat(done.recordedAt(ServiceStepKind.RESOLVED)).isEqualTo(min(30));
        assertThat(done.ownerOr("SERVICE_DESK")).isEqualTo("FIELD_SERVICE");
        assertThat(done.firstResponseAt()).isEqualTo(min(2));
        assertThat(done.asOf(min(30)).steps()).hasSize(4);
    }

    @Test
    void theCustomerMayRateAfterThePostMortemAndTheFirstResponseMayComeAtAnyPoint() {
        ServiceRequest r = aRequest().withStep(step(ServiceStepKind.RESOLVED, 10))
                .withStep(step(ServiceStepKind.FEEDBACK_GIVEN, 11))
                .withStep(step(ServiceStepKind.POST_MORTEM_HELD, 12))
                .withStep(step(ServiceStepKind.RESPONDED, 13))
                .withStep(ServiceStep.customerRated(min(14), "SERVICE_DESK", 2));

        assertThat(r.steps()).hasSize(5);
        assertThat(r.firstResponseAt()).as("the feedback came first").isEqualTo(min(11));
        assertThat(r.ownerOr("SERVICE_DESK")).isEqualTo("SERVICE_DESK");
    }

    @Test
    void aStepEarlierInTheFlowAppendedAfterALaterOneIsOutOfOrder() {
        ServiceRequest resolved = aRequest().withStep(step(ServiceStepKind.RESOLVED, 10));

        assertThatThrownBy(() -> resolved.withStep(step(ServiceStepKind.CLASSIFIED, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service request SR-1: steps[1] CLASSIFIED")
                .hasMessageContaining("out of order").hasMessageContaining("steps[0] RESOLVED");
    }

    @Test
    void aStepDatedBeforeTheStepItFollowsIsOutOfOrder() {
        ServiceRequest classified = aRequest().withStep(step(ServiceStepKind.CLASSIFIED, 10));

        assertThatThrownBy(() -> classified.withStep(step(ServiceStepKind.OWNER_ASSIGNED, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("steps[1] OWNER_ASSIGNED at " + min(9))
                .hasMessageContaining("before steps[0] CLASSIFIED at " + min(10));
        assertThat(classified.withStep(step(ServiceStepKind.OWNER_ASSIGNED, 10)).steps()).as("the same instant is in order").hasSize(2);
    }

    @Test
    void feedbackAndPostMortemNeedAResolutionAndTheRatingNeedsTheFeedback() {
        assertThatThrownBy(() -> aRequest().withStep(step(ServiceStepKind.FEEDBACK_GIVEN, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[0] FEEDBACK_GIVEN")
                .hasMessageContaining("needs RESOLVED");
        assertThatThrownBy(() -> aRequest().withStep(step(ServiceStepKind.POST_MORTEM_HELD, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs RESOLVED");
        assertThatThrownBy(() -> aRequest().withStep(step(ServiceStepKind.RESOLVED, 5))
                .withStep(ServiceStep.customerRated(min(6), "SERVICE_DESK", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[1] CUSTOMER_RATED")
                .hasMessageContaining("needs FEEDBACK_GIVEN");
    }

    @Test
    void aStepTwiceOrBeforeTheRequestArrivedIsRefused() {
        assertThatThrownBy(() -> aRequest().withStep(step(ServiceStepKind.CLASSIFIED, 1)).withStep(step(ServiceStepKind.CLASSIFIED, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[1] CLASSIFIED")
                .hasMessageContaining("repeats steps[0]");
        assertThatThrownBy(() -> aRequest().withStep(step(ServiceStepKind.RESPONDED, -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[0] RESPONDED")
                .hasMessageContaining("before receivedAt " + RECEIVED);
    }

    @Test
    void missingFieldsAreRefusedByName() {
        assertThatThrownBy(() -> ServiceRequest.of("SR-1", null, RequestSeverity.URGENT, RECEIVED))
                .isInstanceOf(NullPointerException.class).hasMessage("service request SR-1: channel must not be null");
        assertThatThrownBy(() -> ServiceRequest.of("SR-1", InquiryChannel.PHONE, null, RECEIVED))
                .isInstanceOf(NullPointerException.class).hasMessage("service request SR-1: severity must not be null");
        assertThatThrownBy(() -> ServiceRequest.of("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("service request SR-1: receivedAt must not be null");
        assertThatThrownBy(() -> new ServiceRequest("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, RECEIVED, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("steps must not be null");
        assertThatThrownBy(() -> ServiceRequest.of(" SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service request id ' SR-1'");
        assertThatThrownBy(() -> aRequest().withStep(null))
                .isInstanceOf(NullPointerException.class).hasMessage("service request SR-1: step must not be null");
        assertThatThrownBy(() -> ServiceStep.of(ServiceStepKind.RESOLVED, null, "SERVICE_DESK"))
                .isInstanceOf(NullPointerException.class).hasMessage("service step RESOLVED: at must not be null");
        assertThatThrownBy(() -> ServiceStep.of(null, RECEIVED, "SERVICE_DESK"))
                .isInstanceOf(NullPointerException.class).hasMessage("service step kind must not be null");
        assertThatThrownBy(() -> ServiceStep.of(ServiceStepKind.RESOLVED, RECEIVED, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("service step RESOLVED actor");
    }

    @Test
    void aRatingLiesOnTheOneToFiveScaleAndBelongsToTheRatingStepOnly() {
        assertThatThrownBy(() -> ServiceStep.customerRated(RECEIVED, "SERVICE_DESK", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating 0 is outside 1-5");
        assertThatThrownBy(() -> ServiceStep.customerRated(RECEIVED, "SERVICE_DESK", 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating 6");
        assertThatThrownBy(() -> new ServiceStep(ServiceStepKind.RESOLVED, RECEIVED, "SERVICE_DESK", 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating 3 belongs to CUSTOMER_RATED only");
        assertThatThrownBy(() -> new ServiceStep(ServiceStepKind.CUSTOMER_RATED, RECEIVED, "SERVICE_DESK", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rating must not be null");
        assertThat(ServiceStep.customerRated(RECEIVED, "SERVICE_DESK", 1).rating()).isEqualTo(1);
        assertThat(ServiceStep.customerRated(RECEIVED, "SERVICE_DESK", 5).rating()).isEqualTo(5);
    }

    @Test
    void theRequestAsAnInquiryStartsItsResponseDeadline() {
        assertThat(aRequest().inquiry()).isEqualTo(Inquiry.serviceRequest("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, RECEIVED));
        assertThat(List.of(ServiceStepKind.values())).first().isEqualTo(ServiceStepKind.RESPONDED);
    }
}
