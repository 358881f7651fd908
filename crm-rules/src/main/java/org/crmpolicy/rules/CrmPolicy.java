package org.crmpolicy.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
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
import org.crmpolicy.rules.approvals.Approvals;
import org.crmpolicy.rules.authoring.RuleDirectoryWatch;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.batch.PortfolioBatch;
import org.crmpolicy.rules.catalogue.RuleCatalogue;
import org.crmpolicy.rules.complaints.Complaints;
import org.crmpolicy.rules.deadlines.Deadlines;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.engine.RuleSetHolder;
import org.crmpolicy.rules.engine.RuleSources;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.evaluation.CalendarWarnings;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.rules.information.Information;
import org.crmpolicy.rules.metrics.Metrics;
import org.crmpolicy.rules.obligations.Obligations;
import org.crmpolicy.rules.tiers.Tiers;
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
    private final PolicyRuntime runtime;
    private final Tiers tiers;
    private final Obligations obligations;
    private final Deadlines deadlines;
    private final Complaints complaints;
    private final Approvals approvals;
    private final Information information;
    private final Metrics metrics;

    private CrmPolicy(Builder b) {
        WorkCalendar base = b.calendar(); // one zone: the calendar's
        // a rule set that compiles but throws when it fires is refused before it serves (issue 20, defect 5)
        this.rules = new RuleSetHolder(b.sources, b.ruleDirectory, PolicyParameters::checkValue, candidate -> ProbeEvaluation.run(
                new PolicyRuntime(() -> candidate, b.parameters, base, b.clock, b.assessor)));
        // the work calendar logs one warning per year without holiday data on its first use (collected and sorted
        // within a batch run), for the first CalendarWarnings.MAX_YEARS years; then one line saying the rest are not
        CalendarWarnings warnings = new CalendarWarnings(LOG);
        WorkCalendar calendar = base.withProvisionalYearListener(warnings::firstUse);
        this.runtime = new PolicyRuntime(rules::current, b.parameters, calendar, b.clock, b.assessor, warnings);
        this.tiers = new Tiers(runtime);
        this.obligations = new Obligations(runtime);
        this.deadlines = new Deadlines(runtime);
        this.complaints = new Complaints(runtime);
        this.approvals = new Approvals(runtime);
        this.information = new Information(runtime);
        this.metrics = new Metrics(runtime);
    }

    /** The shipped policy with its default parameters, in Asia/Shanghai, without a clock. */
    public static CrmPolicy standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Policy versions in force by date (A8): register each version with its {@code valid from} date and its own
     * configuration; every evaluation of the built {@link VersionedPolicy} uses the version in force at its instant.
     *
     * <pre>{@code
     * VersionedPolicy policy = CrmPolicy.versioned()
     *         .version("2025-06", LocalDate.of(2025, 6, 1), v -> v.ruleDirectory(june))
     *         .version("2025-09", LocalDate.of(2025, 9, 1), v -> v.ruleDirectory(september))
     *         .build();
     * }</pre>
     */
    public static VersionedPolicy.Builder versioned() {
        return new VersionedPolicy.Builder();
    }

    // ------------------------------------------------------------------ the policy areas

    /** Tiers (T1-T7, T9, T10): {@code classify} one customer or many as of an instant. Never null, thread-safe. */
    public Tiers tiers() {
        return tiers;
    }

    /**
     * Contact obligations and revisits (C1-C11, R1-R6): compliance reports, transitions, the obligation table. Never
     * null, thread-safe.
     */
    public Obligations obligations() {
        return obligations;
    }

    /** Response deadlines, periodic reports and their review (D1-D4, D8, D9, D11-D16). Never null, thread-safe. */
    public Deadlines deadlines() {
        return deadlines;
    }

    /**
     * The complaint area (P1-P11, D5-D7, D10, R1, R7, R8, A7): assess a complaint (or its stored events) as of an
     * instant — open obligations with due instants, breaches as findings, required approvals and escalations, routing.
     * Never null, thread-safe.
     */
    public Complaints complaints() {
        return complaints;
    }

    /**
     * The approvals area (A1-A12, T8): {@code plan(action)} before an act, {@code check(action, approvalsGranted,
     * evidence)} after it. Never null, thread-safe.
     */
    public Approvals approvals() {
        return approvals;
    }

    /**
     * Customer information (I1-I11): {@code plan(act)} before collecting, using, exporting, updating or destroying
     * customer information, {@code check(act, approvals, evidence)} after it. Never null, thread-safe.
     */
    public Information information() {
        return information;
    }

    /**
     * Metrics M1 and M2: {@code compute(portfolio, period, asOf)} gives every indicator (CSAT, NPS, churn, complaint
     * rate, response-deadline compliance, resolution rate, revisit coverage and interaction frequency per tier, the
     * complaint indicators, acquisition cost, lifetime value, loyalty, feedback rate) with numerator, denominator and
     * definition, or why it is not computable. Never null, thread-safe.
     */
    public Metrics metrics() {
        return metrics;
    }

    /**
     * Streaming evaluation of a whole portfolio (tiering and contact obligations), chunk by chunk on a bounded pool of
     * worker threads, with findings, metrics and progress delivered as it goes. See {@link PortfolioBatch}.
     */
    public PortfolioBatch batch() {
        return new PortfolioBatch(runtime);
    }

    /**
     * Collects the work calendar's missing-year warnings until the returned handle is closed, then logs them once,
     * sorted, in one line: wrap a run of your own (chunk by chunk over a database, say) in it so that the warnings do not
     * interleave with the run's output. {@link PortfolioBatch#run} does this itself. Handles may nest or overlap.
     */
    public CalendarWarnings.Run deferCalendarWarnings() {
        return runtime.deferCalendarWarnings();
    }

    /**
     * The work calendar every deadline counts on: the builder's, or {@link WorkCalendar#chinaMainland()} in the
     * policy's zone; it logs one SLF4J warning per uncovered year on first use. Its zone is {@link #zone()}. Never null.
     */
    public WorkCalendar calendar() {
        return runtime.calendar();
    }

    // ------------------------------------------------------------------ shortcuts the README promises

    /**
     * Places one customer in its tier as of {@code asOf}: {@code tiers().classify(customer, asOf)}.
     *
     * @throws InvalidFactException naming every bad field of the customer
     * @throws NullPointerException when customer or asOf is null
     */
    public TierDecision classify(Customer customer, Instant asOf) {
        return tiers.classify(customer, asOf);
    }

    /** {@link #classify(Customer, Instant)} as of the builder's clock: {@code tiers().classify(customer)}. */
    public TierDecision classify(Customer customer) {
        return tiers.classify(customer);
    }

    /**
     * The contact compliance of {@code customers} as of {@code asOf}: {@code obligations().compliance(customers,
     * contacts, asOf)}. The company-wide obligations (C4, C8, C10, R2 chairman/GM, R4, R6) are not decided: they are
     * duties of the company, not of these customers; ask for them with
     * {@code obligations().compliance(ComplianceRequest.of(...).withCompanyWide(true))} or run {@link #batch()}.
     */
    public ComplianceReport compliance(Collection<Customer> customers, Collection<Contact> contacts, Instant asOf) {
        return obligations.compliance(customers, contacts, asOf);
    }

    /** One ordinary evaluation per area on the reload smoke test's probe facts (package-private: tests). */
    void probe() {
        ProbeEvaluation.run(runtime);
    }

    // ------------------------------------------------------------------ configuration

    public PolicyParameters parameters() {
        return runtime.parameters();
    }

    /** The policy's time zone: its calendar's. */
    public ZoneId zone() {
        return runtime.zone();
    }

    /** The assessor recorded on tier decisions of customers without a value assessment (T10). */
    public Assessor assessor() {
        return runtime.assessor();
    }

    /**
     * The current instant of the builder's clock.
     *
     * @throws IllegalStateException when the policy was built without a clock
     */
    public Instant now() {
        return runtime.now();
    }

    // ---- rule authoring: host rule directory, safe reload, hot reload, catalogue

    /**
     * Compiles the rule set again (shipped DRL merged with the {@linkplain Builder#ruleDirectory(Path) rule
     * directory}) off to the side and, when it compiles, swaps it in atomically. Evaluations already running finish
     * on the rule set they started with; later calls use the new one. Reloads are serialised. Without a rule
     * directory this recompiles the shipped rules.
     *
     * @return the catalogue of the rule set that now serves
     * @throws RuleSetRejectedException listing every problem with its file, line and column; the running rule set
     *                                  keeps serving, unchanged
     */
    public RuleCatalogue reload() {
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(rules.reload()));
    }

    /**
     * The running rule set as one listing: every rule it enforces (name, file, line, catalogue IDs) and the catalogue
     * IDs it leaves uncovered. Never null.
     */
    public RuleCatalogue catalogue() {
        return RuleCatalogue.of(RuleSetHolder.enforcedRules(rules.current()));
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
        return new RuleDirectoryWatch(this::reload, directory, listener);
    }

    /** Builds a {@link CrmPolicy}. Not thread-safe; the policy it builds is. */
    public static final class Builder {

        private PolicyParameters parameters = PolicyParameters.defaults();
        private ZoneId zone;
        private Clock clock;
        private Assessor assessor = Assessor.of(AssessingUnit.SALES_DEPARTMENT, "crm-policy");
        private final Map<String, String> sources = new LinkedHashMap<>(RuleBase.shippedSources());
        private Path ruleDirectory;
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

        /**
         * The policy's time zone; default {@link #DEFAULT_ZONE}, or the zone of the {@linkplain #calendar(WorkCalendar)
         * calendar} when one is given. A zone that differs from the given calendar's is refused by {@link #build()}.
         */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The clock every area's no-{@code asOf} variant reads. Tests pass {@code Clock.fixed(...)}. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Who the tier decisions of customers without a value assessment name as assessor (T10); default
         * SALES_DEPARTMENT/crm-policy. A customer with an assessment is named as assessed by its assessment's unit.
         */
        public Builder assessor(Assessor value) {
            this.assessor = Objects.requireNonNull(value, "assessor");
            return this;
        }

        /**
         * The work calendar deadlines count on (holidays, make-up days, business hours, zone); default
         * {@link WorkCalendar#chinaMainland()} in the policy's zone. Its zone becomes the policy's zone.
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
         * <p>The rule set is then compiled from DRL at run time: the host adds the DRL compiler,
         * {@code org.drools:drools-compiler} and {@code org.drools:drools-mvel} (optional dependencies of crm-rules,
         * which the shipped, precompiled rules do not need; docs/dependencies.md).
         *
         * @throws IllegalArgumentException when {@code directory} is not an existing directory
         * @throws IllegalStateException    when the DRL compiler is not on the class path (the message names the
         *                                  missing jars and the dependencies to add)
         */
        public Builder ruleDirectory(Path directory) {
            Objects.requireNonNull(directory, "ruleDirectory");
            if (!Files.isDirectory(directory)) {
                throw new IllegalArgumentException("ruleDirectory = " + directory + ": not an existing directory");
            }
            RuleSources.requireRuleCompiler("ruleDirectory " + directory);
            this.ruleDirectory = directory;
            return this;
        }

        /**
         * Compiles the rule set: the shipped DRL, merged with the {@linkplain #ruleDirectory(Path) rule directory} if
         * one is given.
         *
         * @throws RuleSetRejectedException listing every problem with its file, line and column
         * @throws IllegalArgumentException when the zone and the calendar's zone disagree, or the parameters do not
         *                                  fit together ({@link PolicyParameters#requireConsistent()}: T6 weights
         *                                  that do not sum to 1, a T6 key bound not below the strategic-partner bound)
         */
        public CrmPolicy build() {
            parameters.requireConsistent(); // before the rules compile: a bad combination fails fast
            calendar();
            return new CrmPolicy(this);
        }

        /** The calendar of the policy: the one given, or China's in the given zone; refuses two different zones. */
        private WorkCalendar calendar() {
            if (calendar != null) {
                if (zone != null && !zone.equals(calendar.zone())) {
                    throw new IllegalArgumentException("zone = " + zone + " disagrees with the calendar's zone "
                            + calendar.zone() + ": a policy has one time zone; give only the calendar, or a calendar "
                            + "in zone " + zone);
                }
                return calendar;
            }
            ZoneId z = zone == null ? DEFAULT_ZONE : zone;
            WorkCalendar china = WorkCalendar.chinaMainland();
            return china.zone().equals(z) ? china : china.toBuilder().zone(z).build();
        }
    }
}
