package org.crmpolicy.rules.obligations;

import java.util.List;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;

/**
 * One customer of a chunk as the contact rules assess it: the customer, its tier history (empty = classify it as of
 * the evaluation and hold it in that tier since {@link Customer#since()}), its contact log, its events (C6
 * purchases, R1 complaints) and its revisit plans (R5). Immutable; the lists are copied.
 *
 * @param customer    the customer; not null
 * @param tierHistory its effective-dated tiers, sorted and not overlapping; empty = classify
 * @param contacts    its contacts, each naming this customer
 * @param events      its events
 * @param plans       its revisit plans
 */
public record CustomerFile(Customer customer, List<TierPeriod> tierHistory, List<Contact> contacts,
        List<CustomerEvent> events, List<RevisitPlan> plans) {

    public CustomerFile {
        Objects.requireNonNull(customer, "customer must not be null");
        tierHistory = List.copyOf(Objects.requireNonNull(tierHistory, "tierHistory must not be null"));
        contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts must not be null"));
        events = List.copyOf(Objects.requireNonNull(events, "events must not be null"));
        plans = List.copyOf(Objects.requireNonNull(plans, "plans must not be null"));
    }

    /** A customer to classify, with its contacts and events, no revisit plans. */
    public static CustomerFile of(Customer customer, List<Contact> contacts, List<CustomerEvent> events) {
        return new CustomerFile(customer, List.of(), contacts, events, List.of());
    }

    /** A copy held in {@code history} instead of being classified. */
    public CustomerFile withTierHistory(List<TierPeriod> history) {
        return new CustomerFile(customer, history, contacts, events, plans);
    }

    /** Whether the customer's tier comes from the tiering rules (no history given). */
    public boolean isToClassify() {
        return tierHistory.isEmpty();
    }
}
