package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Objects;

/**
 * What the competent department decides when it assigns a complaint (P2 assigned, P8, A7): the responsible unit and
 * the handling deadline, the responsible person and the designated handler, and the approval of the leader in charge
 * when it is already given.
 *
 * @param responsibleUnit     the unit that analyses the cause and corrects it; not null
 * @param handlingDeadline    by when the complaint must be handled; not null
 * @param responsiblePersonId the staff ID of the responsible person, or {@code null} (a P8 finding)
 * @param handlerId           the staff ID of the designated complaint handler, or {@code null} (a P8 finding)
 * @param approvedBy          the leader in charge who approved unit and deadline, or {@code null} when the approval
 *                            is still to come ({@link Complaint#approveAssignment})
 */
public record Assignment(OrgUnit responsibleUnit, Instant handlingDeadline, String responsiblePersonId,
                         String handlerId, Actor approvedBy) {

    public Assignment {
        Objects.requireNonNull(responsibleUnit, "assignment.responsibleUnit must not be null");
        Objects.requireNonNull(handlingDeadline, "assignment.handlingDeadline must not be null");
        if (responsiblePersonId != null && responsiblePersonId.isBlank()) {
            throw new IllegalArgumentException("assignment.responsiblePersonId must be null or a staff ID, got blank");
        }
        if (handlerId != null && handlerId.isBlank()) {
            throw new IllegalArgumentException("assignment.handlerId must be null or a staff ID, got blank");
        }
    }
}
