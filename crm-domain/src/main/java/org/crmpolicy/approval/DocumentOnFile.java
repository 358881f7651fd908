package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.customer.CustomerId;

/**
 * A qualification document the host holds for a customer, and since when. For A2 it counts when received on or
 * before the day the contract is signed.
 */
public record DocumentOnFile(CustomerId customerId, QualificationDocument document, LocalDate receivedOn)
        implements Evidence {

    public DocumentOnFile {
        Arguments.nonNull(customerId, "document customerId");
        Arguments.nonNull(document, "document");
        Arguments.nonNull(receivedOn, "document receivedOn");
    }
}
