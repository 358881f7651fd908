package org.crmpolicy.rules.deadlines;

import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.finding.RuleId;

/**
 * A response deadline that could apply to an inquiry (by channel, D1-D3, or as a service request, D4); the
 * stricter candidate becomes the inquiry's deadline. Subject, due and rule are copied out so rules can index them.
 *
 * @param subjectId the inquiry
 * @param due       the candidate's due instant
 * @param ruleId    the candidate's rule
 * @param deadline  the candidate deadline
 */
public record ResponseCandidate(String subjectId, Instant due, RuleId ruleId, Deadline deadline) {

    public ResponseCandidate {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** The candidate for {@code deadline}. */
    public ResponseCandidate(Deadline deadline) {
        this(deadline.subjectId(), deadline.due(), deadline.ruleId(), deadline);
    }
}
