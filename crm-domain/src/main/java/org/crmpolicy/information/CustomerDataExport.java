package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.approval.ActionKind;

/**
 * A host's description of a storage configuration, file export or transmission of customer data (I7): every field
 * it writes, with where that field is encrypted. Personal data must be encrypted at rest and in transit
 * (004 ch.1 §5 1.2); which of the two a kind of export needs is policy, in {@code customer-information.drl}.
 *
 * @param exportId   the host's name for the export or configuration
 * @param exportKind file, storage or transmission
 * @param fields     what it writes, one entry per column or header; not empty, names unique
 * @param on         the day it runs or takes effect
 */
public record CustomerDataExport(String exportId, ExportKind exportKind, List<WrittenField> fields, LocalDate on)
        implements InformationAct {

    public CustomerDataExport {
        Arguments.id(exportId, "exportId");
        Arguments.nonNull(exportKind, "export " + exportId + " exportKind");
        Arguments.nonNull(fields, "export " + exportId + " fields");
        if (fields.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("export " + exportId + " fields must not contain null");
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("export " + exportId + " fields is empty: name the data fields it writes");
        }
        Set<String> names = new HashSet<>();
        for (WrittenField f : fields) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("export " + exportId + " fields name '" + f.name() + "' twice");
            }
        }
        fields = List.copyOf(fields);
        Arguments.nonNull(on, "export " + exportId + " on");
    }

    /** True when it writes at least one personal field. */
    public boolean writesPersonalData() {
        return fields.stream().anyMatch(WrittenField::isPersonal);
    }

    /** The kinds of customer data it writes. */
    public Set<CustomerDataField> dataFields() {
        Set<CustomerDataField> kinds = EnumSet.noneOf(CustomerDataField.class);
        fields.forEach(f -> kinds.add(f.field()));
        return Set.copyOf(kinds);
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
