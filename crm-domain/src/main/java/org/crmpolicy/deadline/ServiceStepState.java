package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a service request's flow as of an instant: its status, when it was recorded and the deadline it had
 * (D4 or D1-D3 for the first response, P10 for resolution, feedback, rating and post-mortem; none for classification
 * and owner assignment, which are owed before the resolution).
 *
 * @param requestId  the service request
 * @param step       the step
 * @param status     MET, DUE, OVERDUE or WAITING
 * @param recordedAt when it was recorded, {@code null} when not (as of {@code asOf})
 * @param deadline   its deadline with the recording applied as its meeting, {@code null} when the step has none or
 *                   is WAITING
 * @param asOf       the instant it is seen at
 */
public record ServiceStepState(String requestId, ServiceStepKind step, ServiceStepStatus status, Instant recordedAt,
        Deadline deadline, Instant asOf) {

    public ServiceStepState {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The state of a step bounded by {@code deadline} (started by the rules): the deadline is met at the step's
     * recording ({@link ServiceRequest#firstResponseAt()} for RESPONDED); MET before the due instant, OVERDUE at or
     * after it or when not recorded by then, else DUE.
     */
    public static ServiceStepState of(ServiceRequest request, ServiceStepKind step, Deadline deadline, Instant asOf) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(deadline, "deadline");
        Instant at = step == ServiceStepKind.RESPONDED ? request.firstResponseAt() : request.recordedAt(step);
        Deadline d = at == null ? deadline : deadline.meet(at);
        ServiceStepStatus status = switch (d.statusAt(asOf)) {
            case MET -> ServiceStepStatus.MET;
            case BREACHED -> ServiceStepStatus.OVERDUE;
            case RUNNING, PAUSED -> ServiceStepStatus.DUE;
        };
        return new ServiceStepState(request.id(), step, status, at, d, asOf);
    }

    /**
     * The state of a step without a deadline of its own (classification, owner assignment): MET when recorded,
     * OVERDUE when the request was resolved without it, else DUE.
     */
    public static ServiceStepState undated(ServiceRequest request, ServiceStepKind step, Instant asOf) {
        Objects.requireNonNull(request, "request");
        Instant at = request.recordedAt(step);
        ServiceStepStatus status = at != null ? ServiceStepStatus.MET
                : request.recordedAt(ServiceStepKind.RESOLVED) != null ? ServiceStepStatus.OVERDUE : ServiceStepStatus.DUE;
        return new ServiceStepState(request.id(), step, status, at, null, asOf);
    }

    /** A step not owed yet: the step it follows ({@link ServiceStepKind#requires()}) is not recorded. */
    public static ServiceStepState waiting(ServiceRequest request, ServiceStepKind step, Instant asOf) {
        Objects.requireNonNull(request, "request");
        return new ServiceStepState(request.id(), step, ServiceStepStatus.WAITING, null, null, asOf);
    }

    /** The due instant as of {@link #asOf()}, when the step has a deadline. */
    public Optional<Instant> due() {
        return deadline == null ? Optional.empty() : Optional.of(deadline.dueAt(asOf));
    }

    /** True when the step was skipped: OVERDUE without a deadline (the request was resolved without it). */
    public boolean isSkipped() {
        return status == ServiceStepStatus.OVERDUE && deadline == null;
    }
}
