package org.crmpolicy.examples.portfolio;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmpolicy.calendar.Festival;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;

/**
 * A deterministic sample contact log for a {@link SamplePortfolio}, shaped like a company that mostly follows its
 * policy: over the {@value #DAYS} days before the evaluation day, most customers' account teams make every call,
 * revisit, greeting, invitation and report their tier asks for, and about one customer in five has a lapse of one or
 * two kinds (a few weeks without the BU head's call, a quarter without a revisit, a missed greeting, no factory
 * invitation last year, no on-site revisit, a late first revisit after a purchase, a missed monthly report), so the
 * compliance run has a few problems of every kind to report. The same seed gives the same log.
 *
 * <p>The log follows the policy's shape (who, which channel, which purpose, how often) as the sample data of a real
 * company would; the policy's verdict on it is the rules' business, not this class's.
 */
public final class SampleContacts {

    /** How far back the log reaches. */
    static final int DAYS = 400;

    private static final Channel[] REVISIT_CHANNELS = {Channel.PHONE, Channel.EMAIL, Channel.SMS, Channel.VISIT};
    private static final Channel[] GREETING_CHANNELS = {Channel.SMS, Channel.PHONE, Channel.IM, Channel.EMAIL};
    private static final WorkCalendar FESTIVALS = WorkCalendar.chinaMainland();

    /** What an account team with a lapse gets wrong. */
    enum Lapse {
        /** C1/C2: the BU head's calls stop for a few weeks. */
        CALLS,
        /** C3: the VP misses a month (strategic partners). */
        VP_CALLS,
        /** C5: last quarter without a revisit. */
        REVISIT,
        /** C6: the first revisit after a purchase comes late or not at all. */
        FIRST_REVISIT,
        /** C7: one greeting forgotten. */
        GREETING,
        /** C9: last month's report to marketing not written (strategic, key). */
        REPORT,
        /** C11: not invited to the factory last year. */
        INVITATION,
        /** R2/R3/R4: no on-site revisit last year (or for two years). */
        ON_SITE
    }

    private final long seed;
    private final LocalDate asOfDay;
    private final ZoneId zone;
    private final LocalDate firstDay;

    private SampleContacts(long seed, LocalDate asOfDay, ZoneId zone) {
        this.seed = seed;
        this.asOfDay = asOfDay;
        this.zone = zone;
        this.firstDay = asOfDay.minusDays(DAYS);
    }

    /**
     * @param seed    the random seed
     * @param asOfDay no contact lies after the end of the day before it
     * @param zone    the zone days are counted in
     */
    public static SampleContacts of(long seed, LocalDate asOfDay, ZoneId zone) {
        return new SampleContacts(seed, asOfDay, zone);
    }

    /** The lapses of {@code customer}'s account team: empty for most customers. */
    Set<Lapse> lapses(Customer customer, Tier tier) {
        SplittableRandom r = new SplittableRandom(random(customer).nextLong() ^ 0x9E3779B97F4A7C15L);
        Set<Lapse> lapses = EnumSet.noneOf(Lapse.class);
        double inOrder = tier == Tier.STRATEGIC_PARTNER ? 0.85 : 0.8;
        if (tier == Tier.RESERVE || r.nextDouble() < inOrder) {
            return lapses;
        }
        Lapse[] kinds = Lapse.values();
        lapses.add(kinds[r.nextInt(kinds.length)]);
        if (r.nextDouble() < 0.3) {
            lapses.add(kinds[r.nextInt(kinds.length)]);
        }
        return lapses;
    }

    /** The contacts with {@code customer}, whose tier is {@code tier}. */
    public List<Contact> contacts(Customer customer, Tier tier) {
        List<Contact> log = new ArrayList<>();
        if (tier == Tier.RESERVE) {
            return log;
        }
        SplittableRandom r = random(customer);
        Set<Lapse> lapses = lapses(customer, tier);
        Log out = new Log(customer, log, r);
        boolean strategicOrKey = tier.isStrategicOrKey();
        // C1 weekly (strategic, key) or C2 monthly (general): the BU head's phone call
        int gapStart = r.nextInt(6);
        if (strategicOrKey) {
            LocalDate monday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (int w = 0; !monday.isAfter(asOfDay); w++, monday = monday.plusWeeks(1)) {
                boolean skipped = lapses.contains(Lapse.CALLS) && weeksBefore(monday) >= gapStart
                        && weeksBefore(monday) < gapStart + 3;
                if (!skipped) {
                    out.add(ContactRole.BU_HEAD, Channel.PHONE, Purpose.ROUTINE, monday.plusDays(r.nextInt(5)));
                }
            }
        } else {
            for (LocalDate m = firstDay.withDayOfMonth(1); !m.isAfter(asOfDay); m = m.plusMonths(1)) {
                if (!(lapses.contains(Lapse.CALLS) && monthsBefore(m) == 1)) {
                    out.add(ContactRole.BU_HEAD, Channel.PHONE, Purpose.ROUTINE, m.plusDays(r.nextInt(25)));
                }
            }
        }
        // C3: the VP's monthly call to a strategic partner
        if (tier == Tier.STRATEGIC_PARTNER) {
            for (LocalDate m = firstDay.withDayOfMonth(1); !m.isAfter(asOfDay); m = m.plusMonths(1)) {
                if (!(lapses.contains(Lapse.VP_CALLS) && monthsBefore(m) == 1)) {
                    out.add(ContactRole.VP, Channel.PHONE, Purpose.ROUTINE, m.plusDays(r.nextInt(25)));
                }
            }
        }
        // C9: the BU head's monthly report to marketing (an internal record)
        if (strategicOrKey) {
            for (LocalDate m = firstDay.withDayOfMonth(1); !m.isAfter(asOfDay); m = m.plusMonths(1)) {
                if (!(lapses.contains(Lapse.REPORT) && monthsBefore(m) == 1)) {
                    out.addInternal(ContactRole.BU_HEAD, Purpose.KEY_CUSTOMER_REPORT, m.plusDays(r.nextInt(25)));
                }
            }
        }
        // C5: a revisit each quarter, by phone, mail, SMS or a visit
        for (LocalDate q = quarterStart(firstDay); !q.isAfter(asOfDay); q = q.plusMonths(3)) {
            if (!(lapses.contains(Lapse.REVISIT) && quartersBefore(q) == 1)) {
                out.add(ContactRole.SALES_STAFF, REVISIT_CHANNELS[r.nextInt(4)], Purpose.REVISIT, q.plusDays(r.nextInt(85)));
            }
        }
        // yearly: C11 factory invitation; R2 (VP and BU head), R3 (BU head), R4 (sales staff or BU head) on site
        for (int year = firstDay.getYear(); year <= asOfDay.getYear(); year++) {
            boolean lastYear = year == asOfDay.getYear() - 1;
            if (!(lapses.contains(Lapse.INVITATION) && lastYear)) {
                out.add(ContactRole.SALES_STAFF, Channel.PHONE, Purpose.FACTORY_VISIT_INVITATION, dayIn(year, r));
            }
            if (lapses.contains(Lapse.ON_SITE) && (lastYear || tier == Tier.GENERAL)) {
                continue;
            }
            switch (tier) {
                case STRATEGIC_PARTNER -> {
                    out.add(ContactRole.VP, Channel.VISIT, Purpose.REVISIT, dayIn(year, r));
                    out.add(ContactRole.BU_HEAD, Channel.VISIT, Purpose.REVISIT, dayIn(year, r));
                }
                case KEY -> out.add(ContactRole.BU_HEAD, Channel.VISIT, Purpose.REVISIT, dayIn(year, r));
                default -> out.add(r.nextBoolean() ? ContactRole.BU_HEAD : ContactRole.SALES_STAFF, Channel.VISIT,
                        Purpose.REVISIT, dayIn(year, r));
            }
        }
        // C7: a greeting before each festival, contact person's birthday and cooperation anniversary
        List<LocalDate> occasions = occasions(customer);
        int forgotten = lapses.contains(Lapse.GREETING) ? r.nextInt(Math.max(1, occasions.size())) : -1;
        for (int i = 0; i < occasions.size(); i++) {
            if (i != forgotten) {
                out.add(ContactRole.SALES_STAFF, GREETING_CHANNELS[r.nextInt(4)], Purpose.CARE,
                        occasions.get(i).minusDays(r.nextInt(3)));
            }
        }
        // C6: the first revisit after a purchase, within a few days (or, with the lapse, after two weeks)
        for (CustomerEvent purchase : events(customer, tier)) {
            LocalDate bought = purchase.at().atZone(zone).toLocalDate();
            int after = lapses.contains(Lapse.FIRST_REVISIT) ? 10 + r.nextInt(10) : 1 + r.nextInt(5);
            out.add(ContactRole.SALES_STAFF, Channel.PHONE, Purpose.REVISIT, bought.plusDays(after));
        }
        // now and then the GM calls a strategic partner (C4 is company-wide)
        if (tier == Tier.STRATEGIC_PARTNER && r.nextDouble() < 0.5) {
            out.add(ContactRole.GM, Channel.PHONE, Purpose.ROUTINE, asOfDay.minusDays(1 + r.nextInt(60)));
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
                instant(asOfDay.minusDays(1 + r.nextInt(30)), r)));
    }

    /** The days of the customer's care occasions inside the log's reach: festivals, birthdays, anniversaries. */
    private List<LocalDate> occasions(Customer customer) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = firstDay.getYear(); year <= asOfDay.getYear(); year++) {
            for (Festival f : Festival.values()) {
                Optional<LocalDate> day = FESTIVALS.festival(f, year);
                day.ifPresent(days::add);
            }
            for (ContactPerson person : customer.contactPersons()) {
                MonthDay birthday = person.birthdayInYear();
                if (birthday != null) {
                    days.add(birthday.atYear(year));
                }
            }
            LocalDate first = customer.firstContractDate();
            if (first != null && year > first.getYear()) {
                days.add(MonthDay.from(first).atYear(year));
            }
        }
        return days;
    }

    private int weeksBefore(LocalDate monday) {
        return (int) ((asOfDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay()
                - monday.toEpochDay()) / 7);
    }

    private int monthsBefore(LocalDate firstOfMonth) {
        return (asOfDay.getYear() - firstOfMonth.getYear()) * 12 + asOfDay.getMonthValue() - firstOfMonth.getMonthValue();
    }

    private int quartersBefore(LocalDate quarterStart) {
        return (asOfDay.getYear() - quarterStart.getYear()) * 4 + asOfDay.get(IsoFields.QUARTER_OF_YEAR)
                - quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    private static LocalDate quarterStart(LocalDate day) {
        return day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
    }

    /** A day in {@code year} inside the log's reach, before the evaluation day. */
    private LocalDate dayIn(int year, SplittableRandom r) {
        LocalDate from = LocalDate.of(year, 1, 1).isBefore(firstDay) ? firstDay : LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31).isBefore(asOfDay) ? LocalDate.of(year, 12, 31) : asOfDay.minusDays(1);
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay() + 1);
        return from.plusDays(r.nextLong(span));
    }

    private SplittableRandom random(Customer customer) {
        return new SplittableRandom(seed * 31 + customer.id().value().hashCode());
    }

    private Instant instant(LocalDate day, SplittableRandom r) {
        return day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(zone).toInstant();
    }

    /** The log being written: drops what would lie outside its reach (before the first day, on or after asOf's day). */
    private final class Log {
        private final Customer customer;
        private final List<Contact> log;
        private final SplittableRandom r;

        Log(Customer customer, List<Contact> log, SplittableRandom r) {
            this.customer = customer;
            this.log = log;
            this.r = r;
        }

        void add(ContactRole role, Channel channel, Purpose purpose, LocalDate day) {
            Contact c = contact(role, channel, purpose, day);
            if (c != null) {
                log.add(c);
            }
        }

        void addInternal(ContactRole role, Purpose purpose, LocalDate day) {
            Contact c = contact(role, Channel.EMAIL, purpose, day);
            if (c != null) {
                log.add(c.asInternalNote());
            }
        }

        private Contact contact(ContactRole role, Channel channel, Purpose purpose, LocalDate day) {
            if (day.isBefore(firstDay) || !day.isBefore(asOfDay)) {
                return null;
            }
            return Contact.of(customer.id() + "-K" + log.size(), customer.id(), "E-" + role + "-" + (1 + r.nextInt(20)),
                    role, channel, purpose, instant(day, r));
        }
    }
}
