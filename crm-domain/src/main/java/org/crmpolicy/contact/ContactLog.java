package org.crmpolicy.contact;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.CustomerId;

/**
 * All usable contacts of one customer, one fact per customer so the contact rules join by customer id and never
 * across customers. Every evaluated customer has one, possibly empty. It carries the customer's business unit: a
 * contact made as the head (or staff) of another unit does not count for the unit-bound duties of this customer, and
 * the customer's contacts count towards its own unit's R4 and C10.
 *
 * @param customerId the customer
 * @param contacts   its contacts
 * @param unit       the customer's business unit, or {@code null} when the host keeps none
 */
public record ContactLog(CustomerId customerId, List<Contact> contacts, BusinessUnit unit) {

    public ContactLog {
        Objects.requireNonNull(customerId, "customerId");
        contacts = List.copyOf(contacts);
    }

    /** The log of a customer of no particular business unit. */
    public ContactLog(CustomerId customerId, List<Contact> contacts) {
        this(customerId, contacts, null);
    }
}
