package org.crmpolicy.rules.obligations;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.contact.RoleAssignment;
import org.crmpolicy.contact.RoleHolders;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.AssessmentContext;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.CustomerCompliance;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.RejectedInput;
import org.crmpolicy.obligation.StatusTransition;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * Contact obligations and revisits (C1–C11, R1–R6) evaluated as of any instant: runs {@code contact-frequency.drl} and
 * {@code revisits.drl} over a portfolio and assembles the {@link ComplianceReport}. Obtained from
 * {@link CrmPolicy#obligations()}; thread-safe, stateless between calls.
 *
 * <p>Customers are evaluated in chunks of {@value #CHUNK} by the {@link ChunkEvaluator} (the batch's and a host's
 * chunked job's too, see {@link #assess}), each in its own rule session, joined by customer id only; the company-wide
 * obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6) are decided at the end over what each chunk contributed,
 * only when the request asks for them ({@link ComplianceRequest#withCompanyWide(boolean)}: the whole portfolio) and
 * only for periods that end after the earliest customer {@link Customer#since()}.
 * Memory grows with the report, not with the sessions.
 *
 * <p>Input the evaluation cannot use is reported in {@link ComplianceReport#rejected()}, never dropped silently: a
 * contact, event or tier period for a customer not in the request, a contact or event dated after {@code asOf}, a
 * contact recorded before it happened or dated before its customer's {@link Customer#since()}, a contact with no
 * customer that is not an internal note. A record with a bad
 * field (a null channel) is a caller error: {@link InvalidFactException}.
 */
public final class Obligations {

    static final int CHUNK = 1_000;

    private final PolicyRuntime policy;
    private final ChunkEvaluator chunks;

    public Obligations(PolicyRuntime policy) {
        this.policy = policy;
        this.chunks = new ChunkEvaluator(policy);
    }

    /**
     * The contact compliance of {@code customers} as of {@code asOf}, each customer's tier from the tiering rules, each
     * contact counted for the role recorded on it; the company-wide obligations are not decided (see
     * {@link ComplianceRequest#withCompanyWide(boolean)}).
     *
     * @throws InvalidFactException naming the record and every bad field
     * @throws IllegalArgumentException when two customers share an id
     */
    public ComplianceReport compliance(Collection<Customer> customers, Collection<Contact> contacts, Instant asOf) {
        return compliance(ComplianceRequest.of(customers, contacts, asOf));
    }

    /**
     * The contact compliance for a full request (tier history, role holders, events, revisit plans, knownAt).
     *
     * @throws InvalidFactException naming the record and every bad field
     * @throws IllegalArgumentException when two customers share an id, or a customer's tier periods overlap
     */
    public ComplianceReport compliance(ComplianceRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        Instant asOf = request.asOf();
        ZoneId zone = policy.zone();
        List<RejectedInput> rejected = new ArrayList<>();

        Map<CustomerId, Customer> customers = new LinkedHashMap<>();
        int index = 0;
        for (Customer c : request.customers()) {
            FactValidator.require(c, c == null ? "customers[" + index + "]" : "customer " + c.id());
            if (customers.put(c.id(), c) != null) {
                throw new IllegalArgumentException("customers: customer id " + c.id() + " appears more than once");
            }
            index++;
        }
        Map<CustomerId, List<Contact>> logs = new HashMap<>();
        List<Contact> customerless = new ArrayList<>();
        index = 0;
        for (Contact c : request.contacts()) {
            FactValidator.requireContact(c, "contacts[" + index + "]");
            index++;
            String problem = problemOf(c, customers, asOf, zone);
            if (problem != null) {
                rejected.add(new RejectedInput("contact", c.id(), problem));
            } else if (c.customerId() == null) {
                customerless.add(c);
            } else {
                logs.computeIfAbsent(c.customerId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<CustomerEvent> events = new ArrayList<>();
        for (CustomerEvent e : request.events()) {
            FactValidator.require(e, e == null ? "event" : "event " + e.id());
            if (!customers.containsKey(e.customerId())) {
                rejected.add(new RejectedInput("event", e.id(), "customerId = " + e.customerId()
                        + " is not among the customers evaluated"));
            } else if (e.at().isAfter(asOf)) {
                rejected.add(new RejectedInput("event", e.id(), "at = " + e.at() + " is after asOf " + asOf));
            } else {
                events.add(e);
            }
        }
        List<RevisitPlan> plans = new ArrayList<>();
        for (RevisitPlan p : request.revisitPlans()) {
            FactValidator.require(p, p == null ? "revisit plan" : "revisit plan " + p.id());
            if (customers.containsKey(p.customerId())) {
                plans.add(p);
            } else {
                rejected.add(new RejectedInput("revisit plan", p.id(), "customerId = " + p.customerId()
                        + " is not among the customers evaluated"));
            }
        }
        for (RoleAssignment a : request.roleHolders()) {
            FactValidator.require(a, a == null ? "role assignment" : "role assignment of person " + a.personId());
        }
        RoleHolders roles = request.roleHolders().isEmpty() ? RoleHolders.asRecorded() : RoleHolders.of(request.roleHolders());
        Map<CustomerId, List<TierPeriod>> history = tierHistory(request, customers, rejected);

        ContactComplianceContext ctx = new ContactComplianceContext(
                new AssessmentContext(asOf, request.knownAt(), zone, roles), calendar());
        Map<CustomerId, List<ObligationStatus>> statuses = new HashMap<>();
        Map<CustomerId, Tier> tiersToday = new HashMap<>();
        Set<Finding> findings = new LinkedHashSet<>();
        List<CompanyContribution> contributions = new ArrayList<>();

        Map<CustomerId, List<CustomerEvent>> eventsByCustomer = new HashMap<>();
        events.forEach(e -> eventsByCustomer.computeIfAbsent(e.customerId(), k -> new ArrayList<>()).add(e));
        Map<CustomerId, List<RevisitPlan>> plansByCustomer = new HashMap<>();
        plans.forEach(p -> plansByCustomer.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p));

        RuleBase rules = policy.ruleBase(); // once per call: a reload meanwhile does not mix two rule sets
        List<Customer> all = new ArrayList<>(customers.values());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<CustomerFile> chunk = new ArrayList<>(CHUNK);
            for (Customer c : all.subList(from, Math.min(all.size(), from + CHUNK))) {
                chunk.add(new CustomerFile(c, history.getOrDefault(c.id(), List.of()), logs.getOrDefault(c.id(), List.of()),
                        eventsByCustomer.getOrDefault(c.id(), List.of()), plansByCustomer.getOrDefault(c.id(), List.of())));
            }
            ChunkResult result = chunks.evaluate(rules, ctx, chunk, null, List.of());
            statuses.putAll(result.statuses());
            tiersToday.putAll(result.tiers());
            findings.addAll(result.findings());
            findings.addAll(result.companyFindings());
            contributions.addAll(result.contributions());
        }

        CompanyWideDecision company = request.companyWide()
                ? chunks.decide(rules, ctx, contributions, customerless, ChunkEvaluator.dataFrom(customers.values()))
                : new CompanyWideDecision(List.of(), List.of());
        findings.addAll(company.findings());

        List<CustomerCompliance> perCustomer = new ArrayList<>(customers.size());
        for (Customer c : customers.values()) {
            List<ObligationStatus> own = new ArrayList<>(statuses.getOrDefault(c.id(), List.of()));
            own.sort(ChunkEvaluator.statusOrder());
            perCustomer.add(new CustomerCompliance(c.id(), tiersToday.get(c.id()), own));
        }
        List<Finding> sortedFindings = new ArrayList<>(findings);
        sortedFindings.sort(ComplianceReport.findingOrder());
        return new ComplianceReport(asOf, request.knownAt(), zone, perCustomer, company.statuses(), sortedFindings,
                TierCoverage.of(perCustomer, logs, asOf, request.knownAt(), zone), rejected);
    }

    /**
     * One chunk of customers assessed on its own, as a host's chunked job does (each chunk in its own transaction):
     * per-customer statuses and findings, tiers, and the chunk's contributions to the company-wide obligations, which
     * are not decided here (merge every chunk's and decide once). Each customer without a tier history is classified
     * as of {@code asOf} and held in that tier since {@link Customer#since()}; each contact counts for the role recorded
     * on it. See {@link ChunkEvaluator#assess}.
     *
     * @throws InvalidFactException     naming the record and every bad field
     * @throws IllegalArgumentException when two customers share an id
     */
    public ChunkResult assess(List<CustomerFile> chunk, Instant asOf) {
        return chunks.assess(chunk, asOf);
    }

    /**
     * The status changes between two policy instants for the same inputs: what a host polling at {@code earlier} and
     * again at {@code later} should act on, each change once.
     */
    public List<StatusTransition> transitions(ComplianceRequest request, Instant earlier, Instant later) {
        Objects.requireNonNull(earlier, "earlier must not be null");
        Objects.requireNonNull(later, "later must not be null");
        return compliance(request.withAsOf(later)).transitionsSince(compliance(request.withAsOf(earlier)));
    }

    /** The obligation table of the running rule set (every row of C1–C11 and R1–R6), in catalogue order. */
    public List<ContactObligation> obligationTable() {
        Facts facts = policy.ruleBase().evaluate(insert -> insert.accept(new ContactComplianceContext(
                new AssessmentContext(Instant.EPOCH, null, policy.zone(), RoleHolders.asRecorded()), calendar())));
        return facts.ofType(ContactObligation.class).stream()
                .sorted(Comparator.comparing(ContactObligation::ruleId).thenComparing(ContactObligation::key)).toList();
    }

    private WorkCalendar calendar() {
        return policy.calendar();
    }

    private static String problemOf(Contact c, Map<CustomerId, Customer> customers, Instant asOf, ZoneId zone) {
        if (c.customerId() == null && !c.internalNote()) {
            return "customerId is null, but only an internal note may concern no single customer";
        }
        if (c.customerId() != null && !customers.containsKey(c.customerId())) {
            return "customerId = " + c.customerId() + " is not among the " + customers.size() + " customers evaluated";
        }
        if (c.at().isAfter(asOf)) {
            return "at = " + c.at() + " is after asOf " + asOf + ": a contact in the future of the evaluation";
        }
        if (c.recordedAt().isBefore(c.at())) {
            return "recordedAt = " + c.recordedAt() + " is before at = " + c.at() + ": recorded before it happened";
        }
        return c.customerId() == null ? null : ChunkEvaluator.beforeSince(c, customers.get(c.customerId()), zone);
    }

    private static Map<CustomerId, List<TierPeriod>> tierHistory(ComplianceRequest request,
            Map<CustomerId, Customer> customers, List<RejectedInput> rejected) {
        Map<CustomerId, List<TierPeriod>> history = new HashMap<>();
        for (TierPeriod p : request.tierHistory()) {
            FactValidator.require(p, p == null ? "tier period" : "tier period of customer " + p.customerId());
            if (!customers.containsKey(p.customerId())) {
                rejected.add(new RejectedInput("tier period", p.customerId().value(), "customerId = " + p.customerId()
                        + " is not among the customers evaluated (" + p.tier() + " from " + p.from() + ")"));
                continue;
            }
            history.computeIfAbsent(p.customerId(), k -> new ArrayList<>()).add(p);
        }
        for (List<TierPeriod> periods : history.values()) {
            periods.sort(Comparator.comparing(TierPeriod::from));
            for (int i = 1; i < periods.size(); i++) {
                TierPeriod before = periods.get(i - 1);
                TierPeriod after = periods.get(i);
                if (before.to() == null || before.to().isAfter(after.from())) {
                    throw new IllegalArgumentException("tier history of customer " + after.customerId() + ": "
                            + before.tier() + " from " + before.from() + " to " + before.to() + " overlaps "
                            + after.tier() + " from " + after.from());
                }
            }
        }
        return history;
    }
}
