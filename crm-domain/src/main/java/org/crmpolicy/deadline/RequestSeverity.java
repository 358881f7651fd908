package org.crmpolicy.deadline;

/** The severity of a service request (a problem needing action), which decides its D4 response time. */
public enum RequestSeverity {
    URGENT,
    GENERAL
}
