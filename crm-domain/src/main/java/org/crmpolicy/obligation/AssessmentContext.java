package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.crmpolicy.contact.RoleHolders;

/**
 * The two time axes and the role holdings one evaluation runs with.
 *
 * @param asOf    the policy instant: what was true then
 * @param knownAt optional: only contacts recorded by then count (what was known then); {@code null} = all recorded
 * @param zone    the zone days and periods are counted in
 * @param roles   who held which role when
 * @param explained whether a contact that does not count gets its explanation text ({@link NotCounted#detail()});
 *                  without, the detail is the reason's name only (a batch over millions of contacts that reports
 *                  findings and counts, not explanations)
 */
public record AssessmentContext(Instant asOf, Instant knownAt, ZoneId zone, RoleHolders roles, boolean explained) {

    /** An explained assessment context (every not-counted contact says why in words). */
    public AssessmentContext(Instant asOf, Instant knownAt, ZoneId zone, RoleHolders roles) {
        this(asOf, knownAt, zone, roles, true);
    }

    public AssessmentContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(roles, "roles");
    }
}
