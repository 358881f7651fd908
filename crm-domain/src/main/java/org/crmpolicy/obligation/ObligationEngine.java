package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crmpolicy.calendar.Festival;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.obligation.AssessmentContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.contact.ContactLog;
import org.crmpolicy.contact.CustomerTiers;

/**
 * The period arithmetic behind the contact rules, called from the right-hand sides of {@code contact-frequency.drl}
 * and {@code revisits.drl}: which periods an obligation is evaluated for as of an instant, from when it applies to a
 * customer (tier history), when it turns AT_RISK (working days), and the occasion windows of C6, C7 and R1. The
 * rules decide which obligation applies to whom; this class only computes. Stateless and thread-safe.
 *
 * <p>Evaluated periods: for calendar periods the one containing {@code asOf} and the one before it (closed: MET or
 * OVERDUE); for occasions those that began by {@code asOf} and end no earlier than the start of the year of
 * {@code asOf} (a window that closed at midnight on January 1 is still reported in January).
 */
public final class ObligationEngine {

    private ObligationEngine() {
    }

    /** The statuses of a per-customer calendar or rolling obligation for one customer. */
    public static List<ObligationStatus> perCustomer(ContactObligation o, CustomerTiers tiers, ContactLog log,
            ContactComplianceContext ctx) {
        if (o.periodKind() == PeriodKind.TWO_YEARS) {
            return rolling(o, tiers, log, ctx);
        }
        List<ObligationStatus> statuses = new ArrayList<>(2);
        for (Period period : evaluatedPeriods(o.periodKind(), ctx)) {
            Instant reference = period.isClosedAt(ctx.asOf()) ? period.end().minusNanos(1) : ctx.asOf();
            LocalDate day = LocalDate.ofInstant(reference, zone(ctx));
            Optional<LocalDate> since = tiers.inScopeSince(o.tiers(), day);
            if (since.isEmpty()) {
                // left the tiers before the period's end (or before asOf): the part spent in them still owes the
                // period's obligation, counted from the start of that part to the period's end
                Optional<LocalDate> lastIn = tiers.lastDayInScope(o.tiers(),
                        LocalDate.ofInstant(period.start(), zone(ctx)), day);
                if (lastIn.isEmpty()) {
                    continue;
                }
                since = tiers.inScopeSince(o.tiers(), lastIn.get());
            }
            Period window = period.from(since.get().atStartOfDay(zone(ctx)).toInstant());
            statuses.add(o.assess(tiers.customerId(), log.unit(), period, window, atRiskFrom(o, window, ctx),
                    log.contacts(), ctx.assessment(), null));
        }
        return statuses;
    }

    /**
     * "At least once every two years" (R4): MET while the last counted contact is less than two years old; else due
     * two years after it, or two years after the customer entered scope when there was none.
     */
    static List<ObligationStatus> rolling(ContactObligation o, CustomerTiers tiers, ContactLog log,
            ContactComplianceContext ctx) {
        ZoneId zone = zone(ctx);
        Optional<LocalDate> since = tiers.inScopeSince(o.tiers(), ctx.today());
        if (since.isEmpty()) {
            return List.of();
        }
        Instant scopeStart = since.get().atStartOfDay(zone).toInstant();
        Period sinceScope = new Period(PeriodKind.TWO_YEARS, "since " + since.get(), scopeStart,
                ctx.asOf().plusNanos(1), zone);
        Contact last = null;
        for (Contact c : log.contacts()) {
            if (o.counts(c, log.unit(), sinceScope, ctx.assessment()) && (last == null || c.at().isAfter(last.at()))) {
                last = c;
            }
        }
        Period window;
        if (last == null) {
            window = new Period(PeriodKind.TWO_YEARS, "2 years from " + since.get(), scopeStart,
                    plusTwoYears(scopeStart, zone), zone);
        } else {
            Instant due = plusTwoYears(last.at(), zone);
            LocalDate lastDay = LocalDate.ofInstant(last.at(), zone);
            window = due.isAfter(ctx.asOf())
                    ? new Period(PeriodKind.TWO_YEARS, "2 years from " + lastDay, last.at(), due, zone)
                    : new Period(PeriodKind.TWO_YEARS, "2 years after the contact of " + lastDay, last.at().plusNanos(1),
                            due, zone);
        }
        return List.of(o.assess(tiers.customerId(), log.unit(), window, window, atRiskFrom(o, window, ctx),
                log.contacts(), ctx.assessment(), null));
    }

    /** The status of an occasion obligation (C6, C7, R1) for one customer and one window. */
    public static List<ObligationStatus> occasion(ContactObligation o, CustomerTiers tiers, Period window, ContactLog log,
            ContactComplianceContext ctx) {
        if (!isReported(window, ctx)) {
            return List.of();
        }
        LocalDate day = LocalDate.ofInstant(window.start(), zone(ctx));
        if (tiers.inScopeSince(o.tiers(), day).isEmpty()) {
            return List.of();
        }
        return List.of(o.assess(tiers.customerId(), log.unit(), window, window, atRiskFrom(o, window, ctx),
                log.contacts(), ctx.assessment(), null));
    }

    /** C6: the first-revisit window after a starting event: from the event to the end of its n-th calendar day after. */
    public static Period firstRevisitWindow(CustomerEvent event, int days, ContactComplianceContext ctx) {
        ZoneId zone = zone(ctx);
        LocalDate last = LocalDate.ofInstant(event.at(), zone).plusDays(days);
        return Period.occasion("first revisit after " + event.kind() + " " + event.id(), event.at(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    /** R1: a complaint is followed by a revisit in the same calendar year. */
    public static Period complaintRevisitWindow(CustomerEvent complaint, ContactComplianceContext ctx) {
        ZoneId zone = zone(ctx);
        LocalDate day = LocalDate.ofInstant(complaint.at(), zone);
        return Period.occasion("revisit after COMPLAINT " + complaint.id() + " in " + day.getYear(), complaint.at(),
                LocalDate.of(day.getYear() + 1, 1, 1).atStartOfDay(zone).toInstant(), zone);
    }

    /**
     * C7: the care windows of one customer around asOf: each festival in {@code holidays} (comma-separated
     * {@link Festival} names, dates from the work calendar), each contact person's birthday and the anniversary of
     * the first contract, each from {@code daysBefore} days before to the end of the day itself.
     *
     * @param unknown receives a line for each festival whose date the calendar does not know for a year
     */
    public static List<Period> careWindows(Customer customer, String holidays, int daysBefore,
            ContactComplianceContext ctx, List<String> unknown) {
        ZoneId zone = zone(ctx);
        int year = ctx.today().getYear();
        FestivalWindows festivals = ctx.cached(new FestivalWindowsKey(holidays, daysBefore),
                () -> festivalWindows(holidays, daysBefore, ctx));
        unknown.addAll(festivals.unknown());
        List<Period> windows = new ArrayList<>(festivals.windows());
        for (int y = year; y <= year + 1; y++) {
            int n = 0;
            for (ContactPerson person : customer.contactPersons()) {
                n++;
                if (person.birthday() != null) {
                    LocalDate day = onOrBefore(person.birthdayInYear(), y);
                    addIfReported(windows, Period.personalOccasion("birthday of contact person " + n + " in " + y,
                            day.minusDays(daysBefore).atStartOfDay(zone).toInstant(),
                            day.plusDays(1).atStartOfDay(zone).toInstant(), zone), ctx);
                }
            }
            LocalDate first = customer.firstContractDate();
            if (first != null && y > first.getYear()) {
                LocalDate day = onOrBefore(MonthDay.from(first), y);
                addIfReported(windows, Period.days(PeriodKind.OCCASION, "cooperation anniversary "
                        + (y - first.getYear()) + " in " + y, day.minusDays(daysBefore), day, zone), ctx);
            }
        }
        return windows;
    }

    /** The festival part of C7's windows: the same for every customer, so computed once per evaluation. */
    private static FestivalWindows festivalWindows(String holidays, int daysBefore, ContactComplianceContext ctx) {
        ZoneId zone = zone(ctx);
        int year = ctx.today().getYear();
        List<Period> windows = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int y = year; y <= year + 1; y++) {
            for (String name : holidays.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                Festival festival = Festival.valueOf(name.strip());
                Optional<LocalDate> day = ctx.calendar().festival(festival, y);
                if (day.isPresent()) {
                    addIfReported(windows, Period.days(PeriodKind.OCCASION, festival + " " + y,
                            day.get().minusDays(daysBefore), day.get(), zone), ctx);
                } else if (y == year) {
                    unknown.add(festival + " " + y);
                }
            }
        }
        return new FestivalWindows(List.copyOf(windows), List.copyOf(unknown));
    }

    private static void addIfReported(List<Period> windows, Period window, ContactComplianceContext ctx) {
        if (isReported(window, ctx)) {
            windows.add(window);
        }
    }

    private record FestivalWindowsKey(String holidays, int daysBefore) {
    }

    private record FestivalWindows(List<Period> windows, List<String> unknown) {
    }

    /**
     * The candidates one customer contributes to a company-wide obligation. For a row owed per business unit
     * ({@link ContactObligation#perUnit()}) the contribution names the customer's unit ({@link ContactLog#unit()}), and
     * a customer ever in the row's tiers contributes even without a candidate (its unit owes the row); a customer of a
     * unit never in the row's tiers contributes nothing to it, so a unit without general customers owes no R4.
     * {@link CompanyContribution#NONE} when there is nothing to contribute.
     */
    public static CompanyContribution contribution(ContactObligation o, CustomerTiers tiers, ContactLog log,
            ContactComplianceContext ctx) {
        BusinessUnit unit = o.isPerUnit() ? log.unit() : null;
        boolean owes = o.isPerUnit() && tiers.everIn(o.tiers());
        if (unit != null && !owes) {
            return CompanyContribution.NONE;
        }
        Instant from = earliestConsidered(o, ctx);
        List<Contact> candidates = null;
        Map<Contact, String> outOfScope = Map.of();
        for (Contact c : log.contacts()) {
            if (c.at().isBefore(from) || !o.couldCount(c, ctx.assessment())) {
                continue;
            }
            if (candidates == null) {
                candidates = new ArrayList<>();
                outOfScope = new IdentityHashMap<>();
            }
            candidates.add(c);
            LocalDate day = LocalDate.ofInstant(c.at(), zone(ctx));
            Optional<Tier> tier = tiers.tierOn(day);
            if (tier.isEmpty() || !o.covers(tier.get())) {
                outOfScope.put(c, "customer " + tiers.customerId() + " was " + tier.map(Enum::name).orElse("in no tier")
                        + " on " + day + ", not " + String.join("/", o.tiers().stream().sorted().map(Enum::name).toList()));
            }
        }
        if (candidates == null) {
            return owes ? new CompanyContribution(o.key(), List.of(), Map.of(), unit) : CompanyContribution.NONE;
        }
        return new CompanyContribution(o.key(), candidates, outOfScope, unit);
    }

    /** The candidates among customer-less internal notes (R6 reports). */
    public static CompanyContribution contribution(ContactObligation o, Collection<Contact> notes,
            ContactComplianceContext ctx) {
        Instant from = earliestConsidered(o, ctx);
        List<Contact> candidates = notes.stream()
                .filter(c -> !c.at().isBefore(from) && o.couldCount(c, ctx.assessment())).toList();
        return new CompanyContribution(o.key(), candidates, Map.of());
    }

    /**
     * {@code contribution} cut down to what decides the company-wide statuses of {@code o}, so that a streaming run
     * holds a bounded reduction however large the portfolio: for each evaluated period, the first
     * {@code minimumCount} contacts that count (enough to decide MET; all of them when fewer), up to {@code sample}
     * more of those recorded only after the period closed, and up to {@code sample} of those that do not count (the
     * evidence); the rest is dropped. Assessing the result gives the same state for every period, because each
     * contact counts or not on its own. Contributions of another obligation, or of a period kind that is not a
     * calendar period, come back unchanged.
     */
    public static CompanyContribution compact(ContactObligation o, CompanyContribution contribution, int sample,
            ContactComplianceContext ctx) {
        if (!o.key().equals(contribution.obligationKey()) || !(o.periodKind().isCalendar() || o.periodKind() == PeriodKind.DAY)) {
            return contribution;
        }
        Set<Contact> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Period period : evaluatedPeriods(o.periodKind(), ctx)) {
            ObligationStatus status = o.assess(null, contribution.unit(), period, period, null, contribution.contacts(),
                    ctx.assessment(), contribution.outOfScope()::get);
            keep.addAll(status.counted().subList(0, Math.min(o.minimumCount(), status.counted().size())));
            keep.addAll(status.lateRecorded().subList(0, Math.min(sample, status.lateRecorded().size())));
            for (int i = 0; i < Math.min(sample, status.notCounted().size()); i++) {
                keep.add(status.notCounted().get(i).contact());
            }
        }
        List<Contact> kept = new ArrayList<>(keep.size());
        Map<Contact, String> outOfScope = new IdentityHashMap<>();
        for (Contact c : contribution.contacts()) {
            if (keep.contains(c)) {
                kept.add(c);
                String why = contribution.outOfScope().get(c);
                if (why != null) {
                    outOfScope.put(c, why);
                }
            }
        }
        return new CompanyContribution(contribution.obligationKey(), kept, outOfScope, contribution.unit());
    }

    /** The statuses of a company-wide obligation from every customer's {@link CompanyContribution}. */
    public static List<ObligationStatus> companyWide(ContactObligation o, Collection<?> contributions,
            ContactComplianceContext ctx) {
        return companyWide(o, contributions, ctx, null);
    }

    /**
     * The statuses of a company-wide obligation from every customer's {@link CompanyContribution}, for the periods that
     * end after the start of {@code dataFrom} (the day the portfolio's data starts; {@code null} = every period).
     */
    public static List<ObligationStatus> companyWide(ContactObligation o, Collection<?> contributions,
            ContactComplianceContext ctx, LocalDate dataFrom) {
        if (!o.isPerUnit()) {
            return companyWide(o, null, contributions, ctx, dataFrom);
        }
        // one group per business unit, and one for the customers of no unit (the company); a portfolio without units
        // is that one group, assessed whatever it holds, as before units
        Map<BusinessUnit, List<CompanyContribution>> byUnit = new java.util.TreeMap<>(
                java.util.Comparator.comparing(BusinessUnit::id));
        List<CompanyContribution> noUnit = new ArrayList<>();
        for (Object each : contributions) {
            CompanyContribution c = (CompanyContribution) each;
            if (c.unit() == null) {
                noUnit.add(c);
            } else {
                byUnit.computeIfAbsent(c.unit(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ObligationStatus> statuses = new ArrayList<>();
        if (byUnit.isEmpty() || !noUnit.isEmpty()) {
            statuses.addAll(companyWide(o, null, noUnit, ctx, dataFrom));
        }
        byUnit.forEach((unit, parts) -> statuses.addAll(companyWide(o, unit, parts, ctx, dataFrom)));
        return statuses;
    }

    private static List<ObligationStatus> companyWide(ContactObligation o, BusinessUnit unit, Collection<?> contributions,
            ContactComplianceContext ctx, LocalDate dataFrom) {
        Instant from = dataFrom == null ? null : dataFrom.atStartOfDay(ctx.zone()).toInstant();
        List<Contact> contacts = new ArrayList<>();
        Map<Contact, String> outOfScope = new IdentityHashMap<>();
        for (Object each : contributions) {
            CompanyContribution c = (CompanyContribution) each;
            contacts.addAll(c.contacts());
            outOfScope.putAll(c.outOfScope());
        }
        List<ObligationStatus> statuses = new ArrayList<>(2);
        for (Period period : evaluatedPeriods(o.periodKind(), ctx)) {
            if (from != null && !period.end().isAfter(from)) {
                continue;
            }
            statuses.add(o.assess(null, unit, period, period, atRiskFrom(o, period, ctx), contacts,
                    ctx.assessment(), outOfScope::get));
        }
        return statuses;
    }

    static List<Period> evaluatedPeriods(PeriodKind kind, ContactComplianceContext ctx) {
        return ctx.evaluatedPeriods(kind);
    }

    /**
     * AT_RISK from the start of the n-th last working day inside the window (n = the obligation's
     * {@code atRiskWorkingDays}; 1 = the last working day, e.g. Friday of an ordinary week); {@code null} when n is 0.
     */
    public static Instant atRiskFrom(ContactObligation o, Period window, WorkCalendar calendar) {
        if (o.atRiskWorkingDays() == 0) {
            return null;
        }
        LocalDate last = LocalDate.ofInstant(window.end().minusNanos(1), window.zone());
        LocalDate day = calendar.isWorkingDay(last) ? last : calendar.previousWorkingDay(last);
        for (int i = 1; i < o.atRiskWorkingDays(); i++) {
            day = calendar.previousWorkingDay(day);
        }
        Instant from = day.atStartOfDay(window.zone()).toInstant();
        return from.isBefore(window.start()) ? window.start() : from;
    }

    /** {@link #atRiskFrom(ContactObligation, Period, WorkCalendar)}, computed once per window end and start per evaluation. */
    static Instant atRiskFrom(ContactObligation o, Period window, ContactComplianceContext ctx) {
        if (o.atRiskWorkingDays() == 0) {
            return null;
        }
        return ctx.cached(List.of(o.atRiskWorkingDays(), window.start(), window.end()),
                () -> atRiskFrom(o, window, ctx.calendar()));
    }

    private static Instant earliestConsidered(ContactObligation o, ContactComplianceContext ctx) {
        List<Period> periods = evaluatedPeriods(o.periodKind(), ctx);
        return periods.get(0).start().minusSeconds(86_400);
    }

    private static boolean isReported(Period window, ContactComplianceContext ctx) {
        Instant yearStart = LocalDate.of(ctx.today().getYear(), 1, 1).atStartOfDay(zone(ctx)).toInstant();
        return !window.start().isAfter(ctx.asOf()) && !window.end().isBefore(yearStart);
    }

    private static LocalDate onOrBefore(MonthDay day, int year) {
        return day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 2, 28);
    }

    private static Instant plusTwoYears(Instant instant, ZoneId zone) {
        return instant.atZone(zone).plusYears(2).toInstant();
    }

    private static ZoneId zone(ContactComplianceContext ctx) {
        AssessmentContext a = ctx.assessment();
        return a.zone();
    }


    /**
     * The message of a finding about {@code s}: the obligation, the period and what is (was) needed. Dates that are
     * personal data (a contact person's birthday) are left out (I3).
     */
    public static String describe(ObligationStatus s) {
        String needed = s.period().personal() ? s.stillNeeded().replaceAll(" before .*$", "") : s.stillNeeded();
        return s.obligation().wording() + " — " + unitPart(s) + s.period().label() + ": "
                + (s.state() == ObligationState.OVERDUE ? "not met; " : "not met yet; ") + needed;
    }

    /** {@code "business unit BU-East (华东业务部), "} for a unit's company-wide status; empty otherwise. */
    private static String unitPart(ObligationStatus s) {
        return s.isOfUnit() ? "business unit " + s.unit() + ", " : "";
    }

    /** The message of a finding about counted contacts recorded only after the period closed. */
    public static String describeLate(ObligationStatus s) {
        return s.obligation().wording() + " — " + unitPart(s) + s.period().label() + ": met, but by " + s.lateRecorded().size()
                + " contact(s) recorded only after the period closed ("
                + String.join(", ", s.lateRecorded().stream().map(Contact::id).toList()) + ")";
    }
}
