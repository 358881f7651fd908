package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * A satisfaction follow-up (revisit) after a complaint was resolved (R7), as the complaint's history records it. Its
 * record should cover the complaint's progress and give a satisfaction rating (R8).
 *
 * @param at                 when
 * @param coversProgress     true when the record covers the progress and result of the complaint
 * @param satisfactionRating the customer's rating 1 (very unsatisfied) to 5 (very satisfied), or {@code null} when
 *                           none was taken (an R8 finding)
 */
public record FollowUp(Instant at, boolean coversProgress, Integer satisfactionRating) {

    public FollowUp {
        Objects.requireNonNull(at, "followUp.at must not be null");
        if (satisfactionRating != null && (satisfactionRating < 1 || satisfactionRating > 5)) {
            throw new IllegalArgumentException("followUp.satisfactionRating = " + satisfactionRating
                    + " must be 1 to 5 or null");
        }
    }

    /** True when the record is complete in the sense of R8. */
    public boolean isComplete() {
        return coversProgress && satisfactionRating != null;
    }
}
