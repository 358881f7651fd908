package org.crmpolicy.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * Issue 20 in crm-domain: the domain factories and the work calendar, fed nasty input, return a value or refuse with
 * an {@link IllegalArgumentException} or a {@link NullPointerException} that has a message; never a raw JDK
 * exception, never a hang. CI size in {@code junit-platform.properties}; nightly {@code -Djqwik.tries.default=10000}.
 */
class DomainFactoryPropertyTest {

    private static final WorkCalendar CALENDAR = WorkCalendar.chinaMainland();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "reliability-timebox");
        t.setDaemon(true);
        return t;
    });

    @AfterContainer
    static void noPersonalDataSeen() {
        PersonalDataGuard.assertClean();
    }

    @Property(seed = "20201")
    void moneyFromTextIsAnAmountOrRefused(@ForAll("amountTexts") String text) {
        check("Money.cny", () -> Money.cny(text));
    }

    @Property(seed = "20202")
    void moneyFromADecimalIsAnAmountOrRefused(@ForAll("amounts") BigDecimal amount) {
        check("Money.cny(BigDecimal)", () -> Money.cny(amount));
    }

    @Property(seed = "20203")
    void aCustomerIsBuiltOrRefused(@ForAll("texts") String id, @ForAll("texts") String name,
                                   @ForAll("categories") CustomerCategory category, @ForAll("amounts") BigDecimal volume,
                                   @ForAll("dates") LocalDate since, @ForAll("texts") String personName) {
        check("Customer.build", () -> Customer.builder(CustomerId.of(id), name).categories(category)
                .annualVolume(volume).since(since).province("四川").contractStatus(ContractStatus.ACTIVE)
                .contactPerson(new ContactPerson(personName, null, "13912340001", "a@pii.example", LocalDate.of(1851, 3, 17)))
                .build());
    }

    @Property(seed = "20204")
    void calendarArithmeticAnswersOrRefuses(@ForAll("instants") Instant start, @ForAll("counts") int n,
                                            @ForAll("durations") Duration amount, @ForAll TimeBasis basis,
                                            @ForAll("instants") Instant other, @ForAll("dates") LocalDate day) {
        check("plusWorkingDays(Instant)", () -> CALENDAR.plusWorkingDays(start, n));
        check("plusCalendarDays", () -> CALENDAR.plusCalendarDays(start, n));
        check("plus", () -> CALENDAR.plus(start, amount, basis));
        check("between", () -> CALENDAR.between(start, other, basis));
        check("plusWorkingDays(LocalDate)", () -> CALENDAR.plusWorkingDays(day, n));
        check("isWorkingDay", () -> CALENDAR.isWorkingDay(day));
        check("nextWorkingDay", () -> CALENDAR.nextWorkingDay(day));
        check("endOfDay", () -> CALENDAR.endOfDay(day));
        check("dateOf", () -> CALENDAR.dateOf(start));
    }

    @Provide Arbitrary<String> amountTexts() {
        return Arbitraries.oneOf(Arbitraries.of("0", "4000.00", "-1", "12.345", "1E+100000000", "1E-100000000", "abc", " ",
                        "", "1e2147483647", "999999999999999999.99", "NaN", "\u3000", "1_000"),
                Arbitraries.strings().withChars("0123456789.-+eE").ofMaxLength(14), Arbitraries.just((String) null));
    }

    @Provide Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("1E+12")).ofScale(3),
                Arbitraries.of(new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1), new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                        new BigDecimal("1E+100000000"), BigDecimal.ZERO), Arbitraries.just((BigDecimal) null));
    }

    @Provide Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.of("C-1", "", " ", "\u3000", "x".repeat(65), "名".repeat(10_000), "\u0000",
                "\uD83D\uDE00"), Arbitraries.strings().all().ofMaxLength(30), Arbitraries.just((String) null));
    }

    @Provide Arbitrary<CustomerCategory> categories() {
        return Arbitraries.of(CustomerCategory.class).injectNull(0.2);
    }

    @Provide Arbitrary<LocalDate> dates() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-40_000, 80_000).map(d -> LocalDate.of(2025, 1, 1).plusDays(d)),
                Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1)),
                Arbitraries.just((LocalDate) null));
    }

    @Provide Arbitrary<Instant> instants() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L).map(Instant::ofEpochSecond),
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.parse("2199-12-31T23:59:59Z"), Instant.parse("1900-01-01T00:00:00Z")),
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond()).map(Instant::ofEpochSecond),
                Arbitraries.just((Instant) null));
    }

    @Provide Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-50, 500),
                Arbitraries.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 100_000, 55_000, -55_000));
    }

    @Provide Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000).map(Duration::ofMinutes),
                Arbitraries.of(Duration.ofSeconds(Long.MAX_VALUE), Duration.ofDays(400L * 365), Duration.ofSeconds(-1)));
    }

    /** The property: a value, or a documented refusal with a message; within 20 s. */
    private static void check(String entry, Callable<?> call) {
        Future<?> f = RUNNER.submit(call);
        try {
            Object value = f.get(20, TimeUnit.SECONDS);
            PersonalDataGuard.observe("result of " + entry, String.valueOf(value));
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError(entry + ": a hang");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            PersonalDataGuard.observe(t);
            boolean documented = (t instanceof IllegalArgumentException && !(t instanceof NumberFormatException))
                    || t instanceof NullPointerException;
            assertThat(documented).as("%s threw %s", entry, t).isTrue();
            assertThat(t).as("%s threw %s", entry, t).isNotInstanceOf(DateTimeException.class);
            assertThat(t.getMessage()).as("%s threw %s without a message", entry, t).isNotBlank();
        }
    }
}
