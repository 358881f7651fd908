package org.crmpolicy.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An effective-dated role holding: person {@code personId} held {@code role} from {@code from} (inclusive) until
 * {@code to} (exclusive; {@code null} while it lasts). A contact counts for the role its person held on the day it
 * was made (in the policy's zone). Immutable.
 */
public record RoleAssignment(
        @NotBlank @Size(max = 64) String personId,
        @NotNull ContactRole role,
        @NotNull LocalDate from,
        LocalDate to) {

    public RoleAssignment {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("role assignment of person " + personId + " as " + role + ": to = " + to
                    + " must be after from = " + from);
        }
    }

    /** An open-ended holding from {@code from}. */
    public static RoleAssignment of(String personId, ContactRole role, LocalDate from) {
        return new RoleAssignment(personId, role, from, null);
    }

    /** True when the holding covers {@code day}. */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
