package org.crmpolicy.rules.obligations;

import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.contact.Contact;

/**
 * Marks the last session of a contact-compliance evaluation, where the company-wide obligations (C4, C8, C10, R2
 * chairman/GM, R4 BU head, R6) are assessed over every customer's contribution.
 *
 * @param notes    internal notes that concern no single customer (R6 reports)
 * @param dataFrom the day the portfolio's data starts (the earliest customer {@code since}): no company-wide period
 *                 that ends on or before it is assessed; {@code null} = no bound
 */
public record CompanyWideRound(List<Contact> notes, LocalDate dataFrom) {

    public CompanyWideRound {
        notes = List.copyOf(notes);
    }

    /** A round without a data bound. */
    public CompanyWideRound(List<Contact> notes) {
        this(notes, null);
    }
}
