package org.crmpolicy.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Evidence that the customer exchanges with the company and does business with it on technology improvement,
 * product upgrades or new-product development (T2) — what makes a STRATEGIC_PARTNER.
 *
 * @param evidence what the joint work is (a project, an agreement number)
 * @param since    when it started
 */
public record JointDevelopment(
        @NotBlank @Size(max = 500) String evidence,
        @NotNull LocalDate since) {
}
