package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * Attending a customer's event (A5): who goes and who buys the gift depends on the customer's tier.
 *
 * @param eventId    the host's number for the event
 * @param customerId the customer holding it
 * @param tier       the customer's tier on file
 * @param eventKind  what kind of event
 * @param on         the day of the event
 */
public record CustomerEventAttendance(String eventId, CustomerId customerId, Tier tier, CustomerEventKind eventKind,
                                      LocalDate on) implements HostAction {

    public CustomerEventAttendance {
        Arguments.id(eventId, "eventId");
        Arguments.nonNull(customerId, "event " + eventId + " customerId");
        Arguments.nonNull(tier, "event " + eventId + " tier");
        Arguments.nonNull(eventKind, "event " + eventId + " eventKind");
        Arguments.nonNull(on, "event " + eventId + " on");
    }

    @Override
    public String subjectId() {
        return eventId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.CUSTOMER_EVENT;
    }
}
