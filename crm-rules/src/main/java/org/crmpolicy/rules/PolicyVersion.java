package org.crmpolicy.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the policy (A8: a revision takes effect on a date): its label, the first day it is in force and the
 * policy compiled for it (the shipped tables plus the version's overrides). Obtained from
 * {@link VersionedPolicy#inForceAt(java.time.Instant)}; immutable, thread-safe like the policy it holds.
 *
 * @param label     how findings and reports name the version, e.g. {@code 2025-09}
 * @param validFrom the first day it is in force, in the policy's zone; it stays in force until the next version's
 * @param policy    the compiled policy of this version
 */
public record PolicyVersion(String label, LocalDate validFrom, CrmPolicy policy) {

    public PolicyVersion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(policy, "policy");
    }

    /** {@code 2025-09 (valid from 2025-09-01)}. */
    @Override
    public String toString() {
        return label + " (valid from " + validFrom + ")";
    }
}
