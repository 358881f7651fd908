package org.crmpolicy.rules.batch;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;

/**
 * One element of a streamed portfolio: a customer with its whole contact log (and, optionally, its events: C6
 * purchases, R1 complaints). A host reading a JDBC cursor ordered by customer id emits one of these per customer.
 * Immutable; the lists are copied.
 *
 * @param customer the customer; not null
 * @param contacts its contacts, each naming this customer; not null (may be empty)
 * @param events   its events; not null (may be empty)
 */
public record CustomerContacts(Customer customer, List<Contact> contacts, List<CustomerEvent> events) {

    public CustomerContacts {
        Objects.requireNonNull(customer, "customer must not be null");
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts must not be null"));
        events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
    }

    /** A customer and its contacts, no events. */
    public static CustomerContacts of(Customer customer, List<Contact> contacts) {
        return new CustomerContacts(customer, contacts, List.of());
    }
}
