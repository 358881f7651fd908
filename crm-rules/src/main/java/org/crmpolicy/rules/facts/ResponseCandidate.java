package org.crmpolicy.rules.facts;

import java.util.Objects;
import org.crmpolicy.deadline.Deadline;

/**
 * A response deadline that could apply to an inquiry (by channel, D1-D3, or as a service request, D4); the
 * stricter candidate becomes the inquiry's deadline.
 *
 * @param deadline the candidate deadline
 */
public record ResponseCandidate(Deadline deadline) {

    public ResponseCandidate {
        Objects.requireNonNull(deadline, "deadline");
    }
}
