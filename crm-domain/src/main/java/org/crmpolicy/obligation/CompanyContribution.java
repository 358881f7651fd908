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
import org.crmpolicy.customer.BusinessUnit;

/**
 * What one customer (or the customer-less internal notes) contributes to a company-wide obligation: its contacts that
 * could count (right role, channel, purpose, in the evaluated time range), and for those whose customer was not in
 * scope on the day, why. For a row owed per business unit ({@link ContactObligation#perUnit()}: R4 BU head, C10) it
 * names the customer's unit, and a customer in the row's tiers contributes even without a candidate: it says that
 * its unit (or, without a unit, the company) owes the row.
 *
 * @param obligationKey {@link org.crmpolicy.obligation.ContactObligation#key()}
 * @param contacts      the candidates
 * @param outOfScope    contact (by identity) to the reason its customer was not in scope
 * @param unit          for a per-unit row, the business unit of the customers it comes from; {@code null} otherwise
 *                      and for customers of no unit
 */
public record CompanyContribution(String obligationKey, List<Contact> contacts, Map<Contact, String> outOfScope,
        BusinessUnit unit) {

    /** No candidates: what a customer without a single contact that could count contributes (never inserted). */
    public static final CompanyContribution NONE = new CompanyContribution("", List.of(), Map.of(), null);

    /** A contribution of no particular business unit (the record before units). */
    public CompanyContribution(String obligationKey, List<Contact> contacts, Map<Contact, String> outOfScope) {
        this(obligationKey, contacts, outOfScope, null);
    }

    public CompanyContribution {
        Objects.requireNonNull(obligationKey, "obligationKey");
        contacts = List.copyOf(contacts);
        outOfScope = outOfScope.isEmpty() ? Map.of() : new IdentityHashMap<>(outOfScope);
    }

    /**
     * One contribution per obligation and business unit from many (the contributions of a chunk of customers, merged).
     */
    public static List<CompanyContribution> merge(Collection<CompanyContribution> contributions) {
        Map<String, List<Contact>> contacts = new LinkedHashMap<>();
        Map<String, Map<Contact, String>> outOfScope = new HashMap<>();
        Map<String, CompanyContribution> first = new HashMap<>();
        for (CompanyContribution c : contributions) {
            String key = c.groupKey();
            first.putIfAbsent(key, c);
            contacts.computeIfAbsent(key, k -> new ArrayList<>()).addAll(c.contacts());
            outOfScope.computeIfAbsent(key, k -> new IdentityHashMap<>()).putAll(c.outOfScope());
        }
        List<CompanyContribution> merged = new ArrayList<>(contacts.size());
        contacts.forEach((key, list) -> {
            CompanyContribution one = first.get(key);
            merged.add(new CompanyContribution(one.obligationKey(), list, outOfScope.get(key), one.unit()));
        });
        return merged;
    }

    /**
     * What tells this contribution's group apart: the obligation key, followed by {@code /unit:<id>} for a business
     * unit's ({@code R4/BU_HEAD/COMPANY_WIDE/REVISIT/unit:BU-East}). Without a unit, the obligation key itself.
     */
    public String groupKey() {
        return unit == null ? obligationKey : obligationKey + "/unit:" + unit.id();
    }

    /** True when there is no candidate (a per-unit contribution may still say that its unit owes the row). */
    public boolean isEmpty() {
        return contacts.isEmpty();
    }

    /** True for {@link #NONE}: nothing at all to contribute, not even a unit's duty. */
    public boolean isNone() {
        return obligationKey.isEmpty() && contacts.isEmpty();
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
