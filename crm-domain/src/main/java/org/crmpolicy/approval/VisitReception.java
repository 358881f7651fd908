package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * Receiving a customer's visit (A4). The customer's tier and the visitor's rank select the reception standard of
 * 003 §13(三).
 *
 * @param visitId          the host's number for the visit
 * @param customerId       the visiting customer
 * @param tier             the customer's tier on file
 * @param visitorRank      the rank of the delegation's head
 * @param arrivesOn        the day of arrival
 * @param lodgingRequested whether the visitor asked the company to book lodging
 */
public record VisitReception(String visitId, CustomerId customerId, Tier tier, VisitorRank visitorRank,
                             LocalDate arrivesOn, boolean lodgingRequested) implements HostAction {

    public VisitReception {
        Arguments.id(visitId, "visitId");
        Arguments.nonNull(customerId, "visit " + visitId + " customerId");
        Arguments.nonNull(tier, "visit " + visitId + " tier");
        Arguments.nonNull(visitorRank, "visit " + visitId + " visitorRank");
        Arguments.nonNull(arrivesOn, "visit " + visitId + " arrivesOn");
    }

    @Override
    public String subjectId() {
        return visitId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.VISIT_RECEPTION;
    }

    @Override
    public LocalDate on() {
        return arrivesOn;
    }
}
