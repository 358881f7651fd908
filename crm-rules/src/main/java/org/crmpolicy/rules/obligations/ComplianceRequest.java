package org.crmpolicy.rules.obligations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;

/**
 * What a contact-compliance evaluation runs over: the customers, their contact log, and optionally the tier history,
 * the role holdings, the events that start obligations (purchases for C6, complaints for R1), the revisit plans (R5)
 * and the knowledge instant. Immutable; each {@code with…} method returns a copy.
 *
 * <pre>{@code
 * ComplianceRequest request = ComplianceRequest.of(customers, contacts, asOf)
 *         .withTierHistory(tierPeriods)        // else each customer's tier comes from the tiering rules
 *         .withRoleHolders(assignments)        // else a contact counts for the role recorded on it
 *         .withKnownAt(knownAt);               // else every recorded contact counts
 * }</pre>
 *
 * @param customers    the customers evaluated; ids unique
 * @param contacts     their contact log (and internal notes); a contact for another customer is reported, not used
 * @param asOf         the policy instant
 * @param knownAt      only contacts recorded by then count; {@code null} = all
 * @param tierHistory  effective-dated tiers; empty = classify each customer as of {@code asOf}; a customer missing
 *                     from a non-empty history is classified too
 * @param roleHolders  effective-dated roles; empty = the role recorded on each contact
 * @param events       purchases, complaints ...
 * @param revisitPlans revisit plans (R5)
 */
public record ComplianceRequest(
        List<Customer> customers,
        List<Contact> contacts,
        Instant asOf,
        Instant knownAt,
        List<TierPeriod> tierHistory,
        List<RoleAssignment> roleHolders,
        List<CustomerEvent> events,
        List<RevisitPlan> revisitPlans) {

    public ComplianceRequest {
        Objects.requireNonNull(customers, "customers must not be null");
        Objects.requireNonNull(contacts, "contacts must not be null");
        SupportedRange.requireInstant(asOf, "asOf");
        SupportedRange.requireInstantOrNull(knownAt, "knownAt");
        customers = copy(customers, "customers");
        contacts = copy(contacts, "contacts");
        tierHistory = tierHistory == null ? List.of() : copy(tierHistory, "tierHistory");
        roleHolders = roleHolders == null ? List.of() : copy(roleHolders, "roleHolders");
        events = events == null ? List.of() : copy(events, "events");
        revisitPlans = revisitPlans == null ? List.of() : copy(revisitPlans, "revisitPlans");
    }

    /** An immutable copy; a null element is refused naming the list and its index. */
    private static <T> List<T> copy(Collection<T> values, String name) {
        Objects.requireNonNull(values, name + " must not be null");
        List<T> copy = new java.util.ArrayList<>(values.size());
        int i = 0;
        for (T value : values) {
            copy.add(Objects.requireNonNull(value, name + "[" + i + "] must not be null"));
            i++;
        }
        return List.copyOf(copy);
    }

    /**
     * @throws NullPointerException naming the argument when one is null, or when a list holds a null
     */
    public static ComplianceRequest of(Collection<Customer> customers, Collection<Contact> contacts, Instant asOf) {
        return new ComplianceRequest(copy(customers, "customers"), copy(contacts, "contacts"), asOf, null, null, null,
                null, null);
    }

    public ComplianceRequest withAsOf(Instant value) {
        return new ComplianceRequest(customers, contacts, value, knownAt, tierHistory, roleHolders, events, revisitPlans);
    }

    public ComplianceRequest withKnownAt(Instant value) {
        return new ComplianceRequest(customers, contacts, asOf, value, tierHistory, roleHolders, events, revisitPlans);
    }

    public ComplianceRequest withTierHistory(Collection<TierPeriod> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, copy(value, "tierHistory"), roleHolders, events,
                revisitPlans);
    }

    public ComplianceRequest withRoleHolders(Collection<RoleAssignment> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, copy(value, "roleHolders"), events,
                revisitPlans);
    }

    public ComplianceRequest withEvents(Collection<CustomerEvent> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, roleHolders, copy(value, "events"),
                revisitPlans);
    }

    public ComplianceRequest withRevisitPlans(Collection<RevisitPlan> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, roleHolders, events,
                copy(value, "revisitPlans"));
    }
}
