package org.crmpolicy.contact;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.customer.BusinessUnit;

/**
 * Who held which role on which day: answers "in which role did this contact count". Built from
 * {@link RoleAssignment}s; {@link #asRecorded()} trusts the role written on each contact. Immutable, thread-safe.
 */
public final class RoleHolders {

    private static final Map<ContactRole, Set<ContactRole>> RECORDED_ROLE = new EnumMap<>(ContactRole.class);

    static {
        for (ContactRole role : ContactRole.values()) {
            RECORDED_ROLE.put(role, Collections.unmodifiableSet(EnumSet.of(role)));
        }
    }

    private static final RoleHolders AS_RECORDED = new RoleHolders(null);

    private final Map<String, List<RoleAssignment>> byPerson;

    private RoleHolders(Map<String, List<RoleAssignment>> byPerson) {
        this.byPerson = byPerson;
    }

    /** No role holdings given: a contact counts for the role recorded on it. */
    public static RoleHolders asRecorded() {
        return AS_RECORDED;
    }

    /** Role holdings given: a contact counts for the roles its person held that day, whatever was recorded. */
    public static RoleHolders of(Collection<RoleAssignment> assignments) {
        Objects.requireNonNull(assignments, "role assignments must not be null");
        Map<String, List<RoleAssignment>> map = new HashMap<>();
        for (RoleAssignment a : assignments) {
            map.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new RoleHolders(Map.copyOf(map));
    }

    /** True when the roles come from effective-dated holdings rather than from the contacts. */
    public boolean isEffectiveDated() {
        return byPerson != null;
    }

    /** The roles {@code contact}'s person held on the day it was made in {@code zone}; may be empty. */
    public Set<ContactRole> rolesOf(Contact contact, ZoneId zone) {
        if (byPerson == null) {
            return RECORDED_ROLE.get(contact.role()); // called per contact and obligation: one shared set per role
        }
        LocalDate day = LocalDate.ofInstant(contact.at(), zone);
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        for (RoleAssignment a : byPerson.getOrDefault(contact.personId(), List.of())) {
            if (a.covers(day)) {
                roles.add(a.role());
            }
        }
        return roles;
    }

    /**
     * True when {@code contact}'s person acted in {@code role} for {@code unit} that day (in {@code zone}): held the
     * role in that unit, or in no particular unit (a holding or contact without a unit counts for every unit). Without
     * role holdings, the role and unit recorded on the contact decide. {@code unit} not null.
     */
    public boolean actsFor(Contact contact, ContactRole role, BusinessUnit unit, ZoneId zone) {
        Objects.requireNonNull(unit, "unit must not be null");
        if (byPerson == null) {
            return contact.role() == role && (contact.unit() == null || contact.unit().equals(unit));
        }
        LocalDate day = LocalDate.ofInstant(contact.at(), zone);
        for (RoleAssignment a : byPerson.getOrDefault(contact.personId(), List.of())) {
            if (a.role() == role && a.covers(day) && (a.unit() == null || a.unit().equals(unit))) {
                return true;
            }
        }
        return false;
    }

    /** The business units in which {@code contact}'s person held {@code role} that day; empty when none is known. */
    public Set<BusinessUnit> unitsOf(Contact contact, ContactRole role, ZoneId zone) {
        if (byPerson == null) {
            return contact.role() == role && contact.unit() != null ? Set.of(contact.unit()) : Set.of();
        }
        LocalDate day = LocalDate.ofInstant(contact.at(), zone);
        Set<BusinessUnit> units = new java.util.LinkedHashSet<>();
        for (RoleAssignment a : byPerson.getOrDefault(contact.personId(), List.of())) {
            if (a.role() == role && a.covers(day) && a.unit() != null) {
                units.add(a.unit());
            }
        }
        return units;
    }

    @Override
    public String toString() {
        return byPerson == null ? "RoleHolders[as recorded]" : "RoleHolders[" + byPerson.size() + " persons]";
    }
}
