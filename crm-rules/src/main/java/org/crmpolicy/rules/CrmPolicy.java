package org.crmpolicy.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.AssessingUnit;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.rules.internal.RuleBase;
import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy, ready to evaluate: the plain-Java façade a host calls. Built once, then shared: every method is
 * thread-safe and each call runs in its own rule session. No Drools type crosses this API. The shipped rules are
 * precompiled when the library is built, so building a standard policy takes milliseconds; a rule set that differs
 * from the shipped one is compiled from DRL when the policy is built (seconds).
 *
 * <pre>{@code
 * CrmPolicy policy = CrmPolicy.standard();
 * TierDecision d = policy.classify(customer, Instant.parse("2025-11-24T02:00:00Z"));
 * d.tier();      // KEY
 * d.reasons();   // [T3 KEY: category LISTED_COMPANY, T4 GENERAL: annual volume 50000 CNY below ...]
 * d.findings();  // [T9 VIOLATION: KEY customer has no dedicated account manager]
 * }</pre>
 *
 * <p>Time: every evaluation takes an explicit {@code asOf}; the variants without one read the {@link Clock} given
 * to the builder, and refuse to run without one. The library never reads the system clock on its own.
 */
public final class CrmPolicy {

    /** The policy's default time zone: mainland China. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(CrmPolicy.class);

    private final RuleSetHolder rules;
    private final PolicyParameters parameters;
    private final ZoneId zone;
    private final Clock clock;
    private final Assessor assessor;
    private final Tiering tiering;
    private final WorkCalendar calendar;
    private final Deadlines deadlines;
    private final Approvals approvals;

    private CrmPolicy(Builder b) {
        this.parameters = b.parameters;
        this.zone = b.zone;
        this.clock = b.clock;
        this.assessor = b.assessor;
        this.rules = new RuleSetHolder(b.sources, b.ruleDirectory);
        this.tiering = new Tiering(this);
        // the work calendar logs one warning per year without holiday data, on its first use
        WorkCalendar base = b.calendar != null ? b.calendar
                : WorkCalendar.chinaMainland().zone().equals(b.zone) ? WorkCalendar.chinaMainland()
                : WorkCalendar.chinaMainland().toBuilder().zone(b.zone).build();
        this.calendar = base.withProvisionalYearListener(year -> LOG.warn(
                "crm-policy work calendar has no statutory holiday data for {}: its days are computed provisionally "
                        + "(weekends, Jan 1, May 1-2, Oct 1-3) and every deadline touching {} is marked provisional. "
                        + "Supply the State Council notice for {} with CrmPolicy.builder().calendar(WorkCalendar.chinaMainland()"
                        + ".toBuilder().statutoryDays(path).build()) or make the calendar strict to refuse instead.",
                year, year, year));
        this.deadlines = new Deadlines(this);
        this.approvals = new Approvals(this);
    }

    /** The shipped policy with its default parameters, in Asia/Shanghai, without a clock. */
    public static CrmPolicy standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    // ------------------------------------------------------------------ tiers (T1-T7, T9, T10)

    /**
     * Places one customer in its tier as of {@code asOf}.
     *
     * @throws InvalidFactException naming every bad field of the customer
     * @throws NullPointerException when customer or asOf is null
     */
    public TierDecision classify(Customer customer, Instant asOf) {
        return tiering.classify(customer, asOf);
    }

    /** {@link #classify(Customer, Instant)} as of the builder's clock. */
    public TierDecision classify(Customer customer) {
        return classify(customer, now());
    }

    /**
     * Places many customers, in input order. Customers are evaluated in chunks, so memory grows with the result
     * list, not with the rule sessions.
     *
     * @throws InvalidFactException on the first invalid customer (nothing is returned for any of them)
     * @throws IllegalArgumentException when two customers share an ID
     */
    public List<TierDecision> classifyAll(Collection<Customer> customers, Instant asOf) {
        return tiering.classifyAll(customers, asOf);
    }

    // ---- complaints (P1-P11, D5-D7, D10, R1, R7, R8, A7)

    /**
     * The complaint area: assess a complaint (or its stored events) as of an instant — open obligations with due
     * instants, breaches as findings, required approvals and escalations, routing. Cheap to call; thread-safe.
     */
    public Complaints complaints() {
        return new Complaints(this);
    }

    // ---- deadlines (D1-D4, D8, D9, D11-D16)

    /** Response deadlines, periodic reports and their review (D1-D4, D8, D9, D11-D16). Never null, thread-safe. */
    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * The work calendar every deadline counts on: the builder's, or {@link WorkCalendar#chinaMainland()} in the
     * policy's zone; it logs one SLF4J warning per uncovered year on first use. Never null.
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    // ---- approvals and customer information (A1-A12, T8, I1-I11)

    /**
     * The approvals area: {@link Approvals#plan(org.crmpolicy.approval.HostAction) plan(action)} before an act,
     * {@link Approvals#check check(action, approvalsGranted, evidence)} after it. Thread-safe, shared.
     */
    public Approvals approvals() {
        return approvals;
    }

    // ---- contact obligations (C1-C11, R1-R6)

    private final Obligations obligations = new Obligations(this);

    /** Contact obligations and revisits (C1–C11, R1–R6): compliance reports, transitions, the obligation table. */
    public Obligations obligations() {
        return obligations;
    }

    /**
     * The contact compliance of {@code customers} as of {@code asOf}: per customer the obligations and their status,
     * the findings and the coverage per tier. See {@link Obligations#compliance(Collection, Collection, Instant)}.
     */
    public ComplianceReport compliance(Collection<Customer> customers, Collection<Contact> contacts, Instant asOf) {
        return obligations.compliance(customers, contacts, asOf);
    }

    /** The contact compliance for a full request (tier history, role holders, events, knownAt). */
    public ComplianceReport compliance(ComplianceRequest request) {
        return obligations.compliance(request);
    }

    // ---- streaming portfolio batch (T, C1-C11, R1-R6 at scale)

    /**
     * Streaming evaluation of a whole portfolio (tiering and contact obligations), chunk by chunk on a bounded pool of
     * worker threads, with findings, metrics and progress delivered as it goes. See {@link PortfolioBatch}.
     */
    public PortfolioBatch batch() {
        return new PortfolioBatch(this);
    }

    // ------------------------------------------------------------------ configuration

    public PolicyParameters parameters() {
        return parameters;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The assessor recorded on tier decisions (T10). */
    public Assessor assessor() {
        return assessor;
    }

    /** The names of every rule in the running rule set, in file order. */
    public List<String> ruleNames() {
        return ruleBase().rules().stream().map(RuleBase.RuleName::name).sorted().toList();
    }

    /** The current instant of the builder's clock. */
    public Instant now() {
        if (clock == null) {
            throw new IllegalStateException("no clock configured: pass asOf explicitly or build the policy with "
                    + "CrmPolicy.builder().clock(clock)");
        }
        return clock.instant();
    }

    /** The running rule base; an area service takes it once per call and evaluates only on that one. */
    RuleBase ruleBase() {
        return rules.current();
    }

    // ---- rule authoring: host rule directory, safe reload, hot reload, catalogue

    /**
     * Compiles the rule set again (shipped DRL merged with the {@linkplain Builder#ruleDirectory(Path) rule
     * directory}) off to the side and, when it compiles, swaps it in atomically. Evaluations already running finish
     * on the rule set they started with; later calls use the new one. Reloads are serialised. Without a rule
     * directory this recompiles the shipped rules.
     *
     * @return the catalogue of the rule set that now serves
     * @throws RuleSetRejectedException listing every problem as {@code file:line:column: message}; the running rule
     *                                  set keeps serving, unchanged
     */
    public RuleCatalogue reload() {
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(rules.reload()));
    }

    /** The rules the running rule set enforces and the catalogue IDs it leaves uncovered. Never null. */
    public RuleCatalogue catalogue() {
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(ruleBase()));
    }

    /** The host's rule directory, when the policy was built with one. */
    public Optional<Path> ruleDirectory() {
        return Optional.ofNullable(rules.directory());
    }

    /**
     * Starts hot reload: a change to a DRL file of the rule directory reloads the rule set ({@link #reload()}) and
     * tells {@code listener} whether it was accepted or rejected. Off unless called; close the returned watch to
     * stop it.
     *
     * @throws IllegalStateException when the policy has no rule directory
     */
    public RuleDirectoryWatch watchRuleDirectory(RuleDirectoryWatch.Listener listener) {
        Path directory = ruleDirectory().orElseThrow(() -> new IllegalStateException(
                "no rule directory to watch: build the policy with CrmPolicy.builder().ruleDirectory(path)"));
        return new RuleDirectoryWatch(this, directory, listener);
    }

    /** Builds a {@link CrmPolicy}. Not thread-safe; the policy it builds is. */
    public static final class Builder {

        private PolicyParameters parameters = PolicyParameters.defaults();
        private ZoneId zone = DEFAULT_ZONE;
        private Clock clock;
        private Assessor assessor = Assessor.of(AssessingUnit.SALES_DEPARTMENT, "crm-policy");
        private final Map<String, String> sources = new LinkedHashMap<>(RuleBase.shippedSources());
        private Path ruleDirectory;
        // ---- deadlines (D1-D4, D8, D9, D11-D16)
        private WorkCalendar calendar;

        private Builder() {
        }

        public Builder parameters(PolicyParameters value) {
            this.parameters = Objects.requireNonNull(value, "parameters");
            return this;
        }

        /** Overrides one named parameter; see {@link PolicyParameters#with(String, String)}. */
        public Builder parameter(String key, String value) {
            this.parameters = parameters.with(key, value);
            return this;
        }

        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The clock the no-{@code asOf} variants read. Tests pass {@code Clock.fixed(...)}. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Who the tier decisions name as assessor (T10); default SALES_DEPARTMENT/crm-policy. */
        public Builder assessor(Assessor value) {
            this.assessor = Objects.requireNonNull(value, "assessor");
            return this;
        }

        // ---- deadlines (D1-D4, D8, D9, D11-D16)

        /**
         * The work calendar deadlines count on (holidays, make-up days, business hours, zone); default
         * {@link WorkCalendar#chinaMainland()} in the policy's zone.
         */
        public Builder calendar(WorkCalendar value) {
            this.calendar = Objects.requireNonNull(value, "calendar");
            return this;
        }

        /**
         * A host directory of DRL files merged over the shipped ones: a file named like a shipped file
         * ({@code tiers.drl}) replaces it, any other {@code *.drl} file is added. Read at build time and on every
         * {@link CrmPolicy#reload()}.
         *
         * @throws IllegalArgumentException when {@code directory} is not an existing directory
         */
        public Builder ruleDirectory(Path directory) {
            Objects.requireNonNull(directory, "ruleDirectory");
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("ruleDirectory = " + directory + ": not an existing directory");
            }
            this.ruleDirectory = directory;
            return this;
        }

        /**
         * Compiles the rule set: the shipped DRL, merged with the {@linkplain #ruleDirectory(Path) rule directory} if
         * one is given.
         *
         * @throws RuleSetRejectedException listing every problem as {@code file:line:column: message}
         */
        public CrmPolicy build() {
            return new CrmPolicy(this);
        }
    }
}
