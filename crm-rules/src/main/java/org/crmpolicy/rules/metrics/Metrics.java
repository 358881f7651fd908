package org.crmpolicy.rules.metrics;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.complaint.ComplaintState;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.FollowUp;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Metric;
import org.crmpolicy.metric.Portfolio;
import org.crmpolicy.metric.PortfolioCustomer;
import org.crmpolicy.metric.Scorecard;
import org.crmpolicy.metric.SurveyResponse;
import org.crmpolicy.money.Money;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.complaints.Complaints;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.obligations.Obligations;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * The metrics of the policy (M1, M2): every indicator of {@link Metric} over a {@link Portfolio} and a period, as of
 * an instant. Obtain it from {@code CrmPolicy.metrics()}.
 *
 * <pre>{@code
 * Period quarter = PeriodKind.QUARTER.containing(asOf, policy.zone());
 * Scorecard s = policy.metrics().compute(Portfolio.of(customers).withComplaints(complaints).withSurveys(answers),
 *         quarter, asOf);
 * s.indicator(Metric.CSAT).orElseThrow();             // M1 customer satisfaction CSAT 客户满意度: 0.7500 (3 / 4)
 * s.indicator(Metric.ACQUISITION_COST).orElseThrow(); // ...: not computable: missing acquisition cost: not supplied ...
 * }</pre>
 *
 * <p>What counts: a fact (a complaint received, an answer given, a deadline met) counts when it lies in the period
 * {@code [start, end)} and not after {@code asOf}; each complaint is replayed up to then and assessed by the complaint
 * area ({@code CrmPolicy.complaints()}) as of then, so a closed quarter computed later gives the same numbers. The
 * survey bounds are the parameters {@code M1.csat-satisfied-from} (default 4), {@code M1.nps-promoter-from} (9) and
 * {@code M1.nps-detractor-up-to} (6). An indicator whose data was not supplied, or whose base is empty, has no value
 * and says why; it is never a zero. Each indicator's definition is in {@link Indicator#definition()} and
 * {@code docs/metrics.md}.
 *
 * <p>Thread-safe: it holds no state between calls.
 */
public final class Metrics {

    /** The complaint deadlines the response-deadline compliance rate counts: respond (D5), on site (D6), urgent (D10), handle (P2). */
    public static final Set<RuleId> RESPONSE_DEADLINES = Set.of(RuleId.of("D5"), RuleId.of("D6"), RuleId.of("D10"),
            RuleId.of("P2"));

    private final PolicyRuntime policy;
    private final Complaints complaints;
    private final Obligations obligations;

    public Metrics(PolicyRuntime policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.complaints = new Complaints(policy);
        this.obligations = new Obligations(policy);
    }

    /**
     * Every indicator of {@code portfolio} over {@code period}, as of {@code asOf}.
     *
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code asOf} is before the period's start, or outside the supported range
     */
    public Scorecard compute(Portfolio portfolio, Period period, Instant asOf) {
        Objects.requireNonNull(portfolio, "portfolio must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        SupportedRange.requireInstant(asOf, "metrics asOf");
        if (asOf.isBefore(period.start())) {
            throw new IllegalArgumentException("metrics asOf = " + asOf + " is before the start of period " + period
                    + ": nothing of it has happened yet");
        }
        return new Run(portfolio, period, asOf, policy.parameters()).indicators();
    }

    /** {@link #compute(Portfolio, Period, Instant)} as of the policy's clock. */
    public Scorecard compute(Portfolio portfolio, Period period) {
        return compute(portfolio, period, policy.now());
    }

    /** A customer and a complaint type: the unit of the prevention rate. */
    private record Repeat(CustomerId customerId, ComplaintType type) {
    }

    /** One computation: the portfolio indexed, the period's bounds, the parameters read once. */
    private final class Run {
        private final Portfolio portfolio;
        private final Period period;
        private final Instant asOf;
        /** The instant facts are seen at: asOf, or the last instant of the period when it ended before asOf. */
        private final Instant seenAt;
        private final Map<CustomerId, PortfolioCustomer> customers = new HashMap<>();
        private final int csatFrom;
        private final int promoterFrom;
        private final int detractorUpTo;
        private final List<Indicator> out = new ArrayList<>();

        Run(Portfolio portfolio, Period period, Instant asOf, PolicyParameters parameters) {
            this.portfolio = portfolio;
            this.period = period;
            this.asOf = asOf;
            this.seenAt = asOf.isBefore(period.end()) ? asOf : period.end().minusNanos(1);
            portfolio.customers().forEach(c -> customers.put(c.id(), c));
            this.csatFrom = parameters.integer("M1.csat-satisfied-from");
            this.promoterFrom = parameters.integer("M1.nps-promoter-from");
            this.detractorUpTo = parameters.integer("M1.nps-detractor-up-to");
        }

        /** In the period and not after asOf. */
        private boolean inPeriod(Instant t) {
            return !t.isBefore(period.start()) && !t.isAfter(seenAt);
        }

        Scorecard indicators() {
            List<SurveyResponse> surveys = portfolio.surveysIfSupplied().map(l -> l.stream()
                    .filter(r -> customers.containsKey(r.customerId()) && inPeriod(r.at())).toList()).orElse(null);
            csat(surveys);
            nps(surveys);
            churnAndLoyalty(Metric.CHURN_RATE);
            List<Complaint> seen = portfolio.complaintsIfSupplied().map(this::asSeen).orElse(null);
            List<Complaint> received = seen == null ? null : seen.stream().filter(c -> inPeriod(c.receivedAt())).toList();
            complaintRate(received);
            responseDeadlineCompliance(received);
            resolutionRate(received);
            coverage();
            handlingTimeliness(received);
            handlingSatisfaction(received);
            reviewRate(received);
            reviewTimeliness(received);
            preventionRate(seen);
            acquisitionCost();
            lifetimeValue();
            churnAndLoyalty(Metric.LOYALTY);
            feedbackRate(surveys);
            csatByAccountManager(surveys);
            return new Scorecard(period, asOf, out);
        }

        // ---------------------------------------------------------------- surveys

        private void csat(List<SurveyResponse> surveys) {
            String def = "survey answers in the period with CSAT " + csatFrom + " or more (of 1-5) / answers with a CSAT score";
            if (surveys == null) {
                out.add(missing(Metric.CSAT, def, "survey responses", "Portfolio.withSurveys"));
                return;
            }
            long rated = surveys.stream().filter(r -> r.csat() != null).count();
            long satisfied = surveys.stream().filter(r -> r.csat() != null && r.csat() >= csatFrom).count();
            out.add(Indicator.ratio(Metric.CSAT, null, def, satisfied, rated, "no CSAT answer in the period"));
        }

        private void nps(List<SurveyResponse> surveys) {
            String def = "(promoters, NPS " + promoterFrom + " or more, minus detractors, NPS " + detractorUpTo
                    + " or less, of 0-10) / answers with an NPS score in the period";
            if (surveys == null) {
                out.add(missing(Metric.NPS, def, "survey responses", "Portfolio.withSurveys"));
                return;
            }
            long answers = surveys.stream().filter(r -> r.nps() != null).count();
            long promoters = surveys.stream().filter(r -> r.nps() != null && r.nps() >= promoterFrom).count();
            long detractors = surveys.stream().filter(r -> r.nps() != null && r.nps() <= detractorUpTo).count();
            out.add(Indicator.ratio(Metric.NPS, null, def, promoters - detractors, answers, "no NPS answer in the period"));
        }

        private void feedbackRate(List<SurveyResponse> surveys) {
            String def = "customers who answered a survey in the period / customers in the portfolio";
            if (surveys == null) {
                out.add(missing(Metric.FEEDBACK_RATE, def, "survey responses", "Portfolio.withSurveys"));
                return;
            }
            long answered = surveys.stream().map(SurveyResponse::customerId).distinct().count();
            out.add(Indicator.ratio(Metric.FEEDBACK_RATE, null, def, answered, customers.size(), "no customer in the portfolio"));
        }

        private void csatByAccountManager(List<SurveyResponse> surveys) {
            String def = "CSAT answers in the period of the manager's customers with CSAT " + csatFrom
                    + " or more / their answers with a CSAT score";
            if (surveys == null) {
                out.add(missing(Metric.CSAT_BY_ACCOUNT_MANAGER, def, "survey responses", "Portfolio.withSurveys"));
                return;
            }
            Map<String, long[]> byManager = new TreeMap<>();
            long unknown = 0;
            for (SurveyResponse r : surveys) {
                if (r.csat() == null) {
                    continue;
                }
                PortfolioCustomer c = customers.get(r.customerId());
                if (c.customer() == null) {
                    unknown++;
                    continue;
                }
                if (!c.customer().hasAccountManager()) {
                    continue;
                }
                long[] n = byManager.computeIfAbsent(c.customer().accountManagerId(), k -> new long[2]);
                n[1]++;
                n[0] += r.csat() >= csatFrom ? 1 : 0;
            }
            if (unknown > 0) {
                out.add(Indicator.notComputable(Metric.CSAT_BY_ACCOUNT_MANAGER, null, def, "missing the customer record "
                        + "(account manager) of the customers of " + unknown + " CSAT answers (PortfolioCustomer.of(customer, tier))"));
                return;
            }
            if (byManager.isEmpty()) {
                out.add(Indicator.ratio(Metric.CSAT_BY_ACCOUNT_MANAGER, null, def, 0, 0,
                        "no CSAT answer in the period from a customer with an account manager"));
            }
            byManager.forEach((manager, n) -> out.add(Indicator.ratio(Metric.CSAT_BY_ACCOUNT_MANAGER, manager, def,
                    n[0], n[1], "no CSAT answer")));
        }

        // ---------------------------------------------------------------- customer status and amounts

        private void churnAndLoyalty(Metric metric) {
            String def = metric == Metric.CHURN_RATE
                    ? "customers with a contract in force (ACTIVE) at the start of the period and none at its end / "
                            + "customers ACTIVE at the start"
                    : "customers ACTIVE at the start of the period and still ACTIVE at its end / customers ACTIVE at the start";
            long noStart = customers.values().stream().filter(c -> c.statusAtStart() == null).count();
            if (noStart > 0) {
                out.add(Indicator.notComputable(metric, null, def, "missing the contract status at the start of the period of "
                        + noStart + " of " + customers.size() + " customers (PortfolioCustomer.withStatusAtStart)"));
                return;
            }
            List<PortfolioCustomer> active = customers.values().stream()
                    .filter(c -> c.statusAtStart() == ContractStatus.ACTIVE).toList();
            long noEnd = active.stream().filter(c -> c.statusAtEnd().isEmpty()).count();
            if (noEnd > 0) {
                out.add(Indicator.notComputable(metric, null, def, "missing the customer record (contract status at the end "
                        + "of the period) of " + noEnd + " of " + active.size() + " customers ACTIVE at the start "
                        + "(PortfolioCustomer.of(customer, tier))"));
                return;
            }
            long stayed = active.stream().filter(c -> c.statusAtEnd().orElseThrow() == ContractStatus.ACTIVE).count();
            long counted = metric == Metric.CHURN_RATE ? active.size() - stayed : stayed;
            out.add(Indicator.ratio(metric, null, def, counted, active.size(),
                    "no customer with a contract in force at the start of the period"));
        }

        private void acquisitionCost() {
            String def = "acquisition cost of the customers whose first contract falls in the period / those customers (CNY)";
            long noRecord = customers.values().stream().filter(c -> c.customer() == null).count();
            if (noRecord > 0) {
                out.add(Indicator.notComputable(Metric.ACQUISITION_COST, null, def, "missing the customer record (first "
                        + "contract date) of " + noRecord + " of " + customers.size() + " customers (PortfolioCustomer.of(customer, tier))"));
                return;
            }
            List<PortfolioCustomer> acquired = customers.values().stream()
                    .filter(c -> c.firstContractDate().map(this::dayInPeriod).orElse(false)).toList();
            amountPerCustomer(Metric.ACQUISITION_COST, def, acquired, CustomerAmounts::acquisitionCost, "acquisition cost",
                    "no customer acquired (first contract) in the period");
        }

        private void lifetimeValue() {
            String def = "revenue to date of the customers that have done business (contract ACTIVE or LAPSED at the end "
                    + "of the period) / those customers (CNY)";
            long noRecord = customers.values().stream().filter(c -> c.statusAtEnd().isEmpty()).count();
            if (noRecord > 0) {
                out.add(Indicator.notComputable(Metric.LIFETIME_VALUE, null, def, "missing the customer record (contract "
                        + "status) of " + noRecord + " of " + customers.size() + " customers (PortfolioCustomer.of(customer, tier))"));
                return;
            }
            List<PortfolioCustomer> base = customers.values().stream()
                    .filter(c -> c.statusAtEnd().orElseThrow().hasDoneBusiness()).toList();
            amountPerCustomer(Metric.LIFETIME_VALUE, def, base, CustomerAmounts::revenueToDate, "revenue to date",
                    "no customer that has done business");
        }

        private void amountPerCustomer(Metric metric, String def, List<PortfolioCustomer> base,
                java.util.function.Function<CustomerAmounts, Money> amount, String what, String whenEmpty) {
            if (portfolio.amountsIfSupplied().isEmpty()) {
                out.add(missing(metric, def, what, "Portfolio.withAmounts"));
                return;
            }
            Map<CustomerId, CustomerAmounts> amounts = new HashMap<>();
            portfolio.amountsIfSupplied().get().forEach(a -> amounts.put(a.customerId(), a));
            BigDecimal sum = BigDecimal.ZERO;
            long missing = 0;
            for (PortfolioCustomer c : base) {
                CustomerAmounts a = amounts.get(c.id());
                Money m = a == null ? null : amount.apply(a);
                if (m == null) {
                    missing++;
                } else {
                    sum = sum.add(m.amount());
                }
            }
            if (missing > 0) {
                out.add(Indicator.notComputable(metric, null, def, "missing " + what + " of " + missing + " of "
                        + base.size() + " customers counted"));
                return;
            }
            out.add(Indicator.ratio(metric, null, def, sum, BigDecimal.valueOf(base.size()), whenEmpty));
        }

        private boolean dayInPeriod(LocalDate day) {
            Instant start = day.atStartOfDay(period.zone()).toInstant();
            return inPeriod(start);
        }

        // ---------------------------------------------------------------- complaints

        /** The portfolio's complaints as seen at {@link #seenAt}: their events up to then, replayed. */
        private List<Complaint> asSeen(List<Complaint> all) {
            List<Complaint> seen = new ArrayList<>();
            for (Complaint c : all) {
                if (!customers.containsKey(c.customerId()) || c.receivedAt().isAfter(seenAt)) {
                    continue;
                }
                List<ComplaintEvent> events = c.events();
                if (!events.get(events.size() - 1).at().isAfter(seenAt)) {
                    seen.add(c);
                } else {
                    seen.add(Complaint.replay(events.stream().filter(e -> !e.at().isAfter(seenAt)).toList()));
                }
            }
            return seen;
        }

        private void complaintRate(List<Complaint> received) {
            String def = "customers with a complaint received in the period / customers in the portfolio";
            if (received == null) {
                out.add(missing(Metric.COMPLAINT_RATE, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long complaining = received.stream().map(Complaint::customerId).distinct().count();
            out.add(Indicator.ratio(Metric.COMPLAINT_RATE, null, def, complaining, customers.size(),
                    "no customer in the portfolio"));
        }

        private void responseDeadlineCompliance(List<Complaint> received) {
            String def = "deadlines (D5, D6, D10, P2) of the complaints received in the period met before their due "
                    + "instant / those met or past due";
            if (received == null) {
                out.add(missing(Metric.RESPONSE_DEADLINE_COMPLIANCE, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long met = 0;
            long due = 0;
            for (Complaint c : received) {
                PortfolioCustomer pc = customers.get(c.customerId());
                ComplaintAssessment a = pc.customer() == null ? complaints.assess(c, seenAt)
                        : complaints.assess(c, pc.customer(), seenAt);
                for (Deadline d : a.deadlines()) {
                    if (!RESPONSE_DEADLINES.contains(d.ruleId())) {
                        continue;
                    }
                    DeadlineStatus s = d.statusAt(seenAt);
                    if (s == DeadlineStatus.MET || s == DeadlineStatus.BREACHED) {
                        due++;
                        met += s == DeadlineStatus.MET ? 1 : 0;
                    }
                }
            }
            out.add(Indicator.ratio(Metric.RESPONSE_DEADLINE_COMPLIANCE, null, def, met, due,
                    "no complaint deadline fell due in the period"));
        }

        private void resolutionRate(List<Complaint> received) {
            String def = "complaints received in the period now resolved, reviewed or closed / complaints received in the period";
            if (received == null) {
                out.add(missing(Metric.RESOLUTION_RATE, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long resolved = received.stream().filter(c -> c.state() == ComplaintState.RESOLVED
                    || c.state() == ComplaintState.REVIEWED || c.state() == ComplaintState.CLOSED).count();
            out.add(Indicator.ratio(Metric.RESOLUTION_RATE, null, def, resolved, received.size(),
                    "no complaint received in the period"));
        }

        private void handlingTimeliness(List<Complaint> received) {
            String def = "complaints received in the period resolved before the handling deadline set at their latest "
                    + "assignment (P2) / those resolved";
            if (received == null) {
                out.add(missing(Metric.COMPLAINT_HANDLING_TIMELINESS, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long resolved = 0;
            long inTime = 0;
            for (Complaint c : received) {
                if (c.firstResolvedAt() == null) {
                    continue;
                }
                resolved++;
                Instant at = c.resolvedAt() != null ? c.resolvedAt() : c.firstResolvedAt();
                if (c.assignment() != null && at.isBefore(c.assignment().handlingDeadline())) {
                    inTime++;
                }
            }
            out.add(Indicator.ratio(Metric.COMPLAINT_HANDLING_TIMELINESS, null, def, inTime, resolved,
                    "no complaint received in the period was resolved"));
        }

        private void handlingSatisfaction(List<Complaint> received) {
            String def = "complaints received in the period whose latest rated follow-up (R7, R8) is " + csatFrom
                    + " or more (of 1-5) / complaints with a rated follow-up";
            if (received == null) {
                out.add(missing(Metric.COMPLAINT_HANDLING_SATISFACTION, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long rated = 0;
            long satisfied = 0;
            for (Complaint c : received) {
                Integer latest = null;
                for (FollowUp f : c.followUps()) {
                    if (f.satisfactionRating() != null) {
                        latest = f.satisfactionRating();
                    }
                }
                if (latest != null) {
                    rated++;
                    satisfied += latest >= csatFrom ? 1 : 0;
                }
            }
            out.add(Indicator.ratio(Metric.COMPLAINT_HANDLING_SATISFACTION, null, def, satisfied, rated,
                    "no follow-up with a satisfaction rating on a complaint received in the period"));
        }

        private void reviewRate(List<Complaint> received) {
            String def = "complaints reviewed / complaints resolved at least once (of those received in the period)";
            if (received == null) {
                out.add(missing(Metric.COMPLAINT_REVIEW_RATE, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long resolved = received.stream().filter(c -> c.firstResolvedAt() != null).count();
            long reviewed = received.stream().filter(c -> c.firstResolvedAt() != null && c.reviewedAt() != null).count();
            out.add(Indicator.ratio(Metric.COMPLAINT_REVIEW_RATE, null, def, reviewed, resolved,
                    "no complaint received in the period was resolved"));
        }

        private void reviewTimeliness(List<Complaint> received) {
            String def = "complaints reviewed before the handling deadline set at assignment (P2) / complaints reviewed";
            if (received == null) {
                out.add(missing(Metric.COMPLAINT_REVIEW_TIMELINESS, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            long reviewed = 0;
            long inTime = 0;
            for (Complaint c : received) {
                if (c.reviewedAt() == null) {
                    continue;
                }
                reviewed++;
                if (c.assignment() != null && c.reviewedAt().isBefore(c.assignment().handlingDeadline())) {
                    inTime++;
                }
            }
            out.add(Indicator.ratio(Metric.COMPLAINT_REVIEW_TIMELINESS, null, def, inTime, reviewed,
                    "no complaint received in the period was reviewed"));
        }

        private void preventionRate(List<Complaint> seen) {
            Period before = previous();
            String def = "customer x complaint type pairs complained about in the previous period (" + before.label()
                    + ") with no complaint of that customer of that type (or not yet typed) in this period / those pairs";
            if (seen == null) {
                out.add(missing(Metric.COMPLAINT_PREVENTION_RATE, def, "complaints", "Portfolio.withComplaints"));
                return;
            }
            Set<Repeat> earlier = new HashSet<>();
            Set<Repeat> again = new HashSet<>();
            Set<CustomerId> untyped = new HashSet<>();
            for (Complaint c : seen) {
                Instant at = c.receivedAt();
                Repeat key = c.registration() == null ? null : new Repeat(c.customerId(), c.registration().type());
                if (before.contains(at) && key != null) {
                    earlier.add(key);
                } else if (inPeriod(at)) {
                    if (key == null) {
                        untyped.add(c.customerId());
                    } else {
                        again.add(key);
                    }
                }
            }
            long prevented = earlier.stream().filter(k -> !again.contains(k) && !untyped.contains(k.customerId())).count();
            out.add(Indicator.ratio(Metric.COMPLAINT_PREVENTION_RATE, null, def, prevented, earlier.size(),
                    "no registered complaint in the previous period (" + before.label() + ")"));
        }

        /** The calendar period before, or the window of the same length just before an occasion. */
        private Period previous() {
            if (period.kind().isCalendar()) {
                return period.previous();
            }
            Duration length = Duration.between(period.start(), period.end());
            return Period.occasion("the " + length.toDays() + " days before " + period.label(),
                    period.start().minus(length), period.start(), period.zone());
        }

        // ---------------------------------------------------------------- contacts

        private void coverage() {
            String revisit = "customers whose C5 quarterly revisit is met this quarter / customers in the tier";
            String frequency = "customer-facing contacts this quarter up to the coverage's instant / customers in the tier";
            List<TierCoverage> given = portfolio.coverageIfSupplied().orElse(null);
            if (given == null && portfolio.contactsIfSupplied().isPresent()) {
                long noRecord = customers.values().stream().filter(c -> c.customer() == null).count();
                if (noRecord > 0) {
                    String why = "missing the customer record of " + noRecord + " of " + customers.size()
                            + " customers, needed to evaluate their contacts (PortfolioCustomer.of(customer, tier))";
                    out.add(Indicator.notComputable(Metric.REVISIT_COVERAGE, null, revisit, why));
                    out.add(Indicator.notComputable(Metric.INTERACTION_FREQUENCY, null, frequency, why));
                    return;
                }
                List<org.crmpolicy.customer.Customer> records = portfolio.customers().stream()
                        .map(PortfolioCustomer::customer).toList();
                given = obligations.compliance(records, portfolio.contactsIfSupplied().get(), seenAt).coverage();
            }
            if (given == null) {
                out.add(missing(Metric.REVISIT_COVERAGE, revisit, "contact coverage",
                        "Portfolio.withCoverage(ComplianceReport.coverage()) or Portfolio.withContacts"));
                out.add(missing(Metric.INTERACTION_FREQUENCY, frequency, "contact coverage",
                        "Portfolio.withCoverage(ComplianceReport.coverage()) or Portfolio.withContacts"));
                return;
            }
            List<TierCoverage> tiers = given.stream().sorted(Comparator.comparing(TierCoverage::tier)).toList();
            for (TierCoverage t : tiers) {
                out.add(Indicator.ratio(Metric.REVISIT_COVERAGE, t.tier().name(), revisit, t.revisitedThisQuarter(),
                        t.customers(), "no customer in tier " + t.tier()));
            }
            for (TierCoverage t : tiers) {
                out.add(Indicator.ratio(Metric.INTERACTION_FREQUENCY, t.tier().name(), frequency,
                        t.contactsThisQuarter(), t.customers(), "no customer in tier " + t.tier()));
            }
        }

        private Indicator missing(Metric metric, String definition, String what, String how) {
            return Indicator.notComputable(metric, null, definition, "missing " + what + ": not supplied (" + how + ")");
        }
    }
}
