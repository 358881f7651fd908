package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A progress report on a complaint (D7, P6), as its history records it.
 *
 * @param at        when
 * @param audiences who it went to: the competent department, the customer or both; not empty
 */
public record ProgressReport(Instant at, Set<ProgressAudience> audiences) {

    public ProgressReport {
        Objects.requireNonNull(at, "progressReport.at must not be null");
        if (audiences == null || audiences.isEmpty()) {
            throw new IllegalArgumentException("progressReport.audiences must name the competent department, "
                    + "the customer or both");
        }
        audiences = Collections.unmodifiableSet(EnumSet.copyOf(audiences));
    }

    /** True when the report went to {@code audience}. */
    public boolean reached(ProgressAudience audience) {
        return audiences.contains(audience);
    }
}
