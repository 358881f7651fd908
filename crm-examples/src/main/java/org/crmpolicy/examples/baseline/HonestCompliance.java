package org.crmpolicy.examples.baseline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactLog;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.CustomerTiers;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.contact.RoleHolders;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.AssessmentContext;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationEngine;
import org.crmpolicy.obligation.ObligationScope;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.rules.batch.CustomerContacts;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.crmpolicy.rules.evaluation.PolicyParameters;

/**
 * BENCHMARK BASELINE AND TEST ORACLE ONLY — not the policy. The honest baseline of issue 18: what a team that rewrote
 * the contact rules in plain Java would write if it kept the explanations. Every contact obligation the streaming batch
 * ({@code PortfolioBatch}) assesses — per customer C1–C3, C5–C7, C9, C11, R1–R4, company-wide C4, C8, C10, R2
 * (chairman, GM), R4 (BU head) and R6 — with the same findings: rule ID, subject, period, severity, message (the
 * "still needed" wording), evidence, responsible and due.
 *
 * <p>It reuses the domain's value types and period arithmetic ({@link ContactObligation#assess},
 * {@link ObligationEngine}) but no rule session: the obligation table below is a copy of the rows of
 * {@code contact-frequency.drl} and {@code revisits.drl} (the copy the library exists to avoid), which row applies to
 * whom is decided by the {@code if}s of {@link #customer}, and the findings are built by {@link #findings}. Tiering is
 * the plain-Java tiering of {@link HandWrittenCompliance#tier} (as of {@code asOf}, in that tier since
 * {@link Customer#since()}). Input is checked as the batch checks it: customers, contacts and events with the same
 * validator ({@link FactValidator}: an invalid record throws, naming it and every bad field), and the contacts the
 * batch rejects as input (another customer's, after asOf, recorded before they happened, before the customer's
 * since) are skipped here too (without the batch's {@code RejectedInput} report); revisit plans (R5) are not part of a
 * {@link CustomerContacts} and so not assessed.
 *
 * <p>Company-wide obligations use the batch's bounded reduction ({@link ObligationEngine#compact}, {@value #SAMPLE}
 * contacts of each kind as evidence), so their findings, evidence counts included, equal the batch's.
 *
 * <p>Per-customer work ({@link #customer}) is thread-safe; company-wide candidates go into a {@link Tally} per
 * thread, merged with {@link Tally#add} and decided by {@link #finish}.
 */
public final class HonestCompliance {

    /** Evidence kept per company-wide obligation, period and kind: the batch's {@code COMPANY_SAMPLE}. */
    static final int SAMPLE = 100;

    private static final List<ContactObligation> TABLE = List.of(
            ContactObligation.of("C1", "BU head phones each strategic and key customer at least once a week")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY)
                    .per(PeriodKind.ISO_WEEK).atLeast(1).via(Channel.PHONE).atRiskWorkingDaysBeforeEnd(1),
            ContactObligation.of("C2", "BU head phones each general customer at least once a month")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.GENERAL)
                    .per(PeriodKind.MONTH).atLeast(1).via(Channel.PHONE).atRiskWorkingDaysBeforeEnd(3),
            ContactObligation.of("C3", "VP in charge phones each strategic partner at least once a month")
                    .by(ContactRole.VP).forTiers(Tier.STRATEGIC_PARTNER)
                    .per(PeriodKind.MONTH).atLeast(1).via(Channel.PHONE).atRiskWorkingDaysBeforeEnd(3),
            ContactObligation.of("C4", "GM phones at least one strategic partner a month (selective, company-wide)")
                    .by(ContactRole.GM).forTiers(Tier.STRATEGIC_PARTNER).companyWide()
                    .per(PeriodKind.MONTH).atLeast(1).via(Channel.PHONE).atRiskWorkingDaysBeforeEnd(3),
            ContactObligation.of("C5", "Every customer is revisited at least once a quarter")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .per(PeriodKind.QUARTER).atLeast(1).via(Channel.PHONE, Channel.EMAIL, Channel.SMS, Channel.VISIT)
                    .withPurpose(Purpose.REVISIT, Purpose.COMPLAINT_FOLLOW_UP).atRiskWorkingDaysBeforeEnd(10),
            ContactObligation.of("C6", "First revisit within the set period after a purchase")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .per(PeriodKind.OCCASION).atLeast(1).via(Channel.PHONE, Channel.EMAIL, Channel.SMS, Channel.VISIT)
                    .withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(1),
            ContactObligation.of("C7", "Care greeting on holidays, birthdays and cooperation anniversaries")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .per(PeriodKind.OCCASION).atLeast(1).withPurpose(Purpose.CARE).atRiskWorkingDaysBeforeEnd(1),
            ContactObligation.of("C8", "At least one ordering conference or exchange meeting with customers a year")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .companyWide().per(PeriodKind.YEAR).atLeast(1).via(Channel.MEETING, Channel.VISIT, Channel.VIDEO)
                    .withPurpose(Purpose.EXCHANGE).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("C8", "At least two technical exchanges with user customers a year")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .companyWide().per(PeriodKind.YEAR).atLeast(2).withPurpose(Purpose.TECHNICAL_EXCHANGE)
                    .atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("C9", "BU head reports each strategic and key customer's communication to marketing monthly")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY).internalRecordsCount()
                    .per(PeriodKind.MONTH).atLeast(1).withPurpose(Purpose.KEY_CUSTOMER_REPORT).atRiskWorkingDaysBeforeEnd(3),
            ContactObligation.of("C10", "Marketing staff communicate with customers online every working day")
                    .by(ContactRole.SALES_STAFF).forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE)
                    .perUnit().per(PeriodKind.DAY).atLeast(1).via(Channel.IM, Channel.EMAIL, Channel.VIDEO),
            ContactObligation.of("C11", "Each customer is invited to visit the factory at least once a year")
                    .by(ContactRole.SALES_STAFF).byAnyone().forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL)
                    .per(PeriodKind.YEAR).atLeast(1).withPurpose(Purpose.FACTORY_VISIT_INVITATION).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R1", "Every customer who complained this year is revisited")
                    .by(ContactRole.SALES_STAFF).byAnyone()
                    .forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE)
                    .per(PeriodKind.OCCASION).atLeast(1).via(Channel.PHONE, Channel.EMAIL, Channel.SMS, Channel.VISIT)
                    .withPurpose(Purpose.REVISIT, Purpose.COMPLAINT_FOLLOW_UP).atRiskWorkingDaysBeforeEnd(10),
            ContactObligation.of("R2", "VP in charge revisits each strategic partner on site at least once a year")
                    .by(ContactRole.VP).forTiers(Tier.STRATEGIC_PARTNER)
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R2", "BU head revisits each strategic partner on site at least once a year")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.STRATEGIC_PARTNER)
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R2", "Chairman revisits strategic partners of his choice on site at least once a year")
                    .by(ContactRole.CHAIRMAN).forTiers(Tier.STRATEGIC_PARTNER).companyWide()
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R2", "GM revisits strategic partners of his choice on site at least once a year")
                    .by(ContactRole.GM).forTiers(Tier.STRATEGIC_PARTNER).companyWide()
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R3", "BU head revisits each key customer on site at least once a year")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.KEY)
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R4", "BU head revisits general customers of his choice on site at least once a year")
                    .by(ContactRole.BU_HEAD).forTiers(Tier.GENERAL).perUnit()
                    .per(PeriodKind.YEAR).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R4", "Each general customer gets an on-site revisit at least every two years")
                    .by(ContactRole.SALES_STAFF).alsoBy(ContactRole.BU_HEAD).forTiers(Tier.GENERAL)
                    .per(PeriodKind.TWO_YEARS).atLeast(1).onSite().withPurpose(Purpose.REVISIT).atRiskWorkingDaysBeforeEnd(20),
            ContactObligation.of("R6", "Sales department writes a revisit evaluation report every quarter")
                    .by(ContactRole.SALES_STAFF).byAnyone()
                    .forTiers(Tier.STRATEGIC_PARTNER, Tier.KEY, Tier.GENERAL, Tier.RESERVE).companyWide()
                    .internalRecordsCount().per(PeriodKind.QUARTER).atLeast(1)
                    .withPurpose(Purpose.REVISIT_EVALUATION_REPORT).atRiskWorkingDaysBeforeEnd(5));

    private static final List<ContactObligation> CALENDAR_ROWS = TABLE.stream()
            .filter(o -> o.scope() == ObligationScope.PER_CUSTOMER && o.periodKind() != PeriodKind.OCCASION).toList();
    private static final List<ContactObligation> COMPANY_ROWS = TABLE.stream()
            .filter(ContactObligation::isCompanyWide).toList();
    private static final ContactObligation C6 = row("C6");
    private static final ContactObligation C7 = row("C7");
    private static final ContactObligation R1 = row("R1");

    /**
     * The company-wide candidates of some customers (by obligation and, for C10 and R4 BU head, business unit), the
     * earliest since among them and company-level findings.
     */
    public static final class Tally {
        private final Map<String, List<Contact>> contacts = new LinkedHashMap<>();
        private final Map<String, Map<Contact, String>> outOfScope = new LinkedHashMap<>();
        private final Map<String, CompanyContribution> groups = new LinkedHashMap<>();
        private final Set<Finding> company = new HashSet<>();
        private LocalDate dataFrom;

        /** Adds {@code other} into this tally. */
        public void add(Tally other) {
            other.contacts.forEach((key, list) -> contacts.computeIfAbsent(key, k -> new ArrayList<>()).addAll(list));
            other.outOfScope.forEach((key, map) -> outOfScope.computeIfAbsent(key, k -> new IdentityHashMap<>()).putAll(map));
            other.groups.forEach(groups::putIfAbsent);
            company.addAll(other.company);
            since(other.dataFrom);
        }

        private void since(LocalDate day) {
            if (day != null && (dataFrom == null || day.isBefore(dataFrom))) {
                dataFrom = day;
            }
        }

        private CompanyContribution contribution(String group) {
            CompanyContribution g = groups.get(group);
            return new CompanyContribution(g.obligationKey(), contacts.getOrDefault(group, List.of()),
                    outOfScope.getOrDefault(group, Map.of()), g.unit());
        }

        /** The groups of one obligation: one, or for a per-unit row one per business unit (and the unit-less). */
        private List<String> groupsOf(ContactObligation o) {
            return groups.values().stream().filter(g -> g.obligationKey().equals(o.key()))
                    .map(CompanyContribution::groupKey).toList();
        }

        private void put(CompanyContribution c) {
            contacts.put(c.groupKey(), new ArrayList<>(c.contacts()));
            outOfScope.put(c.groupKey(), new IdentityHashMap<>(c.outOfScope()));
        }
    }

    private final Instant asOf;
    private final ZoneId zone;
    private final HandWrittenCompliance tiering;
    private final ContactComplianceContext ctx;
    private final CustomerEvent.Kind c6StartingEvent;
    private final int c6Days;
    private final String c7Holidays;
    private final int c7DaysBefore;

    /**
     * @param asOf       the policy instant
     * @param zone       the policy zone
     * @param calendar   working days (AT_RISK, C10) and festival dates (C7)
     * @param parameters the tiering parameters of {@link HandWrittenCompliance}, C6.starting-event,
     *                   C6.first-revisit-days, C7.holidays and C7.window-days-before
     */
    public HonestCompliance(Instant asOf, ZoneId zone, WorkCalendar calendar, PolicyParameters parameters) {
        this.asOf = asOf;
        this.zone = zone;
        this.tiering = new HandWrittenCompliance(asOf, zone, calendar, parameters);
        this.ctx = new ContactComplianceContext(new AssessmentContext(asOf, null, zone, RoleHolders.asRecorded(), false),
                calendar);
        this.c6StartingEvent = CustomerEvent.Kind.valueOf(parameters.text("C6.starting-event"));
        this.c6Days = parameters.integer("C6.first-revisit-days");
        this.c7Holidays = parameters.text("C7.holidays");
        this.c7DaysBefore = parameters.integer("C7.window-days-before");
    }

    /** The tier of {@code c} as of asOf (plain-Java tiering). */
    public Tier tier(Customer c) {
        return tiering.tier(c);
    }

    /**
     * Every per-customer contact obligation of one customer: its findings go to {@code out}, its company-wide
     * candidates into {@code tally}.
     *
     * @return the customer's tier
     */
    public Tier customer(CustomerContacts cc, Tally tally, Consumer<Finding> out) {
        Customer c = FactValidator.require(cc.customer(), "customer " + cc.customer().id());
        CustomerId id = c.id();
        Tier tier = tiering.tier(c);
        tally.since(c.since());
        CustomerTiers tiers = new CustomerTiers(id, List.of(TierPeriod.of(id, tier, c.since())));
        ContactLog log = new ContactLog(id, usable(cc.contacts(), c), c.businessUnit());
        for (ContactObligation o : CALENDAR_ROWS) {
            if (tiers.everIn(o.tiers())) {
                findings(ObligationEngine.perCustomer(o, tiers, log, ctx), out);
            }
        }
        for (CustomerEvent e : cc.events()) {
            FactValidator.require(e, "event " + e.id());
            if (!id.equals(e.customerId()) || e.at().isAfter(asOf)) {
                continue;
            }
            if (e.kind() == c6StartingEvent) {
                findings(ObligationEngine.occasion(C6, tiers, ObligationEngine.firstRevisitWindow(e, c6Days, ctx), log,
                        ctx), out);
            }
            if (e.kind() == CustomerEvent.Kind.COMPLAINT) {
                findings(ObligationEngine.occasion(R1, tiers, ObligationEngine.complaintRevisitWindow(e, ctx), log, ctx),
                        out);
            }
        }
        if (tiers.everIn(C7.tiers())) {
            List<String> unknown = new ArrayList<>();
            for (Period window : ObligationEngine.careWindows(c, c7Holidays, c7DaysBefore, ctx, unknown)) {
                findings(ObligationEngine.occasion(C7, tiers, window, log, ctx), out);
            }
            for (String festival : unknown) {
                tally.company.add(Finding.warning("C7", ObligationStatus.COMPANY, "the work calendar has no date for "
                        + festival + ": its care greetings are not checked; extend the calendar data"));
            }
        }
        for (ContactObligation o : COMPANY_ROWS) {
            // a per-unit row (C10, R4 BU head) hears from every customer in its tiers: its unit owes the row
            if (o.isPerUnit() || !log.contacts().isEmpty()) {
                CompanyContribution part = ObligationEngine.contribution(o, tiers, log, ctx);
                if (!part.isNone()) {
                    add(tally, o, part);
                }
            }
        }
        return tier;
    }

    /** The company-wide obligations over the merged tally of every customer; their findings go to {@code out}. */
    public void finish(Tally tally, Consumer<Finding> out) {
        List<Finding> company = new ArrayList<>(tally.company);
        for (ContactObligation o : COMPANY_ROWS) {
            List<CompanyContribution> all = new ArrayList<>();
            for (String group : tally.groupsOf(o)) {
                all.add(ObligationEngine.compact(o, tally.contribution(group), SAMPLE, ctx));
            }
            findings(ObligationEngine.companyWide(o, all, ctx, tally.dataFrom), company::add);
        }
        new HashSet<>(company).forEach(out);
    }

    /** The findings of some statuses: a violation for OVERDUE, a warning for AT_RISK, an info for late records. */
    static void findings(Collection<ObligationStatus> statuses, Consumer<Finding> out) {
        for (ObligationStatus s : statuses) {
            String rule = s.ruleId().value();
            if (s.state() == ObligationState.OVERDUE) {
                Finding f = Finding.violation(rule, s.subjectId(), ObligationEngine.describe(s))
                        .withResponsible(s.obligation().responsible().name())
                        .withEvidence("period", s.period().label())
                        .withEvidence("counted", s.counted().size() + " of " + s.obligation().minimumCount())
                        .withEvidence("not counted", s.notCounted().size());
                f = s.unit() == null ? f : f.withEvidence("business unit", s.unit().id());
                out.accept(s.period().personal() ? f : f.withDue(s.due()));
            } else if (s.state() == ObligationState.AT_RISK) {
                Finding f = Finding.warning(rule, s.subjectId(), ObligationEngine.describe(s))
                        .withResponsible(s.obligation().responsible().name())
                        .withEvidence("period", s.period().label())
                        .withEvidence("counted", s.counted().size() + " of " + s.obligation().minimumCount());
                f = s.unit() == null ? f : f.withEvidence("business unit", s.unit().id());
                out.accept(s.period().personal() ? f : f.withDue(s.due()));
            }
            if (!s.lateRecorded().isEmpty()) {
                Finding f = Finding.info(rule, s.subjectId(), ObligationEngine.describeLate(s))
                        .withEvidence("period", s.period().label());
                out.accept(s.unit() == null ? f : f.withEvidence("business unit", s.unit().id()));
            }
        }
    }

    /** Adds a customer's candidates, compacting once the list has grown well past what decides the statuses. */
    private void add(Tally tally, ContactObligation o, CompanyContribution part) {
        String group = part.groupKey();
        tally.groups.computeIfAbsent(group, k -> new CompanyContribution(part.obligationKey(), List.of(), Map.of(), part.unit()));
        List<Contact> list = tally.contacts.computeIfAbsent(group, k -> new ArrayList<>());
        list.addAll(part.contacts());
        if (!part.outOfScope().isEmpty()) {
            tally.outOfScope.computeIfAbsent(group, k -> new IdentityHashMap<>()).putAll(part.outOfScope());
        }
        if (list.size() > 4 * (o.minimumCount() + 2 * SAMPLE)) {
            tally.put(ObligationEngine.compact(o, tally.contribution(group), SAMPLE, ctx));
        }
    }

    /** The contacts the batch accepts as input: this customer's, by asOf, recorded after they happened, from since. */
    private List<Contact> usable(List<Contact> contacts, Customer c) {
        List<Contact> kept = null;
        for (int i = 0; i < contacts.size(); i++) {
            Contact k = FactValidator.requireContact(contacts.get(i), "contact of customer " + c.id());
            boolean ok = c.id().equals(k.customerId()) && !k.at().isAfter(asOf) && !k.recordedAt().isBefore(k.at())
                    && (c.since() == null || !LocalDate.ofInstant(k.at(), zone).isBefore(c.since()));
            if (!ok && kept == null) {
                kept = new ArrayList<>(contacts.subList(0, i));
            } else if (ok && kept != null) {
                kept.add(k);
            }
        }
        return kept == null ? contacts : kept;
    }

    private static ContactObligation row(String ruleId) {
        return TABLE.stream().filter(o -> o.ruleId().value().equals(ruleId)).findFirst().orElseThrow();
    }
}
