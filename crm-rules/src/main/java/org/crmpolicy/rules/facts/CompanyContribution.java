package org.crmpolicy.rules.facts;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.contact.Contact;

/**
 * What one customer (or the customer-less internal notes) contributes to a company-wide obligation: its contacts that
 * could count (right role, channel, purpose, in the evaluated time range), and for those whose customer was not in
 * scope on the day, why.
 *
 * @param obligationKey {@link org.crmpolicy.obligation.ContactObligation#key()}
 * @param contacts      the candidates
 * @param outOfScope    contact (by identity) to the reason its customer was out of scope
 */
public record CompanyContribution(String obligationKey, List<Contact> contacts, Map<Contact, String> outOfScope) {

    public CompanyContribution {
        Objects.requireNonNull(obligationKey, "obligationKey");
        contacts = List.copyOf(contacts);
        IdentityHashMap<Contact, String> copy = new IdentityHashMap<>(outOfScope);
        outOfScope = copy;
    }

    public boolean isEmpty() {
        return contacts.isEmpty();
    }
}
