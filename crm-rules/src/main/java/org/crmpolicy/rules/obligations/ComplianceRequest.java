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
 *         .withKnownAt(knownAt)                // else every recorded contact counts
 *         .withCompanyWide(true);              // the whole portfolio: decide C4, C8, C10, R2 chairman/GM, R4, R6 too
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
 * @param companyWide  whether the company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6) are decided
 *                     and reported; {@code false} by default, because they are duties of the company, not of the
 *                     customers in the request: a host asking about one customer does not want the chairman's or
 *                     the GM's duties. Ask for them ({@link #withCompanyWide(boolean)}) when the request holds the
 *                     whole portfolio; they are then reported only for periods that end after the earliest
 *                     {@link Customer#since()} in the request (before it there is no data to judge them by).
 */
public record ComplianceRequest(
        List<Customer> customers,
        List<Contact> contacts,
        Instant asOf,
        Instant knownAt,
        List<TierPeriod> tierHistory,
        List<RoleAssignment> roleHolders,
        List<CustomerEvent> events,
        List<RevisitPlan> revisitPlans,
        boolean companyWide) {

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
        return new ComplianceRequest(copy(customers, "customers"),
                copy(contacts, "contacts"), asOf, null, null, null, null, null, false);
    }

    /**
     * The 8-component form of earlier versions: company-wide obligations not asked for.
     */
    public ComplianceRequest(List<Customer> customers, List<Contact> contacts, Instant asOf, Instant knownAt,
            List<TierPeriod> tierHistory, List<RoleAssignment> roleHolders, List<CustomerEvent> events,
            List<RevisitPlan> revisitPlans) {
        this(customers, contacts, asOf, knownAt, tierHistory, roleHolders, events, revisitPlans, false);
    }

    /**
     * This request with the company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6) decided and
     * reported ({@code true}) or left out ({@code false}, the default). Ask for them when the customers are the whole
     * portfolio, as the batch does.
     */
    public ComplianceRequest withCompanyWide(boolean value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, roleHolders, events, revisitPlans,
                value);
    }

    public ComplianceRequest withAsOf(Instant value) {
        return new ComplianceRequest(customers, contacts, value, knownAt, tierHistory, roleHolders, events, revisitPlans, companyWide);
    }

    public ComplianceRequest withKnownAt(Instant value) {
        return new ComplianceRequest(customers, contacts, asOf, value, tierHistory, roleHolders, events, revisitPlans, companyWide);
    }

    public ComplianceRequest withTierHistory(Collection<TierPeriod> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, copy(value, "tierHistory"), roleHolders, events, revisitPlans, companyWide);
    }

    public ComplianceRequest withRoleHolders(Collection<RoleAssignment> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, copy(value, "roleHolders"), events, revisitPlans, companyWide);
    }

    public ComplianceRequest withEvents(Collection<CustomerEvent> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, roleHolders, copy(value, "events"), revisitPlans, companyWide);
    }

    public ComplianceRequest withRevisitPlans(Collection<RevisitPlan> value) {
        return new ComplianceRequest(customers, contacts, asOf, knownAt, tierHistory, roleHolders, events, copy(value, "revisitPlans"), companyWide);
    }
}
