package org.crmpolicy.metric;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.obligation.TierCoverage;

/**
 * What the metrics are computed over: the customers, and each kind of data the host supplies. A kind not supplied
 * makes its indicators not computable ("missing ...") rather than zero; a kind supplied empty is a real zero (no
 * complaint this quarter). Facts about customers outside the portfolio are ignored. Immutable; the {@code with}
 * methods return a copy.
 *
 * <pre>{@code
 * Portfolio p = Portfolio.of(customers)
 *         .withComplaints(complaints)                    // every complaint, replayed, as known at asOf
 *         .withCoverage(policy.compliance(cs, contacts, asOf).coverage())
 *         .withSurveys(responses)
 *         .withAmounts(amounts);
 * }</pre>
 *
 * @param customers  the customers measured, one entry each
 * @param complaints the customers' complaints (the history before the period too: the prevention rate compares),
 *                   or {@code null} when not supplied
 * @param coverage   the contact coverage per tier (revisit coverage, interaction frequency), or {@code null}
 * @param contacts   the customers' contacts, evaluated for the coverage when no coverage is given, or {@code null}
 * @param surveys    the survey answers, or {@code null} when not supplied
 * @param amounts    acquisition cost and revenue per customer, or {@code null} when not supplied
 * @throws IllegalArgumentException when a customer appears twice, or two amounts name the same customer
 */
public record Portfolio(List<PortfolioCustomer> customers, List<Complaint> complaints, List<TierCoverage> coverage,
        List<Contact> contacts, List<SurveyResponse> surveys, List<CustomerAmounts> amounts) {

    public Portfolio {
        customers = copy(customers, "customers");
        complaints = complaints == null ? null : copy(complaints, "complaints");
        coverage = coverage == null ? null : copy(coverage, "coverage");
        contacts = contacts == null ? null : copy(contacts, "contacts");
        surveys = surveys == null ? null : copy(surveys, "surveys");
        amounts = amounts == null ? null : copy(amounts, "amounts");
        Set<Object> seen = new HashSet<>();
        for (PortfolioCustomer c : customers) {
            if (!seen.add(c.id())) {
                throw new IllegalArgumentException("portfolio customers: customer " + c.id().value() + " appears more than once");
            }
        }
        if (amounts != null) {
            seen.clear();
            for (CustomerAmounts a : amounts) {
                if (!seen.add(a.customerId())) {
                    throw new IllegalArgumentException("portfolio amounts: customer " + a.customerId().value()
                            + " appears more than once");
                }
            }
        }
    }

    /** The customers, with no data supplied yet. */
    public static Portfolio of(Collection<PortfolioCustomer> customers) {
        Objects.requireNonNull(customers, "customers must not be null");
        return new Portfolio(List.copyOf(customers), null, null, null, null, null);
    }

    public Portfolio withComplaints(Collection<Complaint> value) {
        return new Portfolio(customers, copy(value, "complaints"), coverage, contacts, surveys, amounts);
    }

    /** The contact coverage per tier, as {@code ComplianceReport.coverage()} or the batch run computes it. */
    public Portfolio withCoverage(Collection<TierCoverage> value) {
        return new Portfolio(customers, complaints, copy(value, "coverage"), contacts, surveys, amounts);
    }

    /**
     * The customers' contacts: without {@linkplain #withCoverage coverage}, the policy evaluates them (C5 and the
     * contact count per tier, as {@code policy.compliance(...)} does) as of the end of what the period has seen; that
     * needs every customer's record.
     */
    public Portfolio withContacts(Collection<Contact> value) {
        return new Portfolio(customers, complaints, coverage, copy(value, "contacts"), surveys, amounts);
    }

    public Portfolio withSurveys(Collection<SurveyResponse> value) {
        return new Portfolio(customers, complaints, coverage, contacts, copy(value, "surveys"), amounts);
    }

    public Portfolio withAmounts(Collection<CustomerAmounts> value) {
        return new Portfolio(customers, complaints, coverage, contacts, surveys, copy(value, "amounts"));
    }

    public Optional<List<Complaint>> complaintsIfSupplied() {
        return Optional.ofNullable(complaints);
    }

    public Optional<List<TierCoverage>> coverageIfSupplied() {
        return Optional.ofNullable(coverage);
    }

    public Optional<List<Contact>> contactsIfSupplied() {
        return Optional.ofNullable(contacts);
    }

    public Optional<List<SurveyResponse>> surveysIfSupplied() {
        return Optional.ofNullable(surveys);
    }

    public Optional<List<CustomerAmounts>> amountsIfSupplied() {
        return Optional.ofNullable(amounts);
    }

    private static <T> List<T> copy(Collection<T> values, String field) {
        Objects.requireNonNull(values, field + " must not be null");
        int i = 0;
        for (T v : values) {
            if (v == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
            i++;
        }
        return List.copyOf(values);
    }

    @Override
    public String toString() {
        return "Portfolio[" + customers.size() + " customers, complaints " + size(complaints) + ", coverage "
                + size(coverage) + ", contacts " + size(contacts) + ", surveys " + size(surveys) + ", amounts " + size(amounts) + "]";
    }

    private static String size(List<?> list) {
        return list == null ? "not supplied" : Integer.toString(list.size());
    }
}
