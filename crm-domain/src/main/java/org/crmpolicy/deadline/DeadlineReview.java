package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.deadline.DeadlineState;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.Finding;

/**
 * The deadlines of a review as of one instant, each with the events up to then applied, and the findings: a
 * VIOLATION for every breach (rule ID, responsible, due), a WARNING for every deadline whose due instant rests on a
 * year the calendar has no holiday data for.
 *
 * @param asOf     the instant of the review
 * @param states   one state per deadline, in input order
 * @param findings the findings, breaches first in input order
 */
public record DeadlineReview(Instant asOf, List<DeadlineState> states, List<Finding> findings) {

    public DeadlineReview {
        Objects.requireNonNull(asOf, "asOf");
        states = List.copyOf(states);
        findings = List.copyOf(findings);
    }

    /** The states with the given status. */
    public List<DeadlineState> withStatus(DeadlineStatus status) {
        return states.stream().filter(s -> s.status() == status).toList();
    }

    /** The VIOLATION findings (breaches). */
    public List<Finding> breaches() {
        return findings.stream().filter(Finding::isViolation).toList();
    }
}
