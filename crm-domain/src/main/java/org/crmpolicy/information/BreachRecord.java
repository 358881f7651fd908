package org.crmpolicy.information;

import java.time.Instant;
import org.crmpolicy.approval.Evidence;

/**
 * What was done about a breach (I9). Each field is {@code null} while not done yet.
 *
 * @param breachId            the breach
 * @param isolatedAt          when the leaked information was isolated
 * @param customersNotifiedAt when the affected customers were notified
 * @param accountableUnit     the unit or person held accountable (an ID, not a name)
 */
public record BreachRecord(String breachId, Instant isolatedAt, Instant customersNotifiedAt, String accountableUnit)
        implements Evidence {

    public BreachRecord {
        Check.id(breachId, "breach record breachId");
        if (accountableUnit != null) {
            Check.id(accountableUnit, "breach record " + breachId + " accountableUnit");
        }
    }
}
