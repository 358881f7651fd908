package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a service request (P10): what was done, when, and by whom (a role, unit or staff ID, never
 * personal data); a customer rating carries the score (1-5, the CSAT scale of M1).
 *
 * @param kind   the step, never null
 * @param at     when it was done, never null
 * @param actor  who did it (for OWNER_ASSIGNED: the owner assigned), 1 to 64 characters, never null
 * @param rating the customer's score from 1 to 5 for CUSTOMER_RATED, {@code null} for every other step
 */
public record ServiceStep(ServiceStepKind kind, Instant at, String actor, Integer rating) {

    public ServiceStep {
        Objects.requireNonNull(kind, "service step kind must not be null");
        Objects.requireNonNull(at, "service step " + kind + ": at must not be null");
        Triggers.requireId(actor, "service step " + kind + " actor");
        if (kind == ServiceStepKind.CUSTOMER_RATED) {
            Objects.requireNonNull(rating, "service step CUSTOMER_RATED: rating must not be null");
            if (rating < 1 || rating > 5) {
                throw new IllegalArgumentException("service step CUSTOMER_RATED: rating " + rating + " is outside 1-5");
            }
        } else if (rating != null) {
            throw new IllegalArgumentException("service step " + kind + ": rating " + rating
                    + " belongs to CUSTOMER_RATED only");
        }
    }

    /** {@code kind} done at {@code at} by {@code actor}; for a rating use {@link #customerRated}. */
    public static ServiceStep of(ServiceStepKind kind, Instant at, String actor) {
        return new ServiceStep(kind, at, actor, null);
    }

    /** The customer rated the service {@code rating} (1-5), recorded by {@code recordedBy}. */
    public static ServiceStep customerRated(Instant at, String recordedBy, int rating) {
        return new ServiceStep(ServiceStepKind.CUSTOMER_RATED, at, recordedBy, rating);
    }
}
