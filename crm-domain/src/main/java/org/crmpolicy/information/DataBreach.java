package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * A leak of customer information (I9): it must be isolated, the affected customers notified promptly, and
 * accountability assigned.
 *
 * @param breachId           the host's number for the incident
 * @param detectedAt         when it was detected
 * @param zone               the zone the day of detection is counted in
 * @param affectedCustomers  whose information leaked; not empty
 */
public record DataBreach(String breachId, Instant detectedAt, ZoneId zone, Set<CustomerId> affectedCustomers)
        implements InformationAct {

    public DataBreach {
        Arguments.id(breachId, "breachId");
        Arguments.nonNull(detectedAt, "breach " + breachId + " detectedAt");
        Arguments.nonNull(zone, "breach " + breachId + " zone");
        Arguments.nonNull(affectedCustomers, "breach " + breachId + " affectedCustomers");
        if (affectedCustomers.isEmpty()) {
            throw new IllegalArgumentException("breach " + breachId + " affectedCustomers is empty: name whose data leaked");
        }
        affectedCustomers = Set.copyOf(affectedCustomers);
    }

    @Override
    public String subjectId() {
        return breachId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_BREACH;
    }

    @Override
    public LocalDate on() {
        return LocalDate.ofInstant(detectedAt, zone);
    }
}
