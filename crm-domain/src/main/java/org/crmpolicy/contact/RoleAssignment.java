package org.crmpolicy.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.crmpolicy.customer.BusinessUnit;

/**
 * An effective-dated role holding: person {@code personId} held {@code role} (of business unit {@code unit}, when
 * given) from {@code from} (inclusive) until {@code to} (exclusive; {@code null} while it lasts). A contact counts for
 * the role its person held on the day it was made (in the policy's zone); a BU head is the head of {@code unit}, so
 * his contacts count for the duties of that unit's customers only. Immutable.
 *
 * @param unit the business unit the role is held in (the unit a BU head heads, the unit a salesperson works for);
 *             {@code null} = no particular unit (counts for every unit, as before units). Company leadership (VP, GM,
 *             chairman) belongs to no unit: a unit on such a holding is refused
 */
public record RoleAssignment(
        @NotBlank @Size(max = 64) String personId,
        @NotNull ContactRole role,
        @NotNull LocalDate from,
        LocalDate to,
        BusinessUnit unit) {

    public RoleAssignment {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("role assignment of person " + personId + " as " + role + ": to = " + to
                    + " must be after from = " + from);
        }
        if (unit != null && role != null && role.isCompanyLeadership()) {
            throw new IllegalArgumentException("role assignment of person " + personId + " as " + role + ": unit = "
                    + unit.id() + ", but " + role + " is a company role, held in no business unit");
        }
    }

    /** A holding in no particular unit (the record before units). */
    public RoleAssignment(String personId, ContactRole role, LocalDate from, LocalDate to) {
        this(personId, role, from, to, null);
    }

    /** An open-ended holding from {@code from}. */
    public static RoleAssignment of(String personId, ContactRole role, LocalDate from) {
        return new RoleAssignment(personId, role, from, null, null);
    }

    /** An open-ended holding of {@code role} in {@code unit} from {@code from}: {@code of("E-1", BU_HEAD, east, day)}. */
    public static RoleAssignment of(String personId, ContactRole role, BusinessUnit unit, LocalDate from) {
        return new RoleAssignment(personId, role, from, null, Objects.requireNonNull(unit, "unit must not be null"));
    }

    /** True when the holding covers {@code day}. */
    public boolean covers(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }
}
