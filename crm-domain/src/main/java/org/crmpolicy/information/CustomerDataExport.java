package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;

/**
 * A host configuration or export that writes customer data somewhere (I7): personal data must be encrypted at rest
 * and in transit.
 *
 * @param exportId    the host's name for the export or configuration
 * @param exportKind  file, storage or transmission
 * @param fields      what it writes
 * @param encrypted   whether the written data is encrypted
 * @param on          the day it runs or takes effect
 */
public record CustomerDataExport(String exportId, ExportKind exportKind, Set<CustomerDataField> fields,
                                 boolean encrypted, LocalDate on) implements InformationAct {

    public CustomerDataExport {
        Arguments.id(exportId, "exportId");
        Arguments.nonNull(exportKind, "export " + exportId + " exportKind");
        fields = Check.fields(fields, "export " + exportId + " fields");
        Arguments.nonNull(on, "export " + exportId + " on");
    }

    /** True when it writes at least one personal field. */
    public boolean writesPersonalData() {
        return fields.stream().anyMatch(CustomerDataField::isPersonal);
    }

    @Override
    public String subjectId() {
        return exportId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.INFORMATION_EXPORT;
    }
}
