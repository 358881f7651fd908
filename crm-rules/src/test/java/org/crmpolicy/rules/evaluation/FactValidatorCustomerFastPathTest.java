package org.crmpolicy.rules.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.crmpolicy.customer.AssessingUnit;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditApproval;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ProspectSignal;
import org.crmpolicy.customer.ValueAssessment;

/**
 * The hand-written customer check of {@link FactValidator#require} (issue 18) decides as the validator does: on every
 * generated customer, valid or not on any constraint of {@code Customer} and its nested records, the outcome (accepted,
 * or refused with the same fields, values and problems) equals the validator's alone, and whatever the fast path
 * accepts the validator accepts.
 */
class FactValidatorCustomerFastPathTest {

    @Property(tries = 3000)
    void theFastPathDecidesEveryCustomerAsTheValidatorDoes(@ForAll("customers") Customer customer) {
        // when
        String withFastPath = outcome(() -> FactValidator.require(customer, "customer X"));
        String validatorOnly = outcome(() -> FactValidator.validated(customer, "customer X"));
        // then
        assertThat(withFastPath).isEqualTo(validatorOnly);
        if (FactValidator.isPlainlyValid(customer)) {
            assertThat(validatorOnly).isEqualTo("accepted");
        }
    }

    @Property(tries = 300)
    void aPlainCustomerIsAcceptedWithoutTheValidator(@ForAll("plainCustomers") Customer customer) {
        assertThat(FactValidator.isPlainlyValid(customer)).isTrue();
        assertThat(outcome(() -> FactValidator.validated(customer, "customer X"))).isEqualTo("accepted");
    }

    @Example
    void aRefusedCustomerNamesTheFieldAndValueAndMasksPersonalData() {
        // given: a blank province, a volume of three decimals, and a contact person with a bad phone
        Customer bad = plain().toBuilder().province(" ").annualVolume(new BigDecimal("12.345"))
                .contactPerson(new ContactPerson("王伟", "采购部经理", "13x", "wang@example.cn", null))
                .build();
        // then
        assertThatThrownBy(() -> FactValidator.require(bad, "customer C-1"))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageContaining("customer C-1 is invalid")
                .hasMessageContaining("province")
                .hasMessageContaining("annualVolume")
                .hasMessageContaining("12.345")
                .hasMessageContaining("contactPersons[0].phone")
                .hasMessageNotContaining("13x")
                .hasMessageNotContaining("王伟");
    }

    @Example
    void anAddressOutsideThePlainFormIsLeftToTheValidator() {
        // given: an address the validator accepts but the fast path does not vouch for
        Customer quoted = plain().toBuilder()
                .contactPerson(new ContactPerson("王伟", null, null, "wang+crm@例子.cn", null)).build();
        // then
        assertThat(FactValidator.isPlainlyValid(quoted)).isFalse();
        assertThat(outcome(() -> FactValidator.require(quoted, "customer X")))
                .isEqualTo(outcome(() -> FactValidator.validated(quoted, "customer X")));
    }

    private static String outcome(Supplier<Object> check) {
        try {
            check.get();
            return "accepted";
        } catch (InvalidFactException e) {
            return e.getMessage() + " " + e.violations();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Customer plain() {
        return Customer.builder(CustomerId.of("C-1"), "成都航空部件有限公司").categories(CustomerCategory.AVIATION_OEM)
                .contractStatus(ContractStatus.ACTIVE).province("四川").since(LocalDate.of(2020, 3, 1)).build();
    }

    @Provide
    Arbitrary<Customer> plainCustomers() {
        return customers(0);
    }

    @Provide
    Arbitrary<Customer> customers() {
        return customers(15);
    }

    /** Customers whose every component is valid, but with probability {@code doubtful}% a boundary or bad value. */
    private static Arbitrary<Customer> customers(int doubtful) {
        Arbitrary<CustomerId> ids = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .map(CustomerId::of);
        Arbitrary<Set<CustomerCategory>> categories = Arbitraries.subsetOf(EnumSet.allOf(CustomerCategory.class));
        return Builders.withBuilder(() -> new Object[16])
                .use(maybe(doubtful, ids, Arbitraries.just(null))).in((a, v) -> set(a, 0, v))
                .use(text(doubtful, 200, false)).in((a, v) -> set(a, 1, v))
                .use(maybe(doubtful, categories, Arbitraries.just(null))).in((a, v) -> set(a, 2, v))
                .use(maybe(doubtful, amounts(), doubtfulAmounts())).in((a, v) -> set(a, 3, v))
                .use(maybe(doubtful, Arbitraries.of(ContractStatus.class), Arbitraries.just(null)))
                .in((a, v) -> set(a, 4, v))
                .use(maybe(doubtful, Arbitraries.of(ProspectSignal.class), Arbitraries.just(null)))
                .in((a, v) -> set(a, 5, v))
                .use(jointDevelopments(doubtful)).in((a, v) -> set(a, 6, v))
                .use(valueAssessments(doubtful)).in((a, v) -> set(a, 7, v))
                .use(Arbitraries.of(CreditRating.class).injectNull(0.3)).in((a, v) -> set(a, 8, v))
                .use(creditApprovals(doubtful)).in((a, v) -> set(a, 9, v))
                .use(maybe(doubtful, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(64).injectNull(0.3),
                        Arbitraries.of("", "a".repeat(65), " "))).in((a, v) -> set(a, 10, v))
                .use(text(doubtful, 50, false)).in((a, v) -> set(a, 11, v))
                .use(maybe(doubtful, dates(), Arbitraries.just(null))).in((a, v) -> set(a, 12, v))
                .use(dates().injectNull(0.5)).in((a, v) -> set(a, 13, v))
                .use(maybe(doubtful, contactPersons(doubtful).list().ofMaxSize(3), Arbitraries.just(null)))
                .in((a, v) -> set(a, 14, v))
                .use(Arbitraries.of(new BusinessUnit("BU-1", "航空"), null)).in((a, v) -> set(a, 15, v))
                .build(FactValidatorCustomerFastPathTest::customer);
    }

    private static Object[] set(Object[] a, int i, Object v) {
        a[i] = v;
        return a;
    }

    @SuppressWarnings("unchecked")
    private static Customer customer(Object[] a) {
        return new Customer((CustomerId) a[0], (String) a[1], (Set<CustomerCategory>) a[2], (BigDecimal) a[3],
                (ContractStatus) a[4], (ProspectSignal) a[5], (JointDevelopment) a[6], (ValueAssessment) a[7],
                (CreditRating) a[8], (CreditApproval) a[9], (String) a[10], (String) a[11], (LocalDate) a[12],
                (LocalDate) a[13], (List<ContactPerson>) a[14], (BusinessUnit) a[15]);
    }

    private static <T> Arbitrary<T> maybe(int doubtful, Arbitrary<T> valid, Arbitrary<T> bad) {
        if (doubtful == 0) {
            return valid;
        }
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(100 - doubtful, valid),
                net.jqwik.api.Tuple.of(doubtful, bad));
    }

    /** {@code @NotBlank @Size(max)} text (or, when {@code nullable}, {@code @Size(max)} only), with its boundaries. */
    private static Arbitrary<String> text(int doubtful, int max, boolean nullable) {
        Arbitrary<String> valid = Arbitraries.oneOf(Arbitraries.strings().withChars("客户有限公司 abc-1").ofMinLength(1)
                .ofMaxLength(Math.min(max, 20)).filter(s -> !s.isBlank()), Arbitraries.just("字".repeat(max)));
        Arbitrary<String> bad = Arbitraries.of("", " ", "\u3000", "\t\n", " a ", "\u3000客户", "字".repeat(max + 1));
        return maybe(doubtful, nullable ? valid.injectNull(0.3) : valid, nullable ? bad : bad.injectNull(0.2));
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 9000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    private static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999999999.99")).ofScale(2)
                .map(v -> v.setScale(v.hashCode() % 3 == 0 ? 0 : 2, java.math.RoundingMode.DOWN));
    }

    private static Arbitrary<BigDecimal> doubtfulAmounts() {
        return Arbitraries.of(null, new BigDecimal("-0.01"), new BigDecimal("0.001"), new BigDecimal("1E+3"),
                new BigDecimal("1E+15"), new BigDecimal("999999999999999.99"), new BigDecimal("1000000000000000"),
                new BigDecimal("0.000"), new BigDecimal("12.3"), new BigDecimal(BigInteger.ONE, 2_000),
                new BigDecimal(BigInteger.ONE, -2_000), new BigDecimal("-0"));
    }

    private static Arbitrary<JointDevelopment> jointDevelopments(int doubtful) {
        return Builders.withBuilder(() -> new Object[2])
                .use(text(doubtful, 500, false)).in((a, v) -> set(a, 0, v))
                .use(maybe(doubtful, dates(), Arbitraries.just(null))).in((a, v) -> set(a, 1, v))
                .build(a -> new JointDevelopment((String) a[0], (LocalDate) a[1])).injectNull(0.3);
    }

    private static Arbitrary<CreditApproval> creditApprovals(int doubtful) {
        return Builders.withBuilder(() -> new Object[3])
                .use(text(doubtful, 100, false)).in((a, v) -> set(a, 0, v))
                .use(maybe(doubtful, dates(), Arbitraries.just(null))).in((a, v) -> set(a, 1, v))
                .use(text(doubtful, 500, false)).in((a, v) -> set(a, 2, v))
                .build(a -> new CreditApproval((String) a[0], (LocalDate) a[1], (String) a[2])).injectNull(0.3);
    }

    private static Arbitrary<ValueAssessment> valueAssessments(int doubtful) {
        Arbitrary<Integer> grades = maybe(doubtful, Arbitraries.integers().between(1, 5),
                Arbitraries.of(-1, 0, 6, Integer.MAX_VALUE, Integer.MIN_VALUE));
        Arbitrary<Assessor> assessors = maybe(doubtful, Arbitraries.of(AssessingUnit.class).flatMap(u ->
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(100).map(id -> new Assessor(u, id))),
                Arbitraries.of(null, new Assessor(AssessingUnit.SALES_DEPARTMENT, "a".repeat(101))));
        return Builders.withBuilder(() -> new Object[7])
                .use(grades).in((a, v) -> set(a, 0, v))
                .use(grades).in((a, v) -> set(a, 1, v))
                .use(grades).in((a, v) -> set(a, 2, v))
                .use(grades).in((a, v) -> set(a, 3, v))
                .use(grades).in((a, v) -> set(a, 4, v))
                .use(maybe(doubtful, dates(), Arbitraries.just(null))).in((a, v) -> set(a, 5, v))
                .use(assessors).in((a, v) -> set(a, 6, v))
                .build(a -> new ValueAssessment((Integer) a[0], (Integer) a[1], (Integer) a[2], (Integer) a[3],
                        (Integer) a[4], (LocalDate) a[5], (Assessor) a[6])).injectNull(0.3);
    }

    private static Arbitrary<ContactPerson> contactPersons(int doubtful) {
        Arbitrary<String> phones = maybe(doubtful, Arbitraries.strings().withChars("0123456789+()- ").ofMinLength(3)
                .ofMaxLength(30).injectNull(0.3), Arbitraries.strings().withChars("0123456789+()- x.").ofMaxLength(32));
        Arbitrary<String> emails = maybe(doubtful, Arbitraries.of("buyer1@example.cn", "a.b_c-d@mail.example.com",
                "x@y", "a".repeat(64) + "@" + "b".repeat(63) + ".cn").injectNull(0.3),
                Arbitraries.oneOf(Arbitraries.of(".a@b.cn", "a.@b.cn", "a..b@b.cn", "@b.cn", "a@", "a@b@c", "a@-b.cn",
                        "a@b-.cn", "a@b..cn", "a@.cn", "a+b@c.cn", "\"a b\"@c.cn", "ÄÖ@b.cn", "a@例子.cn", "a@[1.2.3.4]",
                        "a".repeat(65) + "@b.cn", "a@" + "b".repeat(64) + ".cn", "a@" + "b.".repeat(127) + "cn", "a b@c.cn"),
                        Arbitraries.strings().withChars("ab.@-_+1").ofMaxLength(12)));
        return Builders.withBuilder(() -> new Object[5])
                .use(text(doubtful, 100, false)).in((a, v) -> set(a, 0, v))
                .use(maybe(doubtful, Arbitraries.strings().alpha().ofMaxLength(100).injectNull(0.3),
                        Arbitraries.just("字".repeat(101)))).in((a, v) -> set(a, 1, v))
                .use(phones).in((a, v) -> set(a, 2, v))
                .use(emails).in((a, v) -> set(a, 3, v))
                .use(dates().injectNull(0.5)).in((a, v) -> set(a, 4, v))
                .build(a -> new ContactPerson((String) a[0], (String) a[1], (String) a[2], (String) a[3],
                        (LocalDate) a[4]));
    }
}
