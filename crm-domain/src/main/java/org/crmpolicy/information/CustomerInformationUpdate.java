package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * Updating a customer's information (I10): the update must be logged with time, content and responsible person;
 * new fields are subject to minimisation (I1).
 *
 * @param updateId   the host's number for the update (the log entry names it)
 * @param customerId whose information
 * @param fields     which fields change
 * @param on         the day of the update
 */
public record CustomerInformationUpdate(String updateId, CustomerId customerId, Set<CustomerDataField> fields,
                                        LocalDate on) implements StoresCustomerData {

    public CustomerInformationUpdate {
        Arguments.id(updateId, "updateId");
        Arguments.nonNull(customerId, "update " + updateId + " customerId");
        fields = Check.fields(fields, "update " + updateId + " fields");
        Arguments.nonNull(on, "update " + updateId + " on");
    }

    @Override
    public String subjectId() {
        return updateId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_UPDATE;
    }
}
