package org.crmpolicy.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The installment due dates of a contract paid in installments (D9): the customer is reminded a set number of
 * working days before each; each installment received is reconciled with finance and entered in the customer
 * ledger ({@link InstallmentPayment}).
 *
 * @param contractId the contract number
 * @param agreedAt   when the schedule was agreed; the reminder deadlines run from here
 * @param dueDates   the payment due dates, at least one, no duplicates; kept in ascending order
 * @param payments   the installments received so far, at most one per due date, none before {@code agreedAt};
 *                   kept in due-date order; never null (empty: nothing received)
 */
public record InstallmentSchedule(String contractId, Instant agreedAt, List<LocalDate> dueDates,
        List<InstallmentPayment> payments) {

    public InstallmentSchedule {
        Triggers.requireId(contractId, "installment schedule contractId");
        Objects.requireNonNull(agreedAt, "installment schedule " + contractId + ": agreedAt must not be null");
        Objects.requireNonNull(dueDates, "installment schedule " + contractId + ": dueDates must not be null");
        Objects.requireNonNull(payments, "installment schedule " + contractId + ": payments must not be null (use an empty list)");
        if (dueDates.isEmpty()) {
            throw new IllegalArgumentException("installment schedule " + contractId + ": dueDates is empty; give at least one due date");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate d : dueDates) {
            Objects.requireNonNull(d, "installment schedule " + contractId + ": dueDates must not contain null");
            if (!seen.add(d)) {
                throw new IllegalArgumentException("installment schedule " + contractId + ": due date " + d + " appears twice");
            }
        }
        dueDates = dueDates.stream().sorted().toList();
        Set<LocalDate> paid = new HashSet<>();
        for (InstallmentPayment p : payments) {
            Objects.requireNonNull(p, "installment schedule " + contractId + ": payments must not contain null");
            if (!seen.contains(p.dueDate())) {
                throw new IllegalArgumentException("installment schedule " + contractId + ": payment dueDate " + p.dueDate()
                        + " is not one of the due dates " + dueDates);
            }
            if (!paid.add(p.dueDate())) {
                throw new IllegalArgumentException("installment schedule " + contractId + ": payment dueDate " + p.dueDate()
                        + " appears twice; record one payment per installment");
            }
            if (p.receivedAt().isBefore(agreedAt)) {
                throw new IllegalArgumentException("installment schedule " + contractId + ": payment for " + p.dueDate()
                        + " receivedAt " + p.receivedAt() + " is before agreedAt " + agreedAt);
            }
        }
        payments = payments.stream().sorted(java.util.Comparator.comparing(InstallmentPayment::dueDate)).toList();
    }

    /** A schedule with nothing received yet. */
    public InstallmentSchedule(String contractId, Instant agreedAt, List<LocalDate> dueDates) {
        this(contractId, agreedAt, dueDates, List.of());
    }

    /** A copy recording that the installment due {@code dueDate} was received at {@code receivedAt}. */
    public InstallmentSchedule withPayment(LocalDate dueDate, Instant receivedAt) {
        List<InstallmentPayment> more = new ArrayList<>(payments);
        more.add(new InstallmentPayment(dueDate, receivedAt));
        return new InstallmentSchedule(contractId, agreedAt, dueDates, more);
    }
}
