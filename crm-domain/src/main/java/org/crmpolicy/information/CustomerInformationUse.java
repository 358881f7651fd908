package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * A member of staff consulting or using a customer's information (A9, I4, I6, I11): needs approval, an allowed
 * purpose, a signed confidentiality commitment, and an access-log entry afterwards.
 *
 * @param useId      the host's number for this use (the access-log entry names it)
 * @param customerId whose information
 * @param staffId    who uses it (a staff ID, not a name)
 * @param purpose    why
 * @param fields     which data
 * @param on         the day of use
 */
public record CustomerInformationUse(String useId, CustomerId customerId, String staffId, DataUsePurpose purpose,
                                     Set<CustomerDataField> fields, LocalDate on) implements PurposeStated {

    public CustomerInformationUse {
        Arguments.id(useId, "useId");
        Arguments.nonNull(customerId, "use " + useId + " customerId");
        Arguments.id(staffId, "use " + useId + " staffId");
        Arguments.nonNull(purpose, "use " + useId + " purpose");
        fields = Check.fields(fields, "use " + useId + " fields");
        Arguments.nonNull(on, "use " + useId + " on");
    }

    @Override
    public String subjectId() {
        return useId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_USE;
    }
}
