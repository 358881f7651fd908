package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * One escalation of a complaint (P4), as its history records it.
 *
 * @param to     the body it went to
 * @param reason why
 * @param at     when
 */
public record Escalation(EscalationBody to, EscalationReason reason, Instant at) {

    public Escalation {
        Objects.requireNonNull(to, "escalation.to must not be null");
        Objects.requireNonNull(reason, "escalation.reason must not be null");
        Objects.requireNonNull(at, "escalation.at must not be null");
    }
}
