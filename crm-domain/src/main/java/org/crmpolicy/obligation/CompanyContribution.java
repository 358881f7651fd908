package org.crmpolicy.obligation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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

    /** No candidates: what a customer without a single contact that could count contributes (never inserted). */
    public static final CompanyContribution NONE = new CompanyContribution("", List.of(), Map.of());

    public CompanyContribution {
        Objects.requireNonNull(obligationKey, "obligationKey");
        contacts = List.copyOf(contacts);
        outOfScope = outOfScope.isEmpty() ? Map.of() : new IdentityHashMap<>(outOfScope);
    }

    /** One contribution per obligation from many (the contributions of a chunk of customers, merged). */
    public static List<CompanyContribution> merge(Collection<CompanyContribution> contributions) {
        Map<String, List<Contact>> contacts = new LinkedHashMap<>();
        Map<String, Map<Contact, String>> outOfScope = new HashMap<>();
        for (CompanyContribution c : contributions) {
            contacts.computeIfAbsent(c.obligationKey(), k -> new ArrayList<>()).addAll(c.contacts());
            outOfScope.computeIfAbsent(c.obligationKey(), k -> new IdentityHashMap<>()).putAll(c.outOfScope());
        }
        List<CompanyContribution> merged = new ArrayList<>(contacts.size());
        contacts.forEach((key, list) -> merged.add(new CompanyContribution(key, list, outOfScope.get(key))));
        return merged;
    }

    public boolean isEmpty() {
        return contacts.isEmpty();
    }

    /**
     * A hash over the obligation, the number of candidates and the first one's id: consistent with equality, cheap for
     * the session, and different for two customers' contributions to the same obligation.
     */
    @Override
    public int hashCode() {
        return (obligationKey.hashCode() * 31 + contacts.size()) * 31 + (contacts.isEmpty() ? 0 : contacts.get(0).id().hashCode());
    }
}
