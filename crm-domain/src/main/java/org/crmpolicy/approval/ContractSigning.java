package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * Signing a sales contract (A1, A2). Carries the customer (for its start date and first-contract date) and the
 * customer's earlier contracts, so the rules can add up the cumulative amount (A1) and tell a first contract (A2).
 *
 * <p>Refused on construction (caller error, not a business "no"; {@link IllegalArgumentException} naming the field):
 * a {@code null} or non-CNY amount, a contract or an earlier contract
 * dated before the customer existed ({@code customer.since()}), an earlier contract dated after this one, duplicate
 * contract numbers.
 *
 * <pre>{@code
 * ContractSigning signing = ContractSigning.of("HT-2025-0042", customer, Money.cny("1500.00"), LocalDate.of(2025, 11, 24),
 *         List.of(EarlierContract.of("HT-2025-0007", "2500.00", LocalDate.of(2025, 3, 2))));
 * }</pre>
 *
 * @param contractId       the host's contract number (the subject of approvals)
 * @param customer         the counterparty
 * @param amount           the contract amount, CNY only
 * @param signedOn         the day of signing
 * @param earlierContracts the customer's contracts signed before this one (any year; A1 picks its window), may be empty
 */
public record ContractSigning(String contractId, Customer customer, Money amount, LocalDate signedOn,
                              List<EarlierContract> earlierContracts) implements HostAction {

    public ContractSigning {
        Arguments.id(contractId, "contractId");
        Arguments.nonNull(customer, "contract " + contractId + " customer");
        Arguments.cny(amount, "contract " + contractId + " amount", "ContractSigning");
        Arguments.nonNull(signedOn, "contract " + contractId + " signedOn");
        earlierContracts = List.copyOf(Arguments.nonNull(earlierContracts, "contract " + contractId + " earlierContracts"));
        LocalDate since = customer.since();
        if (since != null && signedOn.isBefore(since)) {
            throw new IllegalArgumentException("contract " + contractId + " signedOn = " + signedOn + " is before customer "
                    + customer.id() + " since = " + since + "; the customer did not exist yet");
        }
        Set<String> ids = new HashSet<>(Set.of(contractId));
        for (EarlierContract e : earlierContracts) {
            if (!ids.add(e.contractId())) {
                throw new IllegalArgumentException("contract " + contractId + " earlierContracts: contract number "
                        + e.contractId() + " appears more than once");
            }
            if (e.signedOn().isAfter(signedOn)) {
                throw new IllegalArgumentException("contract " + contractId + " earlierContracts: " + e.contractId()
                        + " signedOn = " + e.signedOn() + " is after this contract's signedOn = " + signedOn);
            }
            if (since != null && e.signedOn().isBefore(since)) {
                throw new IllegalArgumentException("contract " + contractId + " earlierContracts: " + e.contractId()
                        + " signedOn = " + e.signedOn() + " is before customer " + customer.id() + " since = " + since
                        + "; the customer did not exist yet");
            }
        }
    }

    /** Same as the constructor; see the class comment for what is refused. */
    public static ContractSigning of(String contractId, Customer customer, Money amount, LocalDate signedOn,
                                     List<EarlierContract> earlierContracts) {
        return new ContractSigning(contractId, customer, amount, signedOn, earlierContracts);
    }

    /** A first contract: no earlier contracts. */
    public static ContractSigning first(String contractId, Customer customer, Money amount, LocalDate signedOn) {
        return new ContractSigning(contractId, customer, amount, signedOn, List.of());
    }

    /** The counterparty's ID. */
    public CustomerId customerId() {
        return customer.id();
    }

    /**
     * The customer's first contract: no earlier contract is known and the customer's file names no first-contract
     * date before this one.
     */
    public boolean isFirstContract() {
        return earlierContracts.isEmpty()
                && (customer.firstContractDate() == null || !customer.firstContractDate().isBefore(signedOn));
    }

    /** This contract's amount plus every earlier contract signed on or after {@code from}. */
    public Money cumulativeAmountSince(LocalDate from) {
        Money total = amount;
        for (EarlierContract e : earlierContracts) {
            if (!e.signedOn().isBefore(from)) {
                total = total.plus(e.amount());
            }
        }
        return total;
    }

    /** {@link #cumulativeAmountSince(LocalDate)} without this contract: the total before it was signed. */
    public Money cumulativeAmountBefore(LocalDate from) {
        return new Money(cumulativeAmountSince(from).amount().subtract(amount.amount()), amount.currency());
    }

    @Override
    public String subjectId() {
        return contractId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.CONTRACT_SIGNING;
    }

    @Override
    public LocalDate on() {
        return signedOn;
    }

    /** Identity and amounts only; the customer's contact persons are never printed (I3). */
    @Override
    public String toString() {
        return "ContractSigning[contractId=" + contractId + ", customer=" + customer.id() + ", amount=" + amount
                + ", signedOn=" + signedOn + ", earlierContracts=" + earlierContracts + "]";
    }
}
