package org.crmpolicy.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The explicit approval that lets a customer with a failing credit rating into STRATEGIC_PARTNER or KEY (T7).
 *
 * @param approvedBy who approved (a person or body ID, not personal data)
 * @param approvedOn when
 * @param reason     why the exception was made
 */
public record CreditApproval(
        @NotBlank @Size(max = 100) String approvedBy,
        @NotNull LocalDate approvedOn,
        @NotBlank @Size(max = 500) String reason) {
}
