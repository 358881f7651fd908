package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * Collecting data about a customer (I1, I2, I6, I8): only the customer-file fields, only on a recorded basis — the
 * customer's authorisation or a stated business purpose. The basis is a {@link CollectionAuthorisation} on file
 * (passed to {@code plan}/{@code check} with the other evidence), never a flag of the collection itself.
 *
 * @param collectionId the host's number for the collection (the authorisation record names it)
 * @param customerId   about whom
 * @param fields       what is collected
 * @param on           the day of collection
 */
public record CustomerDataCollection(String collectionId, CustomerId customerId, Set<CustomerDataField> fields,
                                     LocalDate on) implements StoresCustomerData {

    public CustomerDataCollection {
        Arguments.id(collectionId, "collectionId");
        Arguments.nonNull(customerId, "collection " + collectionId + " customerId");
        fields = Check.fields(fields, "collection " + collectionId + " fields");
        Arguments.nonNull(on, "collection " + collectionId + " on");
    }

    @Override
    public String subjectId() {
        return collectionId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_COLLECTION;
    }
}
