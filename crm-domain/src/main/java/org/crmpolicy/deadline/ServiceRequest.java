package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A service request (a problem needing action, 004 ch.5 §2) with the steps recorded for it so far, append-only, in the
 * order they were done: the flow of P10 (classified → owner assigned → resolved → feedback → customer rating →
 * post-mortem) and the first response D4 bounds. Reviewed by {@code CrmPolicy.deadlines().serviceRequest(request, asOf)}.
 *
 * <p>Validated here (an {@link IllegalArgumentException} naming the request, the field and the value): every step at or
 * after {@code receivedAt}; each kind at most once; a step after the steps it follows ({@link ServiceStepKind#comesAfter()})
 * both in the list and in time (equal instants allowed); feedback and post-mortem only after a recorded resolution, a
 * rating only after recorded feedback ({@link ServiceStepKind#requires()}). A missing classification or owner
 * assignment is allowed: the review reports it as a P10 finding.
 *
 * <p>Immutable and thread-safe: {@link #withStep} returns a new value.
 * Example: {@code ServiceRequest.of("SR-7", InquiryChannel.PHONE, RequestSeverity.URGENT, received)
 * .withStep(ServiceStep.of(ServiceStepKind.CLASSIFIED, t1, "SERVICE_DESK"))}.
 *
 * @param id         the host's identifier, 1 to 64 characters, never personal data
 * @param channel    how it arrived; where the channel's own response time (D1-D3) is stricter, it wins (D4)
 * @param severity   URGENT or GENERAL, never null
 * @param receivedAt when it arrived, never null
 * @param steps      the recorded steps in the order they were done, never null (empty: nothing done yet)
 */
public record ServiceRequest(String id, InquiryChannel channel, RequestSeverity severity, Instant receivedAt,
        List<ServiceStep> steps) {

    public ServiceRequest {
        Triggers.requireId(id, "service request id");
        Objects.requireNonNull(channel, "service request " + id + ": channel must not be null");
        Objects.requireNonNull(severity, "service request " + id + ": severity must not be null");
        Objects.requireNonNull(receivedAt, "service request " + id + ": receivedAt must not be null");
        Objects.requireNonNull(steps, "service request " + id + ": steps must not be null (use an empty list)");
        steps = List.copyOf(steps);
        Map<ServiceStepKind, Integer> index = new EnumMap<>(ServiceStepKind.class);
        for (int i = 0; i < steps.size(); i++) {
            ServiceStep s = Objects.requireNonNull(steps.get(i), "service request " + id + ": steps[" + i + "] must not be null");
            String field = "service request " + id + ": steps[" + i + "] " + s.kind() + " at " + s.at();
            if (s.at().isBefore(receivedAt)) {
                throw new IllegalArgumentException(field + " is before receivedAt " + receivedAt);
            }
            Integer earlier = index.putIfAbsent(s.kind(), i);
            if (earlier != null) {
                throw new IllegalArgumentException(field + " repeats steps[" + earlier + "]; each step is recorded once");
            }
            for (ServiceStepKind before : s.kind().comesAfter()) {
                Integer j = index.get(before);
                if (j != null && steps.get(j).at().isAfter(s.at())) {
                    throw new IllegalArgumentException(field + " is before steps[" + j + "] " + before + " at "
                            + steps.get(j).at() + ", which it follows");
                }
            }
            for (int j = 0; j < i; j++) {
                if (steps.get(j).kind().comesAfter().contains(s.kind())) {
                    throw new IllegalArgumentException(field + " is out of order: it comes before steps[" + j + "] "
                            + steps.get(j).kind() + ", recorded earlier in the list");
                }
            }
            ServiceStepKind required = s.kind().requires();
            if (required != null && !index.containsKey(required)) {
                throw new IllegalArgumentException(field + " is out of order: it needs " + required + " recorded before it");
            }
        }
    }

    /** A request received at {@code receivedAt}, nothing done yet. */
    public static ServiceRequest of(String id, InquiryChannel channel, RequestSeverity severity, Instant receivedAt) {
        return new ServiceRequest(id, channel, severity, receivedAt, List.of());
    }

    /**
     * A copy with {@code step} appended.
     *
     * @throws IllegalArgumentException when the step is out of order (see the class comment), naming it
     */
    public ServiceRequest withStep(ServiceStep step) {
        Objects.requireNonNull(step, "service request " + id + ": step must not be null");
        List<ServiceStep> more = new ArrayList<>(steps);
        more.add(step);
        return new ServiceRequest(id, channel, severity, receivedAt, more);
    }

    /** The step of {@code kind}, when recorded. */
    public Optional<ServiceStep> step(ServiceStepKind kind) {
        Objects.requireNonNull(kind, "kind");
        return steps.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** When the step of {@code kind} was recorded, or {@code null} when it was not (a form rules read directly). */
    public Instant recordedAt(ServiceStepKind kind) {
        return step(kind).map(ServiceStep::at).orElse(null);
    }

    /** The owner assigned (the OWNER_ASSIGNED step's actor), or {@code fallback} when none is recorded. */
    public String ownerOr(String fallback) {
        return step(ServiceStepKind.OWNER_ASSIGNED).map(ServiceStep::actor).orElse(fallback);
    }

    /**
     * When the customer first got a response: the RESPONDED step, or the feedback on the result when that came first
     * (telling the customer the result answers them too); {@code null} when neither is recorded.
     */
    public Instant firstResponseAt() {
        Instant responded = recordedAt(ServiceStepKind.RESPONDED);
        Instant feedback = recordedAt(ServiceStepKind.FEEDBACK_GIVEN);
        if (responded == null || feedback != null && feedback.isBefore(responded)) {
            return feedback;
        }
        return responded;
    }

    /** The request as known at {@code t}: only the steps done at or before {@code t}. */
    public ServiceRequest asOf(Instant t) {
        Objects.requireNonNull(t, "instant must not be null");
        return new ServiceRequest(id, channel, severity, receivedAt, steps.stream().filter(s -> !s.at().isAfter(t)).toList());
    }

    /** The response deadline's trigger: this request as an {@link Inquiry} (D1-D4, the stricter wins). */
    public Inquiry inquiry() {
        return Inquiry.serviceRequest(id, channel, severity, receivedAt);
    }
}
