package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.Instant;
import org.crmpolicy.approval.ArrangementTask;
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
        Arguments.id(breachId, "breach record breachId");
        if (accountableUnit != null) {
            Arguments.id(accountableUnit, "breach record " + breachId + " accountableUnit");
        }
    }

    /**
     * True when this record shows the I9 task done, by {@code due} where there is one: isolation recorded,
     * customers notified no later than {@code due}, an accountable unit named. Other tasks are never shown done here.
     *
     * @param due the deadline of the task, or {@code null} when it has none
     */
    public boolean shows(ArrangementTask task, Instant due) {
        return switch (task) {
            case ISOLATE_LEAKED_INFORMATION -> isolatedAt != null && (due == null || !isolatedAt.isAfter(due));
            case NOTIFY_AFFECTED_CUSTOMERS -> customersNotifiedAt != null && (due == null || !customersNotifiedAt.isAfter(due));
            case ASSIGN_ACCOUNTABILITY -> accountableUnit != null;
            default -> false;
        };
    }
}
