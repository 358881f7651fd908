package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.finding.Finding;

/**
 * A service request's flow as of one instant (P10, D4): one state per step in {@link ServiceStepKind} order and the
 * findings: a VIOLATION for a first response (D4, or D1-D3 where the channel's time is stricter), a resolution, a
 * feedback or a post-mortem recorded late or missing after its due instant, and for a resolution recorded without a
 * classification or an owner (P10); a WARNING for a customer rating not obtained in time (the customer decides
 * whether to rate; the company's duty is to ask).
 *
 * @param requestId the service request
 * @param asOf      the instant of the review
 * @param steps     one state per step, in {@link ServiceStepKind} order
 * @param findings  the findings, violations first, then in step order
 */
public record ServiceRequestReview(String requestId, Instant asOf, List<ServiceStepState> steps, List<Finding> findings) {

    public ServiceRequestReview {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(asOf, "asOf");
        steps = List.copyOf(steps);
        findings = List.copyOf(findings);
    }

    /** The state of {@code step}. */
    public Optional<ServiceStepState> step(ServiceStepKind step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    /** The status of {@code step} ({@link ServiceStepStatus#WAITING} when the rule set gave it no state). */
    public ServiceStepStatus status(ServiceStepKind step) {
        return step(step).map(ServiceStepState::status).orElse(ServiceStepStatus.WAITING);
    }

    /** The VIOLATION findings. */
    public List<Finding> violations() {
        return findings.stream().filter(Finding::isViolation).toList();
    }
}
