package org.crmpolicy.approval;

import java.time.LocalDate;
import org.crmpolicy.customer.CustomerId;

/**
 * A qualification document the host holds for a customer, and since when. For A2 it counts when received on or
 * before the day the contract is signed.
 */
public record DocumentOnFile(CustomerId customerId, QualificationDocument document, LocalDate receivedOn)
        implements Evidence {

    public DocumentOnFile {
        Require.nonNull(customerId, "document customerId");
        Require.nonNull(document, "document");
        Require.nonNull(receivedOn, "document receivedOn");
    }
}
