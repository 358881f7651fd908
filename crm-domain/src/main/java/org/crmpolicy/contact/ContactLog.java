package org.crmpolicy.contact;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.CustomerId;

/**
 * All usable contacts of one customer, one fact per customer so the contact rules join by customer id and never
 * across customers. Every evaluated customer has one, possibly empty.
 */
public record ContactLog(CustomerId customerId, List<Contact> contacts) {

    public ContactLog {
        Objects.requireNonNull(customerId, "customerId");
        contacts = List.copyOf(contacts);
    }
}
