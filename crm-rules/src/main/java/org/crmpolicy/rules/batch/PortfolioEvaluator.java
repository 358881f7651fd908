package org.crmpolicy.rules.batch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.CompanyContribution;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ContactComplianceContext;
import org.crmpolicy.obligation.ContactObligation;
import org.crmpolicy.obligation.ObligationEngine;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.obligations.ChunkEvaluator;
import org.crmpolicy.rules.obligations.ChunkResult;
import org.crmpolicy.rules.obligations.CompanyWideDecision;
import org.crmpolicy.rules.obligations.CustomerFile;

/**
 * A portfolio evaluation as of one instant, in the three steps a distributed engine (Flink, Spark, a host's own
 * workers) runs on its tasks, and {@link PortfolioBatch} runs on its threads:
 * <ol>
 *   <li>{@link #evaluate} one customer or one chunk (partitioned by customer): its findings, which are final, and its
 *       {@link Contributions} to the company-wide obligations (C4, C8, C10, R2 chairman/GM, R4 BU head, R6);</li>
 *   <li>{@link #merge} contributions, in any grouping and order (associative and commutative, {@link
 *       Contributions#none()} the identity), on any task;</li>
 *   <li>{@link #decide} the merge of every customer's contributions, once, when the portfolio is complete: the
 *       company-wide statuses and their findings.</li>
 * </ol>
 * The findings of every step together equal those of {@link PortfolioBatch#run} over the same customers. The merge
 * stays bounded as {@link PortfolioBatch}'s does: per obligation and period it keeps the first contacts that count up
 * to the minimum and a sample of the others as evidence (its javadoc says how many).
 *
 * <p>Get one from {@link PortfolioBatch#evaluator(Instant)}. It holds the rule set in force when it was made (build one
 * per run, or one per task of a distributed run: the rule base is built by the policy, never shipped). Not
 * serializable itself (an engine makes one per task from the policy); {@link Contributions} is. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * PortfolioEvaluator ev = CrmPolicy.standard().batch().evaluator(asOf);
 * Contributions all = Contributions.none();
 * for (CustomerContacts c : portfolio) {
 *     ChunkOutcome out = ev.evaluate(c);          // on any task
 *     sink.accept(out.findings());
 *     all = ev.merge(all, out.contributions());   // on any task, any order
 * }
 * CompanyWideDecision company = ev.decide(all);   // once, at the end
 * }</pre>
 */
public final class PortfolioEvaluator {

    private final ChunkEvaluator chunks;
    private final RuleBase rules;
    private final ContactComplianceContext ctx;
    private volatile Map<String, ContactObligation> companyRows;
    private volatile List<CompanyPeriod> companyPeriods;

    PortfolioEvaluator(PolicyRuntime policy, ChunkEvaluator chunks, Instant asOf) {
        SupportedRange.requireInstant(asOf, "asOf");
        this.chunks = Objects.requireNonNull(chunks, "chunks");
        this.rules = policy.ruleBase();
        this.ctx = chunks.context(asOf, false);
    }

    /** The instant the policy is evaluated as of. */
    public Instant asOf() {
        return ctx.asOf();
    }

    /**
     * Evaluates one customer with its contacts and events.
     *
     * @throws InvalidFactException naming the record and every bad field
     */
    public ChunkOutcome evaluate(CustomerContacts customer) {
        return evaluate(List.of(Objects.requireNonNull(customer, "customer must not be null")));
    }

    /**
     * Evaluates a chunk of customers in one rule session (cheaper per customer than one by one: joins are keyed by
     * customer id).
     *
     * @param chunk customers with their contacts; not null, no null element, no customer id twice
     * @throws InvalidFactException     naming the record and every bad field
     * @throws IllegalArgumentException when a customer id appears twice in the chunk
     */
    public ChunkOutcome evaluate(List<CustomerContacts> chunk) {
        Objects.requireNonNull(chunk, "chunk must not be null");
        List<CustomerFile> files = new ArrayList<>(chunk.size());
        long contacts = 0;
        LocalDate dataFrom = null;
        for (CustomerContacts cc : chunk) {
            Objects.requireNonNull(cc, "chunk element must not be null");
            files.add(CustomerFile.of(cc.customer(), cc.contacts(), cc.events()));
            contacts += cc.contacts().size();
            LocalDate since = cc.customer().since();
            if (since != null && (dataFrom == null || since.isBefore(dataFrom))) {
                dataFrom = since;
            }
        }
        ChunkResult result = chunks.assess(rules, ctx, files);
        Map<String, ContactObligation> rows = result.companyWide();
        if (companyRows == null) {
            companyRows = Map.copyOf(rows);
        }
        List<Finding> findings = new ArrayList<>();
        for (TierDecision d : result.classified()) {
            findings.addAll(d.findings());
        }
        findings.addAll(result.findings());
        Map<Tier, TierMetrics> tiers = metrics(chunk, result, findings);
        List<CompanyContribution> contributions = new ArrayList<>(result.contributions().size());
        for (CompanyContribution c : result.contributions()) {
            contributions.add(bounded(rows.get(c.obligationKey()), c));
        }
        return new ChunkOutcome(chunk.size(), contacts, inCustomerOrder(findings, chunk), result.rejected(), tiers,
                Contributions.of(contributions, result.companyFindings(), dataFrom));
    }

    /**
     * The contributions of both: associative and commutative, {@link Contributions#none()} the identity. While no
     * obligation's candidates outgrow the bound, {@code merge(a, merge(b, c))} equals {@code merge(merge(a, b), c)} and
     * {@code merge(a, b)} equals {@code merge(b, a)}; past it (more than four times what the decision keeps of an
     * obligation) the candidates are compacted to what the decision keeps, so merges in another grouping may hold
     * different surplus candidates but always {@link #decide} the same statuses and findings.
     */
    public Contributions merge(Contributions a, Contributions b) {
        Objects.requireNonNull(a, "a must not be null");
        Objects.requireNonNull(b, "b must not be null");
        return merge(List.of(a, b));
    }

    /**
     * The contributions of all {@code parts} at once: what merging them two by two in any order gives (see {@link
     * #merge(Contributions, Contributions)}), at the cost of one compaction at most per obligation instead of one per
     * step. What an engine's reducer calls on the parts it has gathered.
     *
     * @param parts not null, no null element; empty gives {@link Contributions#none()}
     */
    public Contributions merge(Collection<Contributions> parts) {
        Objects.requireNonNull(parts, "parts must not be null");
        Contributions union = Contributions.union(parts);
        Map<String, CompanyContribution> compacted = null;
        for (CompanyContribution c : union.byObligation().values()) {
            CompanyContribution kept = bounded(rows().get(c.obligationKey()), c);
            if (kept != c) {
                if (compacted == null) {
                    compacted = new HashMap<>(union.byObligation());
                }
                compacted.put(c.groupKey(), kept);
            }
        }
        return compacted == null ? union : union.with(compacted);
    }

    /**
     * The contribution itself while it holds at most four times what the decision keeps of its obligation, else
     * compacted to what the decision keeps (compacting costs an assessment per evaluated period: only once it pays).
     */
    private CompanyContribution bounded(ContactObligation o, CompanyContribution c) {
        if (o == null || c.contacts().size() <= 4 * (o.minimumCount() + 2 * PortfolioBatch.COMPANY_SAMPLE)) {
            return c;
        }
        return ObligationEngine.compact(o, c, PortfolioBatch.COMPANY_SAMPLE, ctx);
    }

    /**
     * Decides the company-wide obligations over {@code all}, the merged contributions of the whole portfolio: their
     * statuses (by rule ID, obligation, period) and findings (the decision's and those the customer sessions made about
     * the company, once each, in {@link ComplianceReport#findingOrder()}). Call it once the portfolio is complete:
     * a customer left out is a contact that does not count.
     */
    public CompanyWideDecision decide(Contributions all) {
        Objects.requireNonNull(all, "all must not be null");
        List<CompanyContribution> compacted = new ArrayList<>(all.byObligation().size());
        for (CompanyContribution c : all.byObligation().values()) {
            ContactObligation o = rows().get(c.obligationKey());
            compacted.add(o == null ? c : ObligationEngine.compact(o, c, PortfolioBatch.COMPANY_SAMPLE, ctx));
        }
        CompanyWideDecision company = chunks.decide(rules, ctx, compacted, List.of(), all.dataFrom());
        Set<Finding> findings = new LinkedHashSet<>(all.findings());
        findings.addAll(company.findings());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(ComplianceReport.findingOrder());
        return new CompanyWideDecision(company.statuses(), sorted);
    }

    /**
     * Every company-wide obligation with every period it is decided for as of {@link #asOf()} (the period containing
     * it and the one before, as {@link #decide(Contributions)} reports them), by obligation key and period start.
     * What an engine that decides period by period keys its contributions by. Unmodifiable.
     */
    public List<CompanyPeriod> companyPeriods() {
        List<CompanyPeriod> periods = companyPeriods;
        if (periods == null) {
            List<CompanyPeriod> all = new ArrayList<>();
            for (ContactObligation o : new java.util.TreeMap<>(rows()).values()) {
                for (Period p : ctx.evaluatedPeriods(o.periodKind())) {
                    all.add(new CompanyPeriod(o.key(), p));
                }
            }
            periods = List.copyOf(all);
            companyPeriods = periods;
        }
        return periods;
    }

    /**
     * {@code contributions} cut by (obligation, period), for an engine that decides each period on its own key when it
     * is complete: one part for every one of {@link #companyPeriods()}, each holding the candidates of its obligation
     * made from a day before the period to a day after it (what deciding it looks at: contacts just outside are its
     * evidence of "not counted, outside the period", so a contact near a period's end goes to both periods) and the
     * data bound; a part without candidates still carries the bound, so every period hears of every customer. The
     * company-level findings of the sessions go with none of the parts: an engine publishes {@link
     * Contributions#findings()} on its own (they belong to no period).
     *
     * <p>Deciding each part with {@link #decide(CompanyPeriod, Contributions)}, after merging every customer's part of
     * that period in any grouping and order, gives the statuses and period findings of {@link #decide(Contributions)}.
     */
    public Map<CompanyPeriod, Contributions> byPeriod(Contributions contributions) {
        Objects.requireNonNull(contributions, "contributions must not be null");
        Map<CompanyPeriod, Contributions> parts = new java.util.LinkedHashMap<>();
        for (CompanyPeriod p : companyPeriods()) {
            CompanyContribution c = contributions.byObligation().get(p.obligationKey());
            List<CompanyContribution> in = c == null ? List.of() : List.of(inRange(c, p.period()));
            parts.put(p, Contributions.of(in, List.of(), contributions.dataFrom()));
        }
        return java.util.Collections.unmodifiableMap(parts);
    }

    private static CompanyContribution inRange(CompanyContribution c, Period period) {
        Instant from = period.start().minusSeconds(86_400);
        Instant to = period.end().plusSeconds(86_400);
        List<org.crmpolicy.contact.Contact> kept = new ArrayList<>();
        Map<org.crmpolicy.contact.Contact, String> outOfScope = new java.util.IdentityHashMap<>();
        for (org.crmpolicy.contact.Contact contact : c.contacts()) {
            if (!contact.at().isBefore(from) && contact.at().isBefore(to)) {
                kept.add(contact);
                String why = c.outOfScope().get(contact);
                if (why != null) {
                    outOfScope.put(contact, why);
                }
            }
        }
        return new CompanyContribution(c.obligationKey(), kept, outOfScope);
    }

    /**
     * Decides one company-wide obligation for one period over {@code contributions}, the merged contributions of the
     * whole portfolio to it (usually the merge of every customer's {@link #byPeriod} part for {@code period}; candidates
     * of other obligations are ignored): its status (none when the period ended before the data bound) and the
     * findings about it, as {@link #decide(Contributions)} reports them for that obligation and period. Without the
     * sessions' company-level findings, which belong to no period.
     *
     * @param period one of {@link #companyPeriods()}
     * @throws IllegalArgumentException when {@code period} is not one of {@link #companyPeriods()}
     */
    public CompanyWideDecision decide(CompanyPeriod period, Contributions contributions) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(contributions, "contributions must not be null");
        if (!companyPeriods().contains(period)) {
            throw new IllegalArgumentException("period = " + period.key() + " is not a company-wide period decided as of "
                    + asOf());
        }
        ContactObligation o = rows().get(period.obligationKey());
        CompanyContribution c = contributions.byObligation().get(period.obligationKey());
        List<CompanyContribution> in = c == null ? List.of()
                : List.of(ObligationEngine.compact(o, inRange(c, period.period()), PortfolioBatch.COMPANY_SAMPLE, ctx));
        CompanyWideDecision all = chunks.decide(rules, ctx, in, List.of(), contributions.dataFrom());
        List<ObligationStatus> statuses = new ArrayList<>(1);
        for (ObligationStatus s : all.statuses()) {
            if (s.obligation().key().equals(period.obligationKey()) && s.period().equals(period.period())) {
                statuses.add(s);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : all.findings()) {
            for (ObligationStatus s : statuses) {
                if (isAbout(f, s)) {
                    findings.add(f);
                    break;
                }
            }
        }
        findings.sort(ComplianceReport.findingOrder());
        return new CompanyWideDecision(statuses, findings);
    }

    /**
     * The late-record findings ({@code C1-C11 R1-R6 A contact recorded after its period closed is reported as late})
     * that contacts reaching an engine after it decided {@code period} make: {@code decided} is what the decision was
     * taken over, {@code late} what came after it, each of its contacts taken as recorded no earlier than {@code
     * decidedAt} (it was not in the record the decision saw). Only the findings naming a late contact that would have
     * counted; none when the late contacts would not have counted. The published status stays as decided: this never
     * returns a status.
     *
     * @param decidedAt when the period was decided (an engine's event time: its end plus the allowed lateness); at or
     *                  after the period's end
     * @throws IllegalArgumentException when {@code period} is not one of {@link #companyPeriods()}, or {@code decidedAt}
     *                                  is before its end
     */
    public List<Finding> lateFindings(CompanyPeriod period, Contributions decided, Contributions late,
            Instant decidedAt) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(decided, "decided must not be null");
        Objects.requireNonNull(late, "late must not be null");
        Objects.requireNonNull(decidedAt, "decidedAt must not be null");
        if (decidedAt.isBefore(period.period().end())) {
            throw new IllegalArgumentException("decidedAt = " + decidedAt + " is before the end of " + period.key());
        }
        CompanyContribution c = late.byObligation().get(period.obligationKey());
        if (c == null || c.contacts().isEmpty()) {
            return List.of();
        }
        List<org.crmpolicy.contact.Contact> seen = new ArrayList<>(c.contacts().size());
        Map<org.crmpolicy.contact.Contact, String> outOfScope = new java.util.IdentityHashMap<>();
        Set<String> lateIds = new java.util.HashSet<>();
        for (org.crmpolicy.contact.Contact contact : c.contacts()) {
            org.crmpolicy.contact.Contact recorded = contact.recordedAt().isBefore(decidedAt)
                    ? contact.recordedAt(decidedAt) : contact;
            seen.add(recorded);
            lateIds.add(contact.id());
            String why = c.outOfScope().get(contact);
            if (why != null) {
                outOfScope.put(recorded, why);
            }
        }
        Contributions again = merge(decided, Contributions.of(
                List.of(new CompanyContribution(c.obligationKey(), seen, outOfScope)), List.of(), late.dataFrom()));
        CompanyWideDecision d = decide(period, again);
        List<Finding> findings = new ArrayList<>();
        for (ObligationStatus s : d.statuses()) {
            if (s.lateRecorded().stream().noneMatch(x -> lateIds.contains(x.id()))) {
                continue;
            }
            for (Finding f : d.findings()) {
                if (f.severity() == Severity.INFO && isAbout(f, s)) {
                    findings.add(f);
                }
            }
        }
        return List.copyOf(findings);
    }

    /** Whether {@code f} is one of the findings the rules make about the company-wide status {@code s}. */
    private static boolean isAbout(Finding f, ObligationStatus s) {
        return f.ruleId().equals(s.ruleId()) && f.subjectId().equals(s.subjectId())
                && s.period().label().equals(f.evidence().get("period"))
                && f.message().startsWith(s.obligation().wording() + " — " + s.period().label() + ":");
    }

    /** The company-wide obligations of the rule set, by key: from the first chunk, or from an empty session. */
    private Map<String, ContactObligation> rows() {
        Map<String, ContactObligation> rows = companyRows;
        if (rows == null) {
            rows = Map.copyOf(chunks.assess(rules, ctx, List.of()).companyWide());
            companyRows = rows;
        }
        return rows;
    }

    private static Map<Tier, TierMetrics> metrics(List<CustomerContacts> chunk, ChunkResult result,
            List<Finding> findings) {
        Map<CustomerId, Tier> tiers = result.tiers();
        Map<Tier, long[]> counts = new EnumMap<>(Tier.class);
        for (CustomerContacts cc : chunk) {
            Tier tier = tiers.get(cc.customer().id());
            if (tier == null) {
                continue;
            }
            long[] n = counts.computeIfAbsent(tier, k -> new long[8]);
            n[0]++;
            n[1] += cc.contacts().size();
        }
        result.statuses().forEach((subject, statuses) -> {
            long[] n = counts.get(tiers.get(subject));
            if (n == null) {
                return;
            }
            for (ObligationStatus s : statuses) {
                n[2]++;
                if (s.isMet()) {
                    n[3]++;
                } else if (s.state() == ObligationState.AT_RISK) {
                    n[4]++;
                } else if (s.state() == ObligationState.OVERDUE) {
                    n[5]++;
                }
            }
        });
        Map<String, Tier> tierBySubject = new HashMap<>(chunk.size() * 2);
        tiers.forEach((id, t) -> tierBySubject.put(id.value(), t));
        for (Finding f : findings) {
            Tier t = tierBySubject.get(f.subjectId());
            if (t != null && f.severity() != Severity.INFO && counts.containsKey(t)) {
                counts.get(t)[f.severity() == Severity.VIOLATION ? 6 : 7]++;
            }
        }
        Map<Tier, TierMetrics> metrics = new EnumMap<>(Tier.class);
        counts.forEach((tier, n) -> metrics.put(tier, new TierMetrics(tier, n[0], n[1], n[2], n[3], n[4], n[5], n[6],
                n[7])));
        return metrics;
    }

    /**
     * The findings of a chunk customer by customer in input order, each customer's in {@link
     * ComplianceReport#findingOrder()}: much cheaper than sorting the whole chunk.
     */
    private static List<Finding> inCustomerOrder(List<Finding> findings, List<CustomerContacts> chunk) {
        Map<String, List<Finding>> bySubject = new HashMap<>(chunk.size() * 2);
        for (Finding f : findings) {
            bySubject.computeIfAbsent(f.subjectId(), k -> new ArrayList<>(8)).add(f);
        }
        List<Finding> ordered = new ArrayList<>(findings.size());
        for (CustomerContacts cc : chunk) {
            List<Finding> own = bySubject.remove(cc.customer().id().value());
            if (own != null) {
                own.sort(ComplianceReport.findingOrder());
                ordered.addAll(own);
            }
        }
        List<Finding> rest = new ArrayList<>();
        bySubject.values().forEach(rest::addAll);
        rest.sort(ComplianceReport.findingOrder());
        ordered.addAll(rest);
        return ordered;
    }
}
