package org.crmpolicy.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The installment due dates of a contract paid in installments (D9): the customer is reminded a set number of
 * working days before each.
 *
 * @param contractId the contract number
 * @param agreedAt   when the schedule was agreed; the reminder deadlines run from here
 * @param dueDates   the payment due dates, at least one, no duplicates; kept in ascending order
 */
public record InstallmentSchedule(String contractId, Instant agreedAt, List<LocalDate> dueDates) {

    public InstallmentSchedule {
        Triggers.requireId(contractId, "installment schedule contractId");
        Objects.requireNonNull(agreedAt, "installment schedule " + contractId + ": agreedAt must not be null");
        Objects.requireNonNull(dueDates, "installment schedule " + contractId + ": dueDates must not be null");
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
    }
}
