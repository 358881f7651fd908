package org.crmpolicy.obligation;

import java.util.Objects;

/**
 * An input record the evaluation could not use, and why: a contact for a customer not in the evaluated set, a
 * contact dated after {@code asOf}, a tier period for an unknown customer. Reported, never silently dropped.
 *
 * @param kind    what kind of record ({@code "contact"}, {@code "tier period"}, {@code "event"}, {@code "revisit plan"})
 * @param id      its id (or customer id when it has none)
 * @param problem what is wrong, naming the field and the value
 */
public record RejectedInput(String kind, String id, String problem) {

    public RejectedInput {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String toString() {
        return kind + " " + id + ": " + problem;
    }
}
