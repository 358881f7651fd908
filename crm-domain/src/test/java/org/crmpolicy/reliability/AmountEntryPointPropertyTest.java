package org.crmpolicy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmpolicy.approval.ComplaintCase;
import org.crmpolicy.approval.ComplaintHandlingAssignment;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.EscalationPolicy;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.money.Money;

/**
 * Issue 19, "bad input is refused, not reinterpreted": every public entry point of crm-domain that takes an amount
 * refuses a {@code null} (where the amount is required), a negative amount, an absurd scale (a million decimal places
 * or a million trailing zeros), more than two decimal places and 18 or more integer digits with an
 * {@link IllegalArgumentException} (never a {@link NullPointerException}) whose message names the parameter; a
 * valid amount is accepted. The crm-rules rows ({@code TierThreshold}, {@code ApprovalThreshold}) have the same
 * property in crm-rules' {@code ThresholdRowAmountPropertyTest}.
 */
class AmountEntryPointPropertyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    private static final Customer CUSTOMER = Customer.builder(CustomerId.of("C-1"), "x").since(LocalDate.of(2020, 1, 1))
            .contractStatus(ContractStatus.ACTIVE).province("四川").build();
    private static final Actor MARKETING = Actor.of("E-2002", OrgUnit.MARKETING_DEPARTMENT);
    private static final Complaint COMPLAINT = Complaint.receive(ComplaintId.of("TS-1"),
            new Intake(CustomerId.of("C-1"), FeedbackClassification.of(FeedbackType.COMPLAINT, SeverityGrade.SERIOUS),
                    "colour deviation", true), MARKETING, Instant.parse("2025-11-24T01:00:00Z"), "hotline");

    /** An entry point that takes an amount as a number or text; {@code name} is what its refusal must say. */
    record NumberEntry(String label, String name, Consumer<BigDecimal> call) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** An entry point that takes a {@link Money}; {@code required} when {@code null} is refused. */
    record MoneyEntry(String label, String name, boolean required, Consumer<Money> call) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<NumberEntry> NUMBER_ENTRIES = List.of(
            new NumberEntry("Money.cny(BigDecimal)", "amount", Money::cny),
            new NumberEntry("Money.cny(String)", "amount", a -> Money.cny(text(a))),
            new NumberEntry("Money.of", "amount", a -> Money.of(text(a), "CNY")),
            new NumberEntry("new Money", "amount", a -> new Money(a, "CNY")),
            new NumberEntry("Money.cny(field)", "contract HT-9 amount", a -> Money.cny(a, "contract HT-9 amount", "Host")),
            new NumberEntry("EarlierContract.of", "earlier contract HT-0 amountCny",
                    a -> EarlierContract.of("HT-0", text(a), DAY)),
            new NumberEntry("EscalationPolicy", "largeClaimBound", EscalationPolicy::ofLargeClaimBound));

    private static final List<MoneyEntry> MONEY_ENTRIES = List.of(
            new MoneyEntry("ContractSigning.first", "contract HT-1 amount", true,
                    m -> ContractSigning.first("HT-1", CUSTOMER, m, DAY)),
            new MoneyEntry("ContractSigning.of", "contract HT-1 amount", true,
                    m -> ContractSigning.of("HT-1", CUSTOMER, m, DAY, List.of())),
            new MoneyEntry("EarlierContract", "earlier contract HT-0 amount", true,
                    m -> new EarlierContract("HT-0", m, DAY)),
            new MoneyEntry("Complaint.recordClaim", "claim", true,
                    m -> COMPLAINT.recordClaim(m, MARKETING, Instant.parse("2025-11-24T02:00:00Z"), "claim")),
            new MoneyEntry("ComplaintHandlingAssignment", "complaint TS-1 claimAmount", false,
                    m -> new ComplaintHandlingAssignment("TS-1", "BU-PRINT", DAY.plusDays(7), m, false, DAY)),
            new MoneyEntry("ComplaintCase", "complaint TS-1 claim", false,
                    m -> new ComplaintCase("TS-1", null, null, m, false, false, false, false, false, false)),
            new MoneyEntry("CustomerAmounts acquisitionCost", "acquisitionCost", false,
                    m -> CustomerAmounts.of(CustomerId.of("C-1"), m, null)),
            new MoneyEntry("CustomerAmounts revenueToDate", "revenueToDate", false,
                    m -> CustomerAmounts.of(CustomerId.of("C-1"), null, m)));

    @Property(seed = "19001")
    void aBadAmountIsRefusedNamingTheParameter(@ForAll("numberEntries") NumberEntry entry,
                                               @ForAll("badAmounts") BigDecimal amount) {
        Throwable t = catchThrowable(() -> entry.call().accept(amount));

        assertThat(t).as("%s(%s)", entry, amount == null ? null : amount.toString().substring(0,
                Math.min(20, amount.toString().length()))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(t.getMessage()).startsWith(entry.name() + " ");
        assertThat(t.getMessage().length()).isLessThan(400);
    }

    @Property(seed = "19002")
    void aValidAmountIsAccepted(@ForAll("numberEntries") NumberEntry entry, @ForAll("goodAmounts") BigDecimal amount) {
        entry.call().accept(amount);
    }

    @Property(seed = "19003")
    void aMissingOrForeignMoneyIsRefusedNamingTheParameter(@ForAll("moneyEntries") MoneyEntry entry,
                                                           @ForAll("goodAmounts") BigDecimal amount) {
        if (entry.required()) {
            assertThatThrownBy(() -> entry.call().accept(null)).as(entry.label())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(entry.name() + " must not be null (");
        } else {
            entry.call().accept(null);
        }
        assertThatThrownBy(() -> entry.call().accept(Money.of(amount.toPlainString(), "USD"))).as(entry.label())
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining(entry.name() + " = ")
                .hasMessageContaining("USD");
        entry.call().accept(Money.cny(amount));
    }

    @Provide Arbitrary<NumberEntry> numberEntries() {
        return Arbitraries.of(NUMBER_ENTRIES);
    }

    @Provide Arbitrary<MoneyEntry> moneyEntries() {
        return Arbitraries.of(MONEY_ENTRIES);
    }

    @Provide Arbitrary<BigDecimal> badAmounts() {
        return Arbitraries.oneOf(
                Arbitraries.just((BigDecimal) null),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E+12"), new BigDecimal("-0.01")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1E+6")).ofScale(3)
                        .filter(a -> a.stripTrailingZeros().scale() > 2),
                Arbitraries.integers().between(0, 1_000).map(n -> new BigDecimal("1E+18").add(BigDecimal.valueOf(n))),
                Arbitraries.of(new BigDecimal(BigInteger.ONE, 1_000_000), new BigDecimal(BigInteger.ONE, -1_000_000),
                        new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE), new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
                        new BigDecimal(BigInteger.TEN.pow(5), 1_000_005)));
    }

    @Provide Arbitrary<BigDecimal> goodAmounts() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1E+12")).ofScale(2),
                Arbitraries.of(new BigDecimal("0.01"), new BigDecimal("50000"), new BigDecimal("999999999999999999.99")));
    }

    /** The amount as a host's text; exponent form when plain would be absurdly long. */
    private static String text(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        return Math.abs((long) amount.scale()) > 100 ? amount.toString() : amount.toPlainString();
    }
}
