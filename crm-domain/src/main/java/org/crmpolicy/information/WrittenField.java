package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One field an export or storage configuration writes, as the host's description of it lists it (I7): its name
 * there (a column, a CSV header — never a value), which kind of customer data it holds, and where it is encrypted.
 *
 * @param name       the column or header name, e.g. {@code contact_person.phone_cipher}
 * @param field      the kind of customer data it holds
 * @param encryption where it is encrypted; empty = in clear text
 */
public record WrittenField(String name, CustomerDataField field, Set<Encryption> encryption) {

    public WrittenField {
        Arguments.id(name, "written field name");
        Arguments.nonNull(field, "written field " + name + " field");
        Arguments.nonNull(encryption, "written field " + name + " encryption");
        if (encryption.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("written field " + name + " encryption = " + encryption + " must not contain null");
        }
        encryption = encryption.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(encryption));
    }

    /** A field written in clear text. */
    public static WrittenField plain(String name, CustomerDataField field) {
        return new WrittenField(name, field, Set.of());
    }

    /** A field written encrypted where {@code first} and {@code more} say. */
    public static WrittenField encrypted(String name, CustomerDataField field, Encryption first, Encryption... more) {
        return new WrittenField(name, field, EnumSet.of(first, more));
    }

    /** True when it is encrypted {@code where}. */
    public boolean isEncrypted(Encryption where) {
        return encryption.contains(where);
    }

    /** True when it holds personal data (I3, I7). */
    public boolean isPersonal() {
        return field.isPersonal();
    }
}
