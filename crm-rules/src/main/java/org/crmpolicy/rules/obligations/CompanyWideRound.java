package org.crmpolicy.rules.obligations;

import java.util.List;
import org.crmpolicy.contact.Contact;

/**
 * Marks the last session of a contact-compliance evaluation, where the company-wide obligations (C4, C8, C10, R2
 * chairman/GM, R4 BU head, R6) are assessed over every customer's contribution.
 *
 * @param notes internal notes that concern no single customer (R6 reports)
 */
public record CompanyWideRound(List<Contact> notes) {

    public CompanyWideRound {
        notes = List.copyOf(notes);
    }
}
