package org.crmpolicy.customer;

import java.util.Objects;

/**
 * Who made a tier decision (T10): the assessing unit and the person or system acting for it.
 *
 * @param unit       one of the units 003 §12(二) names
 * @param assessorId a staff or system ID (not personal data)
 */
public record Assessor(AssessingUnit unit, String assessorId) {

    public Assessor {
        Objects.requireNonNull(unit, "assessing unit must not be null");
        Objects.requireNonNull(assessorId, "assessorId must not be null");
        if (assessorId.isBlank()) {
            throw new IllegalArgumentException("assessorId must not be blank");
        }
    }

    public static Assessor of(AssessingUnit unit, String assessorId) {
        return new Assessor(unit, assessorId);
    }

    @Override
    public String toString() {
        return unit + "/" + assessorId;
    }
}
