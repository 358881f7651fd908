package org.crmpolicy.complaint;

import java.util.Objects;

/**
 * Who did something to a complaint: a staff identifier and the organisational unit acting. A staff identifier
 * (an employee number) is used instead of a name so that no personal data enters the history's text.
 *
 * @param staffId the employee number; 1 to 64 characters, no surrounding whitespace
 * @param unit    the unit the person acted for; not null
 */
public record Actor(String staffId, OrgUnit unit) {

    public Actor {
        Objects.requireNonNull(staffId, "actor.staffId must not be null");
        if (staffId.isBlank() || staffId.length() > 64 || !staffId.strip().equals(staffId)) {
            throw new IllegalArgumentException("actor.staffId '" + staffId
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace");
        }
        Objects.requireNonNull(unit, "actor.unit must not be null");
    }

    public static Actor of(String staffId, OrgUnit unit) {
        return new Actor(staffId, unit);
    }

    @Override
    public String toString() {
        return staffId + "@" + unit;
    }
}
