package org.crmpolicy.customer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The multi-factor value assessment of T6 (001 §2.2): five factors, each scored 1 (low) to 5 (high), with the date
 * and the assessing unit. Tiering is dynamic: an assessment older than the re-assessment interval (a policy
 * parameter) is reported as due again.
 */
public record ValueAssessment(
        @Min(1) @Max(5) int cooperationScale,
        @Min(1) @Max(5) int growthPotential,
        @Min(1) @Max(5) int industryInfluence,
        @Min(1) @Max(5) int cooperationStability,
        @Min(1) @Max(5) int strategicSignificance,
        @NotNull LocalDate assessedOn,
        @NotBlank @Size(max = 100) String assessedBy) {

    /** The sum of the five factors, 5 to 25. */
    public int total() {
        return cooperationScale + growthPotential + industryInfluence + cooperationStability + strategicSignificance;
    }

    /** One line for a decision's reasons, e.g. {@code scale 4, growth 5, influence 3, stability 4, strategic 5 = 21/25}. */
    public String summary() {
        return "scale " + cooperationScale + ", growth " + growthPotential + ", influence " + industryInfluence
                + ", stability " + cooperationStability + ", strategic " + strategicSignificance + " = " + total() + "/25";
    }
}
