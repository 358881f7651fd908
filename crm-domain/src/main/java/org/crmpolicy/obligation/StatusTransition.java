package org.crmpolicy.obligation;

import java.util.Objects;

/**
 * A status that changed between two evaluations: a host polling daily turns each into one task update, never a
 * duplicate. {@code from} is {@code null} when the status is new (a new period began, a customer entered scope).
 *
 * @param key    {@link ObligationStatus#key()}
 * @param from   the earlier state, or {@code null}
 * @param to     the later state
 * @param status the later status, with its explanation
 */
public record StatusTransition(String key, ObligationState from, ObligationState to, ObligationStatus status) {

    public StatusTransition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(status, "status");
    }

    @Override
    public String toString() {
        return key + ": " + (from == null ? "new" : from) + " -> " + to;
    }
}
