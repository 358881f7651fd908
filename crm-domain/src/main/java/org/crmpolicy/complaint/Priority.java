package org.crmpolicy.complaint;

/** The handling priority that follows from a feedback's severity (P1), from lowest to highest. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
