package org.crmpolicy.reliability;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.ValueAssessment;

/**
 * The nasty inputs of issue 20, as jqwik arbitraries: null and blank fields, U+3000 and other odd Unicode,
 * 10,000-character names, duplicate ids from a small pool, negative and huge amounts, more than two decimals,
 * extreme scales, far-past and far-future instants (years without calendar data, {@link Instant#MIN}/{@link Instant#MAX}),
 * contacts before the customer existed or after asOf. Personal data is drawn only from the shapes
 * {@link PersonalDataGuard#SEEDED} scans for. Inputs are specs ({@link CustomerSpec}, {@link ContactSpec}) built inside
 * the property, so a domain factory's refusal is checked like the façade's.
 */
public final class Generators {

    /** Monday 2025-11-24 10:00 in Asia/Shanghai: the ordinary "now" most inputs cluster around. */
    public static final Instant NOW = Instant.parse("2025-11-24T02:00:00Z");

    private Generators() {
    }

    public static Arbitrary<Instant> instants() {
        return Arbitraries.frequencyOf(
                Tuple.of(70, Arbitraries.longs().between(-3L * 365 * 86_400, 2L * 365 * 86_400)
                        .map(NOW::plusSeconds)),
                Tuple.of(8, Arbitraries.longs().between(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2199-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond)),
                Tuple.of(6, Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH,
                        Instant.parse("1899-12-31T23:59:59Z"), Instant.parse("2200-01-01T00:00:00Z"),
                        Instant.parse("+20000-01-01T00:00:00Z"), Instant.parse("-5000-01-01T00:00:00Z"),
                        Instant.parse("2199-12-31T23:59:59Z"), Instant.parse("1900-01-01T00:00:00Z")).map(i -> i)),
                Tuple.of(4, Arbitraries.longs().between(Instant.MIN.getEpochSecond(),
                        Instant.MAX.getEpochSecond()).map(Instant::ofEpochSecond)));
    }

    public static Arbitrary<Instant> instantsOrNull() {
        return instants().injectNull(0.03);
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(75, Arbitraries.integers().between(-3_000, 800).map(d -> LocalDate.of(2025, 11, 24).plusDays(d))),
                Tuple.of(10, Arbitraries.integers().between(0, 300 * 365).map(d -> LocalDate.of(1900, 1, 1).plusDays(d))),
                Tuple.of(5, Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH, LocalDate.of(1899, 12, 31),
                        LocalDate.of(2200, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2199, 12, 31))));
    }

    public static Arbitrary<LocalDate> datesOrNull() {
        return dates().injectNull(0.03);
    }

    /** Ids from a pool of 12 (duplicates likely) and the nasty ones. */
    public static Arbitrary<String> ids(String prefix) {
        return Arbitraries.frequencyOf(
                Tuple.of(80, Arbitraries.integers().between(1, 12).map(i -> prefix + i)),
                Tuple.of(20, nastyText()));
    }

    public static Arbitrary<String> nastyText() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\u3000", "\u3000\u3000", "\t\n", " padded ", "\u200B", "\u0000", "\uD83D\uDE00",
                        "\u202Eevil", "e\u0301", "客户\u3000", "x".repeat(64), "x".repeat(65), "\uFFFF", "\uD800"),
                Arbitraries.strings().all().ofMinLength(0).ofMaxLength(80),
                Arbitraries.just("名".repeat(10_000)),
                Arbitraries.just((String) null));
    }

    public static Arbitrary<String> names() {
        return Arbitraries.frequencyOf(
                Tuple.of(70, Arbitraries.of("成都客户有限公司", "Acme Ltd", "四川航空", "客户 C-1")),
                Tuple.of(30, nastyText()));
    }

    public static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.frequencyOf(
                Tuple.of(60, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("10000000"))
                        .ofScale(2)),
                Tuple.of(30, Arbitraries.of(new BigDecimal("-1"), new BigDecimal("-0.01"),
                        new BigDecimal("12.345"), new BigDecimal("1E+100000000"), new BigDecimal("1E-100000"),
                        new BigDecimal("999999999999999.99"), new BigDecimal("1000000000000000"),
                        new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1), new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
                        new BigDecimal("0.000"), new BigDecimal("4000.00"), new BigDecimal("100000"))),
                Tuple.of(10, Arbitraries.just((BigDecimal) null)));
    }

    public static Arbitrary<ContactPerson> contactPersons() {
        Arbitrary<String> phone = Arbitraries.integers().between(0, 9_999).map(i -> String.format("1391234%04d", i));
        Arbitrary<String> email = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> s + "@pii.example");
        // before the supported range: no date the policy computes or is asked about can be one of them
        Arbitrary<LocalDate> birthday = Arbitraries.of(LocalDate.of(1851, 3, 17), LocalDate.of(1853, 11, 29),
                LocalDate.of(1856, 8, 2), LocalDate.of(1858, 12, 23), LocalDate.of(1859, 5, 14));
        return Combinators.combine(names(), phone.injectNull(0.1), email.injectNull(0.1), birthday.injectNull(0.1))
                .as((n, p, e, b) -> new ContactPerson(n, "采购部经理", p, e, b));
    }

    public static Arbitrary<CustomerSpec> customers() {
        Arbitrary<List<CustomerCategory>> categories = Arbitraries.of(CustomerCategory.class).injectNull(0.05).list()
                .ofMaxSize(3).injectNull(0.02);
        Arbitrary<CustomerSpec> head = Combinators.combine(ids("C-"), names(), categories, amounts(),
                Arbitraries.of(ContractStatus.class).injectNull(0.03), Arbitraries.of(CreditRating.class).injectNull(0.2),
                Arbitraries.oneOf(Arbitraries.of("AM-7", "AM-8"), nastyText()).injectNull(0.3),
                Arbitraries.oneOf(Arbitraries.of("四川", "北京", "广东"), nastyText()))
                .as((id, name, cats, volume, status, rating, manager, province) ->
                        new CustomerSpec(id, name, cats, volume, status, rating, manager, province, null, null, List.of(), null));
        return Combinators.combine(head, datesOrNull(), datesOrNull(), contactPersons().list().ofMaxSize(2),
                        datesOrNull().injectNull(0.5))
                .as((c, since, first, persons, assessed) -> new CustomerSpec(c.id(), c.name(), c.categories(), c.annualVolume(),
                        c.contractStatus(), c.creditRating(), c.accountManagerId(), c.province(), since, first, persons, assessed));
    }

    public static Arbitrary<ContactSpec> contacts() {
        return Combinators.combine(ids("K-"), ids("C-").injectNull(0.1), ids("P-"),
                        Arbitraries.of(ContactRole.class).injectNull(0.03), Arbitraries.of(Channel.class).injectNull(0.03),
                        Arbitraries.of(Purpose.class).injectNull(0.03), instantsOrNull(),
                        Arbitraries.longs().between(-86_400, 30L * 86_400).injectNull(0.05))
                .as(ContactSpec::new);
    }

    /** A customer as the host would hand it in; {@link #build()} runs the domain factories. */
    public record CustomerSpec(String id, String name, List<CustomerCategory> categories, BigDecimal annualVolume,
                               ContractStatus contractStatus, CreditRating creditRating, String accountManagerId,
                               String province, LocalDate since, LocalDate firstContractDate,
                               List<ContactPerson> contactPersons, LocalDate assessedOn) {

        public Customer build() {
            var b = Customer.builder(CustomerId.of(id), name);
            if (categories != null) {
                b.categories(categories.toArray(new CustomerCategory[0]));
            }
            b.annualVolume(annualVolume).contractStatus(contractStatus).creditRating(creditRating)
                    .accountManagerId(accountManagerId).province(province).since(since).firstContractDate(firstContractDate);
            if (assessedOn != null) {
                b.valueAssessment(new ValueAssessment(4, 4, 3, 4, 5, assessedOn, "SALES_DEPARTMENT"));
            }
            contactPersons.forEach(b::contactPerson);
            return b.build();
        }

        /** Never prints personal data: the contact persons are counted. */
        @Override
        public String toString() {
            return "CustomerSpec[id=" + Outcome.shown(id) + ", name=" + Outcome.shown(name) + ", categories=" + categories
                    + ", annualVolume=" + (annualVolume == null ? null : annualVolume.toString().length() > 40
                    ? "scale " + annualVolume.scale() : annualVolume) + ", contractStatus=" + contractStatus
                    + ", creditRating=" + creditRating + ", accountManagerId=" + Outcome.shown(accountManagerId)
                    + ", province=" + Outcome.shown(province) + ", since=" + since + ", firstContractDate="
                    + firstContractDate + ", assessedOn=" + assessedOn + ", contactPersons=" + contactPersons.size() + "]";
        }
    }

    /** A contact record; {@code recordedAfterSeconds} null = recorded at {@code at}. */
    public record ContactSpec(String id, String customerId, String personId, ContactRole role, Channel channel,
                              Purpose purpose, Instant at, Long recordedAfterSeconds) {

        public Contact build() {
            Instant recorded = at == null || recordedAfterSeconds == null ? at
                    : Instant.ofEpochSecond(Math.max(Instant.MIN.getEpochSecond(), Math.min(Instant.MAX.getEpochSecond(),
                    at.getEpochSecond() + recordedAfterSeconds)));
            return new Contact(id, customerId == null ? null : CustomerId.of(customerId), personId, role, channel, purpose,
                    at, recorded, customerId == null);
        }

        @Override
        public String toString() {
            return "ContactSpec[id=" + Outcome.shown(id) + ", customerId=" + Outcome.shown(customerId) + ", personId="
                    + Outcome.shown(personId) + ", role=" + role + ", channel=" + channel + ", purpose=" + purpose
                    + ", at=" + at + ", recordedAfterSeconds=" + recordedAfterSeconds + "]";
        }
    }

    /** Customers built leniently: specs whose factories refuse are dropped (for entries that take many). */
    public static List<Customer> buildable(List<CustomerSpec> specs) {
        List<Customer> out = new ArrayList<>();
        for (CustomerSpec s : specs) {
            try {
                out.add(s.build());
            } catch (IllegalArgumentException | NullPointerException e) {
                // refused by a domain factory: checked by its own property
            }
        }
        return out;
    }

    public static List<Contact> buildableContacts(List<ContactSpec> specs) {
        List<Contact> out = new ArrayList<>();
        for (ContactSpec s : specs) {
            try {
                out.add(s.build());
            } catch (IllegalArgumentException | NullPointerException e) {
                // refused by the factory
            }
        }
        return out;
    }

    public static Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 400L * 3600).map(Duration::ofSeconds),
                Arbitraries.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(365L * 400), Duration.ofSeconds(Long.MAX_VALUE),
                        Duration.ofDays(36_600)));
    }

    public static Arbitrary<Integer> dayCounts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-40, 400),
                Arbitraries.of(0, 1, -1, 100_000, 55_000, 55_001, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1));
    }

    @SuppressWarnings("unchecked") // an Object[] holding only Ts
    static <T> List<T> withNullAt(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.min(index, copy.size()), null);
        return Arrays.asList(copy.toArray((T[]) new Object[0]));
    }
}
