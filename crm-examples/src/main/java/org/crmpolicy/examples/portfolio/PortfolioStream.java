package org.crmpolicy.examples.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * A deterministic large portfolio with contact histories, streamed: the customers of a {@link SamplePortfolio}
 * (same seed, same mix: 3 % strategic partners, 20 % key, two thirds general, 10 % prospects, with data gaps), each
 * with a contact log over the two years before the evaluation day — about 20 contacts per customer on average (55
 * for strategic partners, 35 for key, 15 for general, 3 for prospects), denser in recent weeks, a mix of roles,
 * channels and purposes so that every C/R rule meets, misses and nearly misses; 2 % of contacts are recorded a few
 * days late. Customer {@code i} and its log depend only on the seed and {@code i}: nothing is held in memory, a run
 * can be split or resumed, and the same seed gives the same portfolio on every machine.
 */
public final class PortfolioStream implements Iterable<CustomerContacts> {

    private static final Channel[] CHANNELS = {Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.SMS,
        Channel.VISIT, Channel.IM, Channel.VIDEO, Channel.MEETING};
    private static final Purpose[] PURPOSES = {Purpose.ROUTINE, Purpose.ROUTINE, Purpose.REVISIT, Purpose.REVISIT,
        Purpose.CARE, Purpose.COMPLAINT_FOLLOW_UP, Purpose.EXCHANGE, Purpose.TECHNICAL_EXCHANGE,
        Purpose.FACTORY_VISIT_INVITATION};
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
        int mean = prospect ? 3 : customer.jointDevelopment() != null ? 55
                : customer.categories().stream().anyMatch(SamplePortfolio::isKeyCategory) ? 35 : 15;
        int n = Math.max(0, mean / 2 + r.nextInt(mean + 1));
        List<Contact> log = new ArrayList<>(n);
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
        return log;
    }
}
