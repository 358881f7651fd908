package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * The P1 classification of one piece of customer feedback: its type and its severity, from which its priority
 * follows (MINOR → LOW, GENERAL → NORMAL, SERIOUS → HIGH, CRITICAL → URGENT). Immutable.
 *
 * @param type     inquiry, complaint or suggestion; not null
 * @param severity how severe the matter is; not null
 */
public record FeedbackClassification(FeedbackType type, SeverityGrade severity) {

    public FeedbackClassification {
        Objects.requireNonNull(type, "classification.type must not be null");
        Objects.requireNonNull(severity, "classification.severity must not be null");
    }

    /** Classifies feedback (P1). */
    public static FeedbackClassification of(FeedbackType type, SeverityGrade severity) {
        return new FeedbackClassification(type, severity);
    }

    /** The handling priority the severity calls for. */
    public Priority priority() {
        return switch (severity) {
            case MINOR -> Priority.LOW;
            case GENERAL -> Priority.NORMAL;
            case SERIOUS -> Priority.HIGH;
            case CRITICAL -> Priority.URGENT;
        };
    }

    /** True when the feedback is a complaint and so follows the P2 lifecycle. */
    public boolean isComplaint() {
        return type == FeedbackType.COMPLAINT;
    }
}
