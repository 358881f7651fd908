package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * Destroying customer information that is no longer needed (A9, I5): needs approval and a destruction record.
 *
 * @param destructionId the host's number for the destruction
 * @param customerId    whose information
 * @param on            the day of destruction
 */
public record CustomerInformationDestruction(String destructionId, CustomerId customerId, LocalDate on)
        implements InformationAct {

    public CustomerInformationDestruction {
        Arguments.id(destructionId, "destructionId");
        Arguments.nonNull(customerId, "destruction " + destructionId + " customerId");
        Arguments.nonNull(on, "destruction " + destructionId + " on");
    }

    @Override
    public String subjectId() {
        return destructionId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_DESTRUCTION;
    }
}
