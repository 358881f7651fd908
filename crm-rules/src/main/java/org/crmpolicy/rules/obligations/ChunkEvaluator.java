package org.crmpolicy.rules.obligations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactLog;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.CustomerTiers;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.contact.RoleHolders;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.PolicyArea;
import org.crmpolicy.obligation.AssessmentContext;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.ChunkSession;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.tiers.Tiers;

/**
 * The one way a chunk of customers is assessed for its contact obligations and revisits (C1–C11, R1–R6): validate
 * the chunk, classify the customers that come without a tier history (one tiering session, {@link Tiers#classifyAll}),
 * insert every customer's tiers, record, contact log, events and revisit plans into one rule session (joins keyed by
 * customer id), fire, and collect a {@link ChunkResult}: per-customer statuses and findings, and the chunk's
 * contributions to the company-wide obligations. Those are decided once, over every chunk's merged contributions, by
 * {@link #decide}. {@link Obligations#compliance}, the streaming batch and a host's own chunked job (through
 * {@link Obligations#assess(List, Instant)}) all evaluate with it.
 *
 * <p>Stateless and thread-safe: chunks may be evaluated on several threads at once.
 */
public final class ChunkEvaluator {

    /** The findings a contact-compliance session answers for. */
    static final Set<PolicyArea> AREAS = EnumSet.of(PolicyArea.CONTACT_FREQUENCY, PolicyArea.REVISITS);

    private static final Comparator<ObligationStatus> STATUS_ORDER = Comparator
            .comparing(ObligationStatus::ruleId)
            .thenComparing(s -> s.obligation().key())
            .thenComparing(s -> s.period().start())
            .thenComparing(s -> s.period().label());

    private final PolicyRuntime policy;
    private final Tiers tiers;

    public ChunkEvaluator(PolicyRuntime policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.tiers = new Tiers(policy);
    }

    /**
     * The explained assessment context of an evaluation as of {@code asOf} (every contact counted for the role recorded
     * on it, all recorded contacts known): what {@link #assess} runs with. Share one over all chunks of a run.
     */
    public ContactComplianceContext context(Instant asOf, boolean explained) {
        return new ContactComplianceContext(new AssessmentContext(Objects.requireNonNull(asOf, "asOf must not be null"),
                null, policy.zone(), RoleHolders.asRecorded(), explained), policy.calendar());
    }

    /**
     * Validates one chunk, sets aside what cannot be used, and evaluates the rest. Customers with a tier history are
     * validated here, the others by the tiering rules; then each customer's contacts and events: a contact or event
     * naming another customer, dated after asOf, or (a contact) recorded before it happened is rejected.
     *
     * @throws InvalidFactException     naming the record and every bad field
     * @throws IllegalArgumentException when a customer id appears twice in the chunk
     */
    public ChunkResult assess(RuleBase rules, ContactComplianceContext ctx, List<CustomerFile> chunk) {
        Instant asOf = ctx.asOf();
        Set<CustomerId> held = new HashSet<>();
        List<Customer> toClassify = new ArrayList<>(chunk.size());
        for (CustomerFile f : chunk) {
            Customer c = f.customer();
            if (f.isToClassify()) {
                toClassify.add(c);
            } else {
                FactValidator.require(c, "customer " + c.id());
                if (!held.add(c.id())) {
                    throw new IllegalArgumentException("customers: customer id " + c.id() + " appears more than once");
                }
            }
        }
        List<TierDecision> classified = toClassify.isEmpty() ? List.of() : tiers.classifyAll(toClassify, asOf);
        List<RejectedInput> rejected = new ArrayList<>();
        List<CustomerFile> usable = new ArrayList<>(chunk.size());
        for (CustomerFile f : chunk) {
            usable.add(usable(f, asOf, ctx.zone(), rejected));
        }
        return evaluate(rules, ctx, usable, classified, rejected);
    }

    /** {@link #assess} as of {@code asOf} on the running rule set, explained. */
    public ChunkResult assess(List<CustomerFile> chunk, Instant asOf) {
        Objects.requireNonNull(chunk, "chunk must not be null");
        return assess(policy.ruleBase(), context(asOf, true), chunk);
    }

    /** The file with only its usable contacts and events; the others are added to {@code rejected}. */
    private static CustomerFile usable(CustomerFile f, Instant asOf, ZoneId zone, List<RejectedInput> rejected) {
        CustomerId id = f.customer().id();
        List<Contact> contacts = f.contacts();
        List<Contact> kept = null;
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = FactValidator.requireContact(contacts.get(i), "contact of customer " + id);
            String problem = problemOf(c, id, asOf);
            if (problem == null) {
                problem = beforeSince(c, f.customer(), zone);
            }
            if (problem != null) {
                rejected.add(new RejectedInput("contact", c.id(), problem));
                if (kept == null) {
                    kept = new ArrayList<>(contacts.subList(0, i));
                }
            } else if (kept != null) {
                kept.add(c);
            }
        }
        List<CustomerEvent> events = f.events();
        List<CustomerEvent> keptEvents = null;
        for (int i = 0; i < events.size(); i++) {
            CustomerEvent e = events.get(i);
            FactValidator.require(e, e == null ? "event of customer " + id : "event " + e.id());
            String problem = !id.equals(e.customerId())
                    ? "customerId = " + e.customerId() + ", but it was handed in with customer " + id
                    : e.at().isAfter(asOf) ? "at = " + e.at() + " is after asOf " + asOf : null;
            if (problem != null) {
                rejected.add(new RejectedInput("event", e.id(), problem));
                if (keptEvents == null) {
                    keptEvents = new ArrayList<>(events.subList(0, i));
                }
            } else if (keptEvents != null) {
                keptEvents.add(e);
            }
        }
        for (RevisitPlan p : f.plans()) {
            FactValidator.require(p, p == null ? "revisit plan" : "revisit plan " + p.id());
        }
        return kept == null && keptEvents == null ? f : new CustomerFile(f.customer(), f.tierHistory(),
                kept == null ? contacts : kept, keptEvents == null ? events : keptEvents, f.plans());
    }

    private static String problemOf(Contact c, CustomerId customer, Instant asOf) {
        if (!customer.equals(c.customerId())) {
            return "customerId = " + c.customerId() + ", but it was handed in with customer " + customer;
        }
        if (c.at().isAfter(asOf)) {
            return "at = " + c.at() + " is after asOf " + asOf + ": a contact in the future of the evaluation";
        }
        if (c.recordedAt().isBefore(c.at())) {
            return "recordedAt = " + c.recordedAt() + " is before at = " + c.at() + ": recorded before it happened";
        }
        return null;
    }

    /**
     * Why a contact dated before its customer existed in the host's records cannot be used, or {@code null}: nothing
     * about a customer predates its {@link Customer#since()}, so such a contact is bad input, not a contact to judge.
     */
    static String beforeSince(Contact c, Customer customer, ZoneId zone) {
        if (customer == null || customer.since() == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(c.at(), zone);
        if (!day.isBefore(customer.since())) {
            return null;
        }
        return "at = " + c.at().atZone(zone).toLocalDateTime() + " " + zone + " is before the customer's since = "
                + customer.since() + ": customer " + customer.id() + " was not in the records then";
    }

    /**
     * Evaluates a chunk whose records are valid and usable: classifies the customers without a tier history (unless
     * {@code classified} already holds their decisions), then runs the contact rules over the chunk.
     */
    ChunkResult evaluate(RuleBase rules, ContactComplianceContext ctx, List<CustomerFile> chunk,
            List<TierDecision> classified, List<RejectedInput> rejected) {
        Instant asOf = ctx.asOf();
        if (classified == null) {
            List<Customer> toClassify = new ArrayList<>();
            for (CustomerFile f : chunk) {
                if (f.isToClassify()) {
                    toClassify.add(f.customer());
                }
            }
            classified = toClassify.isEmpty() ? List.of() : tiers.classifyAll(toClassify, asOf);
        }
        Map<CustomerId, Tier> decided = new HashMap<>(classified.size() * 2);
        for (TierDecision d : classified) {
            decided.put(d.customerId(), d.tier());
        }
        Map<CustomerId, Tier> tiersToday = new HashMap<>(chunk.size() * 2);
        Facts facts = ChunkSession.evaluate(policy, rules, asOf, insert -> {
            insert.accept(ctx);
            for (CustomerFile f : chunk) {
                Customer c = f.customer();
                CustomerTiers history;
                if (f.isToClassify()) {
                    Tier tier = decided.get(c.id());
                    history = new CustomerTiers(c.id(), List.of(TierPeriod.of(c.id(), tier, c.since())));
                    tiersToday.put(c.id(), tier);
                } else {
                    history = new CustomerTiers(c.id(), f.tierHistory());
                    history.tierOn(ctx.today()).ifPresent(t -> tiersToday.put(c.id(), t));
                }
                insert.accept(history);
                insert.accept(new CustomerOnFile(c));
                insert.accept(new ContactLog(c.id(), f.contacts(), c.businessUnit()));
                f.events().forEach(insert);
                f.plans().forEach(insert);
            }
        });
        Map<CustomerId, List<ObligationStatus>> statuses = new HashMap<>(chunk.size() * 2);
        for (ObligationStatus s : facts.ofType(ObligationStatus.class)) {
            statuses.computeIfAbsent(s.subject(), k -> new ArrayList<>()).add(s);
        }
        List<Finding> findings = new ArrayList<>();
        List<Finding> company = new ArrayList<>();
        for (Finding f : ChunkSession.findings(facts, AREAS)) {
            (ObligationStatus.isCompanySubject(f.subjectId()) ? company : findings).add(f);
        }
        Map<String, ContactObligation> companyWide = new HashMap<>();
        for (ContactObligation o : facts.ofType(ContactObligation.class)) {
            if (o.isCompanyWide()) {
                companyWide.put(o.key(), o);
            }
        }
        return new ChunkResult(classified, tiersToday, statuses, findings, company,
                CompanyContribution.merge(facts.ofType(CompanyContribution.class)), companyWide, rejected);
    }

    /**
     * Decides the company-wide obligations over the merged contributions of every chunk and the internal notes that
     * concern no single customer (R6 reports), with no bound on the periods assessed.
     */
    public CompanyWideDecision decide(RuleBase rules, ContactComplianceContext ctx,
            Collection<CompanyContribution> contributions, List<Contact> notes) {
        return decide(rules, ctx, contributions, notes, null);
    }

    /**
     * Decides the company-wide obligations as {@link #decide(RuleBase, ContactComplianceContext, Collection, List)}
     * does, only for periods that end after {@code dataFrom}, the day the portfolio's data starts (the earliest
     * customer {@link Customer#since()}; {@code null} = no bound).
     */
    public CompanyWideDecision decide(RuleBase rules, ContactComplianceContext ctx,
            Collection<CompanyContribution> contributions, List<Contact> notes, LocalDate dataFrom) {
        Facts company = ChunkSession.evaluate(policy, rules, ctx.asOf(), insert -> {
            insert.accept(ctx);
            insert.accept(new CompanyWideRound(notes, dataFrom));
            contributions.forEach(insert);
        });
        List<ObligationStatus> statuses = new ArrayList<>(company.ofType(ObligationStatus.class));
        statuses.sort(STATUS_ORDER);
        return new CompanyWideDecision(statuses, ChunkSession.findings(company, AREAS));
    }

    /** The earliest {@link Customer#since()} of {@code customers}, or {@code null} when there is none. */
    static LocalDate dataFrom(Collection<Customer> customers) {
        LocalDate from = null;
        for (Customer c : customers) {
            if (c.since() != null && (from == null || c.since().isBefore(from))) {
                from = c.since();
            }
        }
        return from;
    }

    /** The order statuses are reported in: rule ID, obligation, period start, period label. */
    static Comparator<ObligationStatus> statusOrder() {
        return STATUS_ORDER;
    }
}
