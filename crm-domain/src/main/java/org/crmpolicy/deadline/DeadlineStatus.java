package org.crmpolicy.deadline;

/** Where a {@link Deadline} stands as of an instant. */
public enum DeadlineStatus {
    /** Not yet met, due instant not yet reached (also before the start instant). */
    RUNNING,
    /** Stopped by a pause (e.g. waiting for the customer); the clock does not run. */
    PAUSED,
    /** Met before the due instant. */
    MET,
    /** The due instant was reached without it being met, or it was met at or after the due instant. */
    BREACHED
}
