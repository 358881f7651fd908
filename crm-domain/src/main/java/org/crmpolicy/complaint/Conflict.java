package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * A conflict with the customer (P7): its severity grade, how it is settled and whose responsibility it was. The
 * responsible person confirms the finding by signing it (P11, {@link Complaint#confirmResponsibility}).
 *
 * @param grade               how severe; not null
 * @param method              negotiation, third-party mediation or arbitration; not null
 * @param responsibility      fault, subjective or objective; not null
 * @param responsiblePersonId the staff ID of the person held responsible; not blank
 */
public record Conflict(SeverityGrade grade, ResolutionMethod method, ResponsibilityKind responsibility,
                       String responsiblePersonId) {

    public Conflict {
        Objects.requireNonNull(grade, "conflict.grade must not be null");
        Objects.requireNonNull(method, "conflict.method must not be null");
        Objects.requireNonNull(responsibility, "conflict.responsibility must not be null");
        if (responsiblePersonId == null || responsiblePersonId.isBlank()) {
            throw new IllegalArgumentException("conflict.responsiblePersonId must not be blank");
        }
    }
}
