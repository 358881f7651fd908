package org.crmpolicy.metric;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;

/**
 * One customer of the portfolio the metrics are computed over: its tier, and what the host knows of it. The customer
 * record, when given, supplies the contract status at the end of the period (churn, loyalty, lifetime value), the
 * first-contract date (acquisition cost), the account manager (CSAT by account manager) and the province (the D6
 * deadline of its complaints). The status at the start of the period is the host's to give (its records of the
 * earlier day); without it churn and loyalty are not computable. Immutable.
 *
 * <pre>{@code
 * PortfolioCustomer.of(customer, Tier.KEY).withStatusAtStart(ContractStatus.ACTIVE);
 * PortfolioCustomer.of(CustomerId.of("C-1"), Tier.GENERAL);   // complaint, survey and contact indicators only
 * }</pre>
 *
 * @param id            the customer
 * @param tier          its tier in the period
 * @param customer      its record as of the end of the period, or {@code null} when the host gives only the id
 * @param statusAtStart its contract status at the start of the period, or {@code null} when not known
 */
public record PortfolioCustomer(CustomerId id, Tier tier, Customer customer, ContractStatus statusAtStart) {

    public PortfolioCustomer {
        Objects.requireNonNull(id, "portfolio customer id must not be null");
        Objects.requireNonNull(tier, "portfolio customer " + id.value() + ": tier must not be null");
        if (customer != null && !id.equals(customer.id())) {
            throw new IllegalArgumentException("portfolio customer " + id.value() + ": customer record is of "
                    + (customer.id() == null ? null : customer.id().value()));
        }
    }

    /** A customer known by id and tier only. */
    public static PortfolioCustomer of(CustomerId id, Tier tier) {
        return new PortfolioCustomer(id, tier, null, null);
    }

    /** A customer with its record (as of the end of the period). */
    public static PortfolioCustomer of(Customer customer, Tier tier) {
        Objects.requireNonNull(customer, "customer must not be null");
        return new PortfolioCustomer(customer.id(), tier, customer, null);
    }

    /** A copy that knows the contract status at the start of the period. */
    public PortfolioCustomer withStatusAtStart(ContractStatus status) {
        return new PortfolioCustomer(id, tier, customer, Objects.requireNonNull(status, "statusAtStart"));
    }

    /** The contract status at the end of the period, from the customer record. */
    public Optional<ContractStatus> statusAtEnd() {
        return customer == null ? Optional.empty() : Optional.ofNullable(customer.contractStatus());
    }

    /** The first-contract date, when the record is given and has one. */
    public Optional<LocalDate> firstContractDate() {
        return customer == null ? Optional.empty() : Optional.ofNullable(customer.firstContractDate());
    }
}
