package org.crmpolicy.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A deadline seen as of one instant: its status, the time left and how late it is, in the deadline's own basis.
 *
 * @param deadline  the deadline with every event up to {@code asOf} applied
 * @param asOf      the instant it is seen at
 * @param status    RUNNING, PAUSED, MET or BREACHED
 * @param timeLeft  time left (zero once breached); for MET, what was left when it was met
 * @param overdueBy how late it is or was met; zero unless BREACHED
 */
public record DeadlineState(Deadline deadline, Instant asOf, DeadlineStatus status, Duration timeLeft, Duration overdueBy) {

    public DeadlineState {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(timeLeft, "timeLeft");
        Objects.requireNonNull(overdueBy, "overdueBy");
    }

    /** The state of {@code deadline} as of {@code asOf}. */
    public static DeadlineState of(Deadline deadline, Instant asOf) {
        Objects.requireNonNull(deadline, "deadline");
        return new DeadlineState(deadline, asOf, deadline.statusAt(asOf), deadline.timeLeftAt(asOf), deadline.overdueByAt(asOf));
    }

    /** The due instant as known at {@code asOf} (pauses up to then counted). */
    public Instant due() {
        return deadline.dueAt(asOf);
    }
}
