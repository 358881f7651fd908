package org.crmpolicy.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The multi-factor value assessment of T6 (001 §2.2): five factors, each scored 1 (low) to 5 (high), with the date
 * and the unit that assessed (T10; 003 §12(二)). The policy weighs the factors into one value score
 * ({@link #score(BigDecimal, BigDecimal, BigDecimal, BigDecimal, BigDecimal)}, weights are policy parameters) that is
 * a tier criterion. Tiering is dynamic: an assessment older than the re-assessment interval (a policy parameter) is
 * reported as due again.
 *
 * <pre>{@code
 * new ValueAssessment(4, 4, 3, 4, 5, LocalDate.of(2025, 9, 1), Assessor.of(AssessingUnit.SALES_DEPARTMENT, "U-31"));
 * }</pre>
 *
 * @param assessedOn the day the unit assessed the customer; a tier decision based on it records the start of that day
 * @param assessedBy the assessing unit and the person or system acting for it
 */
public record ValueAssessment(
        @Min(1) @Max(5) int cooperationScale,
        @Min(1) @Max(5) int growthPotential,
        @Min(1) @Max(5) int industryInfluence,
        @Min(1) @Max(5) int cooperationStability,
        @Min(1) @Max(5) int strategicSignificance,
        @NotNull LocalDate assessedOn,
        @NotNull @Valid Assessor assessedBy) {

    /**
     * An assessment whose assessor is given as text, as hosts kept it before the assessor was typed:
     * {@code SALES_DEPARTMENT} or {@code SALES_DEPARTMENT/U-31} (see {@link Assessor#parse(CharSequence)}).
     * A null text leaves the assessor null, which the policy façade reports as a bad field.
     *
     * @throws IllegalArgumentException naming {@code assessedBy} and the text when it names no assessing unit
     */
    public ValueAssessment(int cooperationScale, int growthPotential, int industryInfluence, int cooperationStability,
                           int strategicSignificance, LocalDate assessedOn, String assessedBy) {
        this(cooperationScale, growthPotential, industryInfluence, cooperationStability, strategicSignificance,
                assessedOn, assessor(assessedBy));
    }

    private static Assessor assessor(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Assessor.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("valueAssessment.assessedBy: " + e.getMessage(), e);
        }
    }

    /** The sum of the five factors, 5 to 25. */
    public int total() {
        return cooperationScale + growthPotential + industryInfluence + cooperationStability + strategicSignificance;
    }

    /**
     * The weighted value score: each factor times its weight, summed, exactly (no rounding). With weights that sum
     * to 1 the score lies from 1 to 5; equal weights of 0.2 give {@code total() / 5}. The weights are the policy's
     * ({@code T6.weight-*} parameters); this method only does the arithmetic.
     *
     * @throws NullPointerException when a weight is null
     */
    public BigDecimal score(BigDecimal cooperationScaleWeight, BigDecimal growthPotentialWeight,
                            BigDecimal industryInfluenceWeight, BigDecimal cooperationStabilityWeight,
                            BigDecimal strategicSignificanceWeight) {
        return weighted(cooperationScale, cooperationScaleWeight, "cooperationScaleWeight")
                .add(weighted(growthPotential, growthPotentialWeight, "growthPotentialWeight"))
                .add(weighted(industryInfluence, industryInfluenceWeight, "industryInfluenceWeight"))
                .add(weighted(cooperationStability, cooperationStabilityWeight, "cooperationStabilityWeight"))
                .add(weighted(strategicSignificance, strategicSignificanceWeight, "strategicSignificanceWeight"));
    }

    private static BigDecimal weighted(int factor, BigDecimal weight, String name) {
        return Objects.requireNonNull(weight, name).multiply(BigDecimal.valueOf(factor));
    }

    /** One line for a decision's reasons, e.g. {@code scale 4, growth 5, influence 3, stability 4, strategic 5 = 21/25}. */
    public String summary() {
        return "scale " + cooperationScale + ", growth " + growthPotential + ", influence " + industryInfluence
                + ", stability " + cooperationStability + ", strategic " + strategicSignificance + " = " + total() + "/25";
    }
}
