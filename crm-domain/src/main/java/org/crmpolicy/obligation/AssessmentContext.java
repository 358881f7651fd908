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
 */
public record AssessmentContext(Instant asOf, Instant knownAt, ZoneId zone, RoleHolders roles) {

    public AssessmentContext {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(roles, "roles");
    }
}
