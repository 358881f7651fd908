package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.customer.CustomerId;

/**
 * A member of staff consulting or using a customer's information (A9, I4, I6, I11): needs approval, an allowed
 * purpose that was stated when the data was collected, a signed confidentiality commitment, and an access-log entry
 * afterwards.
 *
 * <p>I6 judges the purpose against the {@link CollectionAuthorisation} records on file: those of the collections
 * named in {@code reliesOn}, or — when it names none — those of the customer. The purpose must be among the
 * purposes they state.
 *
 * @param useId      the host's number for this use (the access-log entry names it)
 * @param customerId whose information
 * @param staffId    who uses it (a staff ID, not a name)
 * @param purpose    why
 * @param fields     which data
 * @param reliesOn   the collection IDs whose data it uses; empty = the customer's collections on file
 * @param on         the day of use
 */
public record CustomerInformationUse(String useId, CustomerId customerId, String staffId, DataUsePurpose purpose,
                                     Set<CustomerDataField> fields, Set<String> reliesOn, LocalDate on)
        implements PurposeStated {

    public CustomerInformationUse {
        Arguments.id(useId, "useId");
        Arguments.nonNull(customerId, "use " + useId + " customerId");
        Arguments.id(staffId, "use " + useId + " staffId");
        Arguments.nonNull(purpose, "use " + useId + " purpose");
        fields = Check.fields(fields, "use " + useId + " fields");
        Arguments.nonNull(reliesOn, "use " + useId + " reliesOn");
        if (reliesOn.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("use " + useId + " reliesOn = " + reliesOn + " must not contain null");
        }
        reliesOn.forEach(id -> Arguments.id(id, "use " + useId + " reliesOn"));
        reliesOn = Set.copyOf(new TreeSet<>(reliesOn));
        Arguments.nonNull(on, "use " + useId + " on");
    }

    /** A use that relies on the customer's collections on file (none named). */
    public CustomerInformationUse(String useId, CustomerId customerId, String staffId, DataUsePurpose purpose,
                                  Set<CustomerDataField> fields, LocalDate on) {
        this(useId, customerId, staffId, purpose, fields, Set.of(), on);
    }

    /**
     * True when it relies on the collection {@code collectionId} about {@code collectedAbout}: a collection about
     * this use's customer that it names, or any collection about the customer when it names none.
     */
    public boolean reliesOn(String collectionId, CustomerId collectedAbout) {
        return customerId.equals(collectedAbout) && (reliesOn.isEmpty() || reliesOn.contains(collectionId));
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
