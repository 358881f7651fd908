package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmpolicy.rules.approvals.ApprovalThreshold;
import org.crmpolicy.rules.tiers.TierThreshold;

/**
 * Issue 19 for the amount rows of crm-rules (a host's DRL row or decision-table row builds them): a {@code null},
 * zero, negative, over-precise, over-long or absurdly scaled amount is refused with an
 * {@link IllegalArgumentException} naming the row's {@code amountCny} and its rule, never a
 * {@link NullPointerException}; a positive CNY amount is accepted. The domain's entry points have the same property in
 * crm-domain's {@code AmountEntryPointPropertyTest}.
 */
class ThresholdRowAmountPropertyTest {

    /** A row factory: {@code name} is how its refusal must begin. */
    record Row(String name, BiFunction<String, BigDecimal, Object> ofDecimal, BiFunction<String, String, Object> ofText) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Property(seed = "19101")
    void aBadRowAmountIsRefusedNamingTheCell(@ForAll("rows") Row row, @ForAll("badAmounts") BigDecimal amount,
                                            @ForAll boolean asText) {
        Throwable t = catchThrowable(() -> {
            if (asText) {
                row.ofText().apply("X1", amount == null ? null : amount.toString());
            } else {
                row.ofDecimal().apply("X1", amount);
            }
        });

        assertThat(t).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(t.getMessage()).startsWith(row.name() + ".amountCny of X1 ").hasSizeLessThan(400);
    }

    @Property(seed = "19102")
    void aPositiveCnyAmountIsARow(@ForAll("rows") Row row, @ForAll("goodAmounts") BigDecimal amount) {
        assertThat(row.ofDecimal().apply("X1", amount)).isEqualTo(row.ofText().apply("X1", amount.toPlainString()));
    }

    @Provide Arbitrary<Row> rows() {
        return Arbitraries.of(new Row("tierThreshold", TierThreshold::new, TierThreshold::cny),
                new Row("approvalThreshold", ApprovalThreshold::new, ApprovalThreshold::cny));
    }

    @Provide Arbitrary<BigDecimal> badAmounts() {
        return Arbitraries.oneOf(
                Arbitraries.just((BigDecimal) null),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00")),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E+12"), new BigDecimal("-0.01")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1E+6")).ofScale(3)
                        .filter(a -> a.stripTrailingZeros().scale() > 2),
                Arbitraries.integers().between(0, 1_000).map(n -> new BigDecimal("1E+18").add(BigDecimal.valueOf(n))),
                Arbitraries.of(new BigDecimal(BigInteger.ONE, 1_000_000), new BigDecimal(BigInteger.ONE, -1_000_000),
                        new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1)));
    }

    @Provide Arbitrary<BigDecimal> goodAmounts() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1E+12")).ofScale(2),
                Arbitraries.of(new BigDecimal("4000"), new BigDecimal("999999999999999999.99")));
    }
}
