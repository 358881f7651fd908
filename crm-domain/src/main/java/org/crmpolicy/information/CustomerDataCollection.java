package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * Collecting data about a customer (I1, I2, I6, I8): only the customer-file fields, only with the customer's
 * authorisation or a stated business purpose.
 *
 * @param collectionId        the host's number for the collection
 * @param customerId          about whom
 * @param fields              what is collected
 * @param purpose             the stated purpose, or {@code null} when none is stated
 * @param authorisedByCustomer whether the customer authorised the collection
 * @param on                  the day of collection
 */
public record CustomerDataCollection(String collectionId, CustomerId customerId, Set<CustomerDataField> fields,
                                     DataUsePurpose purpose, boolean authorisedByCustomer, LocalDate on)
        implements StoresCustomerData, PurposeStated {

    public CustomerDataCollection {
        Arguments.id(collectionId, "collectionId");
        Arguments.nonNull(customerId, "collection " + collectionId + " customerId");
        fields = Check.fields(fields, "collection " + collectionId + " fields");
        Arguments.nonNull(on, "collection " + collectionId + " on");
    }

    /** True when a purpose is stated. */
    public boolean hasPurpose() {
        return purpose != null;
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
