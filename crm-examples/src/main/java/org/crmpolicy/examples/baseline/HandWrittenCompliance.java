package org.crmpolicy.examples.baseline;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * BENCHMARK BASELINE AND TEST ORACLE ONLY — not the policy. Tiering (T2–T5, T7 gate, T10) and the contact
 * obligations C1–C5 written by hand in plain Java, the way a team would if it gave up on the rule engine: the
 * numbers below are a copy of the DRL tables, which is exactly what the library avoids. Same semantics as the rules
 * for customers classified as of {@code asOf} and in that tier since {@link Customer#since()} (no tier history, no
 * role holdings, no knownAt): each calendar obligation for the period containing asOf and the one before it,
 * from the day the customer entered its tier, AT_RISK from the n-th last working day, late-recorded contacts as INFO.
 *
 * <p>Per-customer work ({@link #customer}) is thread-safe; C4 (company-wide) is accumulated in a {@link Tally} per
 * thread, merged and decided by {@link #finish}.
 */
public final class HandWrittenCompliance {

    /** One finding, reduced to what the oracle compares: rule, subject, severity, period label. */
    public record Key(String ruleId, String subject, Severity severity, String period) {
    }

    /** C4 contributions of some customers: per evaluated month, counted GM calls and late-recorded ones. */
    public static final class Tally {
        private final long[] counted = new long[2];
        private final long[] late = new long[2];

        /** Adds {@code other} into this tally. */
        public void add(Tally other) {
            for (int i = 0; i < 2; i++) {
                counted[i] += other.counted[i];
                late[i] += other.late[i];
            }
        }
    }

    private static final Set<CustomerCategory> KEY_CATEGORIES = EnumSet.of(CustomerCategory.MILITARY_UNIT,
            CustomerCategory.AVIATION_OEM, CustomerCategory.AVIATION_REPAIR_PLANT,
            CustomerCategory.MILITARY_COMMISSION_UNIT, CustomerCategory.LARGE_STATE_OWNED_ENTERPRISE,
            CustomerCategory.LISTED_COMPANY, CustomerCategory.RESEARCH_INSTITUTE,
            CustomerCategory.SUBSTANTIVE_BUSINESS_UNIT);
    private static final Set<CustomerCategory> GENERAL_CATEGORIES = EnumSet.of(CustomerCategory.SMALL_PRIVATE_COMPANY,
            CustomerCategory.INDIVIDUAL_BUSINESS);
    private static final Set<Channel> REVISIT_CHANNELS = EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.SMS,
            Channel.VISIT);
    private static final Set<Purpose> REVISIT_PURPOSES = EnumSet.of(Purpose.REVISIT, Purpose.COMPLAINT_FOLLOW_UP);

    private final Instant asOf;
    private final ZoneId zone;
    private final WorkCalendar calendar;
    private final BigDecimal lowVolumeBound;
    private final CreditRating lowestPassing;
    private final BigDecimal[] t6Weights;
    private final BigDecimal keyBound;
    private final BigDecimal strategicPartnerBound;
    // [obligation][previous=0, current=1] : start, end, label, at-risk-from (for a whole period)
    private final Instant[][] starts = new Instant[3][2];
    private final Instant[][] ends = new Instant[3][2];
    private final String[][] labels = new String[3][2];
    private static final int WEEK = 0;
    private static final int MONTH = 1;
    private static final int QUARTER = 2;

    /**
     * @param asOf       the policy instant
     * @param zone       the policy zone
     * @param calendar   working days (AT_RISK)
     * @param parameters T4.low-volume-bound-cny, T6.* (weights and bounds) and T7.lowest-passing-credit-rating are read
     */
    public HandWrittenCompliance(Instant asOf, ZoneId zone, WorkCalendar calendar, PolicyParameters parameters) {
        this.asOf = asOf;
        this.zone = zone;
        this.calendar = calendar;
        this.lowVolumeBound = parameters.decimal("T4.low-volume-bound-cny");
        this.lowestPassing = CreditRating.valueOf(parameters.text("T7.lowest-passing-credit-rating"));
        this.t6Weights = new BigDecimal[] {parameters.decimal("T6.weight-cooperation-scale"),
                parameters.decimal("T6.weight-growth-potential"), parameters.decimal("T6.weight-industry-influence"),
                parameters.decimal("T6.weight-cooperation-stability"), parameters.decimal("T6.weight-strategic-significance")};
        this.keyBound = parameters.decimal("T6.key-bound");
        this.strategicPartnerBound = parameters.decimal("T6.strategic-partner-bound");
        LocalDate today = LocalDate.ofInstant(asOf, zone);
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        set(WEEK, 1, week, week.plusWeeks(1), weekLabel(week));
        set(WEEK, 0, week.minusWeeks(1), week, weekLabel(week.minusWeeks(1)));
        set(MONTH, 1, month, month.plusMonths(1), monthLabel(month));
        set(MONTH, 0, month.minusMonths(1), month, monthLabel(month.minusMonths(1)));
        set(QUARTER, 1, quarter, quarter.plusMonths(3), quarterLabel(quarter));
        set(QUARTER, 0, quarter.minusMonths(3), quarter, quarterLabel(quarter.minusMonths(3)));
    }

    private void set(int kind, int which, LocalDate start, LocalDate end, String label) {
        starts[kind][which] = start.atStartOfDay(zone).toInstant();
        ends[kind][which] = end.atStartOfDay(zone).toInstant();
        labels[kind][which] = label;
    }

    private static String weekLabel(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String monthLabel(LocalDate first) {
        return first.getYear() + "-" + two(first.getMonthValue());
    }

    private static String quarterLabel(LocalDate first) {
        return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** T2–T5 with the T7 credit gate, T10: the highest tier matched and not blocked. */
    public Tier tier(Customer c) {
        if (c.contractStatus() == ContractStatus.NONE) {
            return Tier.RESERVE;
        }
        boolean gated = c.creditRating() != null && c.creditApproval() == null && !c.creditRating().isAtLeast(lowestPassing);
        BigDecimal score = c.valueAssessment() == null ? null : c.valueAssessment().score(t6Weights[0], t6Weights[1],
                t6Weights[2], t6Weights[3], t6Weights[4]);
        if (!gated && (c.jointDevelopment() != null || score != null && score.compareTo(strategicPartnerBound) >= 0)) {
            return Tier.STRATEGIC_PARTNER;
        }
        if (!gated && score != null && score.compareTo(keyBound) >= 0) {
            return Tier.KEY;
        }
        if (!gated) {
            for (CustomerCategory k : c.categories()) {
                if (KEY_CATEGORIES.contains(k)) {
                    return Tier.KEY;
                }
            }
        }
        return Tier.GENERAL;
    }

    /**
     * Tier and C1, C2, C3, C5 of one customer; its C4 contribution goes into {@code tally}.
     *
     * @return the tier
     */
    public Tier customer(CustomerContacts cc, Tally tally, Consumer<Key> out) {
        Customer c = cc.customer();
        Tier tier = tier(c);
        if (tier == Tier.RESERVE) {
            return tier;
        }
        LocalDate since = c.since();
        Instant sinceStart = since.atStartOfDay(zone).toInstant();
        String id = c.id().value();
        if (tier == Tier.STRATEGIC_PARTNER || tier == Tier.KEY) {
            assess("C1", id, WEEK, 1, since, sinceStart, cc, ContactRole.BU_HEAD, Set.of(Channel.PHONE), null, out);
        } else {
            assess("C2", id, MONTH, 3, since, sinceStart, cc, ContactRole.BU_HEAD, Set.of(Channel.PHONE), null, out);
        }
        if (tier == Tier.STRATEGIC_PARTNER) {
            assess("C3", id, MONTH, 3, since, sinceStart, cc, ContactRole.VP, Set.of(Channel.PHONE), null, out);
            for (Contact k : cc.contacts()) {
                if (usable(k) && k.role() == ContactRole.GM && k.channel() == Channel.PHONE
                        && !LocalDate.ofInstant(k.at(), zone).isBefore(since)) {
                    for (int p = 0; p < 2; p++) {
                        if (!k.at().isBefore(starts[MONTH][p]) && k.at().isBefore(ends[MONTH][p])) {
                            tally.counted[p]++;
                            if (!k.recordedAt().isBefore(ends[MONTH][p])) {
                                tally.late[p]++;
                            }
                        }
                    }
                }
            }
        }
        assess("C5", id, QUARTER, 10, since, sinceStart, cc, null, REVISIT_CHANNELS, REVISIT_PURPOSES, out);
        return tier;
    }

    /** C4 over the merged tally of every customer. */
    public void finish(Tally tally, Consumer<Key> out) {
        for (int p = 0; p < 2; p++) {
            Instant start = starts[MONTH][p];
            Instant end = ends[MONTH][p];
            emit("C4", "COMPANY", labels[MONTH][p], tally.counted[p], tally.late[p], start, end, 3, out);
        }
    }

    private void assess(String rule, String id, int kind, int atRiskDays, LocalDate since, Instant sinceStart,
            CustomerContacts cc, ContactRole role, Set<Channel> channels, Set<Purpose> purposes, Consumer<Key> out) {
        for (int p = 0; p < 2; p++) {
            Instant start = starts[kind][p];
            Instant end = ends[kind][p];
            Instant reference = asOf.isBefore(end) ? asOf : end.minusNanos(1);
            if (LocalDate.ofInstant(reference, zone).isBefore(since)) {
                continue;
            }
            Instant windowStart = sinceStart.isAfter(start) ? sinceStart : start;
            long counted = 0;
            long late = 0;
            for (Contact k : cc.contacts()) {
                if (usable(k) && !k.at().isBefore(windowStart) && k.at().isBefore(end) && !k.internalNote()
                        && (role == null || k.role() == role) && channels.contains(k.channel())
                        && (purposes == null || purposes.contains(k.purpose()))) {
                    counted++;
                    if (!k.recordedAt().isBefore(end)) {
                        late++;
                    }
                }
            }
            emit(rule, id, labels[kind][p], counted, late, windowStart, end, atRiskDays, out);
        }
    }

    private void emit(String rule, String subject, String label, long counted, long late, Instant windowStart,
            Instant end, int atRiskDays, Consumer<Key> out) {
        if (counted >= 1) {
            if (late > 0) {
                out.accept(new Key(rule, subject, Severity.INFO, label));
            }
        } else if (!asOf.isBefore(end)) {
            out.accept(new Key(rule, subject, Severity.VIOLATION, label));
        } else if (!asOf.isBefore(atRiskFrom(windowStart, end, atRiskDays))) {
            out.accept(new Key(rule, subject, Severity.WARNING, label));
        }
    }

    private Instant atRiskFrom(Instant windowStart, Instant end, int n) {
        LocalDate last = LocalDate.ofInstant(end.minusNanos(1), zone);
        LocalDate day = calendar.isWorkingDay(last) ? last : calendar.previousWorkingDay(last);
        for (int i = 1; i < n; i++) {
            day = calendar.previousWorkingDay(day);
        }
        Instant from = day.atStartOfDay(zone).toInstant();
        return from.isBefore(windowStart) ? windowStart : from;
    }

    private boolean usable(Contact k) {
        return !k.at().isAfter(asOf) && !k.recordedAt().isBefore(k.at());
    }
}
