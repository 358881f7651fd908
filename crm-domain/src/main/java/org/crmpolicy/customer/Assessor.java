package org.crmpolicy.customer;

import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Who made a tier decision (T10): the assessing unit and the person or system acting for it.
 *
 * @param unit       one of the units 003 §12(二) names
 * @param assessorId a staff or system ID (not personal data)
 */
public record Assessor(AssessingUnit unit, @Size(max = 100) String assessorId) {

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

    /**
     * Reads the form {@link #toString()} prints, {@code SALES_DEPARTMENT/U-31}, or a unit's name alone
     * ({@code SALES_DEPARTMENT}), which names the unit as its own assessor ({@code SALES_DEPARTMENT/SALES_DEPARTMENT}).
     *
     * @throws IllegalArgumentException naming the text when it does not begin with an {@link AssessingUnit} name or
     *                                  names a blank assessor
     * @throws NullPointerException     when text is null
     */
    public static Assessor parse(CharSequence text) {
        Objects.requireNonNull(text, "assessor text must not be null");
        String s = text.toString().strip();
        int slash = s.indexOf('/');
        String unitName = slash < 0 ? s : s.substring(0, slash).strip();
        String id = slash < 0 ? unitName : s.substring(slash + 1).strip();
        AssessingUnit unit = null;
        for (AssessingUnit u : AssessingUnit.values()) {
            if (u.name().equals(unitName)) {
                unit = u;
            }
        }
        if (unit == null || id.isEmpty()) {
            String shown = s.length() > 80 ? s.substring(0, 77) + "..." : s;
            throw new IllegalArgumentException("assessor '" + shown + "': expected UNIT or UNIT/assessorId, UNIT one of "
                    + java.util.Arrays.toString(AssessingUnit.values()));
        }
        return new Assessor(unit, id);
    }

    /** {@code UNIT/assessorId}, or the unit alone when it is its own assessor; {@link #parse(CharSequence)} reads it back. */
    @Override
    public String toString() {
        return assessorId.equals(unit.name()) ? unit.name() : unit + "/" + assessorId;
    }
}
