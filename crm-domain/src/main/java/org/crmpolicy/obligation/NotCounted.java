package org.crmpolicy.obligation;

import java.util.Objects;
import org.crmpolicy.contact.Contact;

/**
 * A contact considered for an obligation that did not count, and why.
 *
 * @param contact the contact
 * @param reason  the first reason it failed, in the order of {@link NotCountedReason}
 * @param detail  the facts behind the reason, in words ({@code "made as SALES_STAFF; needs BU_HEAD"})
 */
public record NotCounted(Contact contact, NotCountedReason reason, String detail) {

    public NotCounted {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return contact.id() + " " + reason + ": " + detail;
    }
}
