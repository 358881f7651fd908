package org.crmpolicy.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An installment received (D9): it owes a reconciliation with the finance department and an entry in the business
 * unit's customer ledger (客户往来帐), each within {@code D9.ledger-working-days} working days of {@code receivedAt}.
 *
 * @param dueDate    the due date of the installment it pays, one of its schedule's due dates
 * @param receivedAt when the payment arrived
 */
public record InstallmentPayment(LocalDate dueDate, Instant receivedAt) {

    public InstallmentPayment {
        Objects.requireNonNull(dueDate, "installment payment dueDate must not be null");
        Objects.requireNonNull(receivedAt, "installment payment for " + dueDate + ": receivedAt must not be null");
    }
}
