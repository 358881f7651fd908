package org.crmpolicy.examples.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.crmpolicy.calendar.Festival;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * A deterministic large portfolio with contact histories, streamed: the customers of a {@link SamplePortfolio}
 * (same seed, same mix: 3 % strategic partners, 20 % key, two thirds general, 10 % prospects, with data gaps), each
 * with a contact log over the two years before the evaluation day — about 20 contacts per customer on average: a
 * random mix of roles, channels and purposes (on average 46 for strategic partners, 26 for key, 6 for general, 3 for
 * prospects), denser in recent weeks, so that every C/R rule meets, misses and nearly misses, plus the care
 * greetings a sales team sends to customers under contract (C7: before each festival of the care list, on contact
 * persons' birthdays and cooperation anniversaries; about one in ten missed and a few sent late); 2 % of the random
 * contacts are recorded a few days late. Customer {@code i} and its log depend only on the seed and {@code i}: nothing is held in memory, a run
 * can be split or resumed, and the same seed gives the same portfolio on every machine.
 */
public final class PortfolioStream implements Iterable<CustomerContacts> {

    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.SMS,
        Channel.VISIT, Channel.IM, Channel.VIDEO, Channel.MEETING};
    private static final Purpose[] PURPOSES = {Purpose.ROUTINE, Purpose.ROUTINE, Purpose.REVISIT, Purpose.REVISIT,
        Purpose.CARE, Purpose.COMPLAINT_FOLLOW_UP, Purpose.EXCHANGE, Purpose.TECHNICAL_EXCHANGE,
        Purpose.FACTORY_VISIT_INVITATION};
    private static final Channel[] GREETING_CHANNELS = {Channel.SMS, Channel.SMS, Channel.IM, Channel.PHONE};
    /** The festivals of the shipped {@code C7.holidays}. */
    private static final Festival[] CARE_FESTIVALS = {Festival.NEW_YEARS_DAY, Festival.SPRING_FESTIVAL,
        Festival.MID_AUTUMN, Festival.NATIONAL_DAY};
    private static final WorkCalendar CALENDAR = WorkCalendar.chinaMainland();
    private static final ContactRole[] ROLES = {ContactRole.BU_HEAD, ContactRole.BU_HEAD, ContactRole.SALES_STAFF,
        ContactRole.SALES_STAFF, ContactRole.SALES_STAFF, ContactRole.VP, ContactRole.GM, ContactRole.CHAIRMAN};

    private final SamplePortfolio customers;
    private final long seed;
    private final int size;
    private final LocalDate asOfDay;
    private final ZoneId zone;

    private PortfolioStream(long seed, int size, LocalDate asOfDay, ZoneId zone) {
        this.customers = SamplePortfolio.of(seed, size, asOfDay);
        this.seed = seed;
        this.size = size;
        this.asOfDay = asOfDay;
        this.zone = zone;
    }

    /**
     * @param seed    the random seed
     * @param size    number of customers (≥ 0)
     * @param asOfDay the evaluation day; every contact lies before its start
     * @param zone    the zone days are counted in
     */
    public static PortfolioStream of(long seed, int size, LocalDate asOfDay, ZoneId zone) {
        return new PortfolioStream(seed, size, asOfDay, zone);
    }

    /** Number of customers. */
    public int size() {
        return size;
    }

    /** A fresh iterator over the customers and their logs, in id order; each call starts from the first. */
    @Override
    public Iterator<CustomerContacts> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public CustomerContacts next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return get(next++);
            }
        };
    }

    /** Customer number {@code index} with its contact log. */
    public CustomerContacts get(int index) {
        Customer customer = customers.customer(index);
        return CustomerContacts.of(customer, contacts(customer, index));
    }

    private List<Contact> contacts(Customer customer, int index) {
        SplittableRandom r = new SplittableRandom(seed * 7_919L + index * 1_000_003L + 17);
        boolean prospect = customer.contractStatus() == ContractStatus.NONE;
        int mean = prospect ? 3 : customer.jointDevelopment() != null ? 46
                : customer.categories().stream().anyMatch(SamplePortfolio::isKeyCategory) ? 26 : 6;
        int n = Math.max(0, mean / 2 + r.nextInt(mean + 1));
        List<Contact> log = new ArrayList<>(n + 12);
        for (int k = 0; k < n; k++) {
            double u = r.nextDouble();
            int daysAgo = 1 + (int) (729 * u * u);
            ContactRole role = ROLES[r.nextInt(ROLES.length)];
            Channel channel = CHANNELS[r.nextInt(CHANNELS.length)];
            Purpose purpose = PURPOSES[r.nextInt(PURPOSES.length)];
            Instant at = asOfDay.minusDays(daysAgo).atTime(r.nextInt(24), r.nextInt(60)).atZone(zone).toInstant();
            Contact c = Contact.of(customer.id().value() + "-K" + k, customer.id(), "E-" + role + "-" + (1 + r.nextInt(30)),
                    role, channel, purpose, at);
            if (r.nextInt(50) == 0) {
                Instant recorded = at.plusSeconds(3_600L * (1 + r.nextInt(96)));
                LocalDate lastDay = asOfDay.minusDays(1);
                Instant latest = lastDay.atTime(23, 59).atZone(zone).toInstant();
                c = c.recordedAt(recorded.isAfter(latest) ? latest : recorded);
            }
            log.add(c);
        }
        if (!prospect) {
            careGreetings(customer, r, log);
        }
        return log;
    }

    /**
     * The greetings a sales team actually sends (C7): before each festival of the care list, on most contact persons'
     * birthdays and on most cooperation anniversaries, within the two years of the log; some are missed, some late.
     */
    private void careGreetings(Customer customer, SplittableRandom r, List<Contact> log) {
        LocalDate first = asOfDay.minusYears(2);
        List<LocalDate> days = new ArrayList<>();
        for (int year = first.getYear(); year <= asOfDay.getYear(); year++) {
            for (Festival festival : CARE_FESTIVALS) {
                CALENDAR.festival(festival, year).ifPresent(days::add);
            }
            for (ContactPerson person : customer.contactPersons()) {
                if (person.birthday() != null) {
                    MonthDay birthday = person.birthdayInYear();
                    days.add(birthday.isValidYear(year) ? birthday.atYear(year) : LocalDate.of(year, 2, 28));
                }
            }
            LocalDate contract = customer.firstContractDate();
            if (contract != null && year > contract.getYear()) {
                MonthDay anniversary = MonthDay.from(contract);
                days.add(anniversary.isValidYear(year) ? anniversary.atYear(year) : LocalDate.of(year, 2, 28));
            }
        }
        int k = 0;
        for (LocalDate day : days) {
            int roll = r.nextInt(100);
            if (roll >= 90) {
                continue; // missed: about one greeting in ten
            }
            LocalDate sent = roll < 85 ? day.minusDays(r.nextInt(3)) : day.plusDays(1 + r.nextInt(3)); // a few late
            if (!sent.isAfter(first) || !sent.isBefore(asOfDay)) {
                continue;
            }
            Instant at = sent.atTime(8 + r.nextInt(12), r.nextInt(60)).atZone(zone).toInstant();
            log.add(Contact.of(customer.id().value() + "-G" + k++, customer.id(), "E-SALES_STAFF-" + (1 + r.nextInt(30)),
                    ContactRole.SALES_STAFF, GREETING_CHANNELS[r.nextInt(GREETING_CHANNELS.length)], Purpose.CARE, at));
        }
    }
}
