package org.crmpolicy.examples.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;

/**
 * A deterministic sample contact log for a {@link SamplePortfolio}: per customer, calls, revisits, visits, care
 * greetings and a few purchases over the 400 days before the evaluation day, denser for higher tiers and kept a little
 * short of the policy so the compliance run has something to report. The same seed gives the same log.
 */
public final class SampleContacts {

    private static final Channel[] REVISIT_CHANNELS = {Channel.PHONE, Channel.EMAIL, Channel.SMS, Channel.VISIT};

    private final long seed;
    private final LocalDate asOfDay;
    private final ZoneId zone;

    private SampleContacts(long seed, LocalDate asOfDay, ZoneId zone) {
        this.seed = seed;
        this.asOfDay = asOfDay;
        this.zone = zone;
    }

    /**
     * @param seed    the random seed
     * @param asOfDay no contact lies after the end of the day before it
     * @param zone    the zone days are counted in
     */
    public static SampleContacts of(long seed, LocalDate asOfDay, ZoneId zone) {
        return new SampleContacts(seed, asOfDay, zone);
    }

    /** The contacts with {@code customer}, whose tier is {@code tier}. */
    public List<Contact> contacts(Customer customer, Tier tier) {
        SplittableRandom r = random(customer);
        List<Contact> log = new ArrayList<>();
        if (tier == Tier.RESERVE) {
            return log;
        }
        int weeks = 60;
        double weeklyCall = tier.isStrategicOrKey() ? 0.9 : 0.25;
        for (int w = 0; w < weeks; w++) {
            if (r.nextDouble() < weeklyCall) {
                log.add(contact(customer, log.size(), ContactRole.BU_HEAD, Channel.PHONE, Purpose.ROUTINE, w * 7 + r.nextInt(7), r));
            }
        }
        for (int q = 0; q < 5; q++) {
            if (r.nextDouble() < 0.85) {
                log.add(contact(customer, log.size(), ContactRole.SALES_STAFF, REVISIT_CHANNELS[r.nextInt(4)],
                        Purpose.REVISIT, q * 91 + r.nextInt(91), r));
            }
        }
        for (int m = 0; m < 13; m++) {
            if (tier == Tier.STRATEGIC_PARTNER && r.nextDouble() < 0.8) {
                log.add(contact(customer, log.size(), ContactRole.VP, Channel.PHONE, Purpose.ROUTINE, m * 30 + r.nextInt(30), r));
            }
        }
        if (r.nextDouble() < (tier == Tier.GENERAL ? 0.4 : 0.8)) {
            log.add(contact(customer, log.size(), ContactRole.BU_HEAD, Channel.VISIT, Purpose.REVISIT, r.nextInt(365), r));
        }
        if (r.nextDouble() < 0.5) {
            log.add(contact(customer, log.size(), ContactRole.SALES_STAFF, Channel.SMS, Purpose.CARE, r.nextInt(365), r));
        }
        if (r.nextDouble() < 0.1) {
            log.add(contact(customer, log.size(), ContactRole.GM, Channel.PHONE, Purpose.ROUTINE, r.nextInt(60), r));
        }
        return log;
    }

    /** A purchase by {@code customer} in the last 30 days, for C6, or none. */
    public List<CustomerEvent> events(Customer customer, Tier tier) {
        SplittableRandom r = new SplittableRandom(random(customer).nextLong() ^ 0x5DEECE66DL);
        if (tier == Tier.RESERVE || r.nextDouble() > 0.2) {
            return List.of();
        }
        return List.of(CustomerEvent.of("PO-" + customer.id(), customer.id(), CustomerEvent.Kind.PURCHASE,
                instant(1 + r.nextInt(30), r)));
    }

    private SplittableRandom random(Customer customer) {
        return new SplittableRandom(seed * 31 + customer.id().value().hashCode());
    }

    private Contact contact(Customer customer, int n, ContactRole role, Channel channel, Purpose purpose, int daysAgo,
            SplittableRandom r) {
        Instant at = instant(daysAgo + 1, r);
        return Contact.of(customer.id() + "-K" + n, customer.id(), "E-" + role + "-" + (1 + r.nextInt(20)), role, channel,
                purpose, at);
    }

    private Instant instant(int daysAgo, SplittableRandom r) {
        return asOfDay.minusDays(daysAgo).atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(zone).toInstant();
    }
}
