package org.crmpolicy.rules.obligations;

import java.util.Objects;
import org.crmpolicy.customer.Customer;

/**
 * A customer as the contact rules see it (C7 reads its contact persons' birthdays and its first-contract date).
 * Wrapped so that a contact-compliance session does not re-run the tiering rules on it.
 */
public record CustomerOnFile(Customer customer) {

    public CustomerOnFile {
        Objects.requireNonNull(customer, "customer");
    }
}
