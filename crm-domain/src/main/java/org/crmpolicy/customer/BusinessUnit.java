package org.crmpolicy.customer;

import java.util.Objects;

/**
 * A business unit (业务单位) of the company: the unit a customer is managed by (003 §9, §10: each unit is responsible
 * for the customers of its unit or sales region) and the unit a BU head heads or a salesperson works for. The BU head
 * of C1, C2, R2 and R3 is the head of the customer's unit; R4's selective on-site revisit and C10's daily online
 * communication are owed by each unit over its own customers. Immutable.
 *
 * <p>Two values with the same {@code id} are the same unit ({@link #equals} compares ids only): the name is for reading.
 *
 * @param id   the host's unit code: 1 to 64 characters, no surrounding whitespace, no {@code '/'}
 * @param name the unit's name: not blank, at most 100 characters
 */
public record BusinessUnit(String id, String name) {

    public BusinessUnit {
        Objects.requireNonNull(id, "business unit id must not be null");
        Objects.requireNonNull(name, "business unit " + id + ": name must not be null");
        if (id.isBlank() || id.length() > 64 || !id.strip().equals(id) || id.indexOf('/') >= 0) {
            throw new IllegalArgumentException("business unit id '" + id
                    + "' is invalid: expected 1 to 64 characters without surrounding whitespace and without '/'");
        }
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("business unit " + id + ": name '" + name
                    + "' is invalid: expected 1 to 100 characters, not blank");
        }
    }

    public static BusinessUnit of(String id, String name) {
        return new BusinessUnit(id, name);
    }

    /** Same unit: same id. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof BusinessUnit other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** {@code BU-East (华东业务部)}. */
    @Override
    public String toString() {
        return id + " (" + name + ")";
    }
}
