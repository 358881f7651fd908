package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One interval during which a deadline's clock stood still, {@code [from, until)}.
 *
 * @param from  when the pause began, never null
 * @param until when it ended, {@code null} while it is still open
 */
public record Pause(Instant from, Instant until) {

    public Pause {
        Objects.requireNonNull(from, "pause start must not be null");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("pause ends at " + until + " before it starts at " + from);
        }
    }

    /** True while the pause has not ended. */
    public boolean isOpen() {
        return until == null;
    }

    /** The end, when the pause has ended. */
    public Optional<Instant> end() {
        return Optional.ofNullable(until);
    }
}
