package org.crmpolicy.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.crmpolicy.rules.lint.VersionLint;
import org.crmpolicy.rules.obligations.ComplianceRequest;

/**
 * The policy as it was revised over time (A8: a revision takes effect on a date): versions, each with a
 * {@code valid from} date and its own rule set (the shipped tables plus that version's overrides), and every evaluation
 * judged by the version in force at the instant it judges, that instant read as a date in the policy's zone. A
 * compliance run as of 2025-06-30 uses the June policy even after a September revision is registered; a backtest over
 * periods that cross a revision judges each period by the version in force on its last day, and every finding names
 * the version (evidence {@value #POLICY_VERSION}).
 *
 * <pre>{@code
 * VersionedPolicy policy = CrmPolicy.versioned()
 *         .version("2025-06", LocalDate.of(2025, 6, 1), v -> v.ruleDirectory(Path.of("rules/2025-06")))
 *         .version("2025-09", LocalDate.of(2025, 9, 1), v -> v.ruleDirectory(Path.of("rules/2025-09")))
 *         .build();                                   // each version compiled once; refused as the lint refuses
 * policy.inForceAt(asOf).label();                     // "2025-06" for any instant of 2025-06-01 .. 2025-08-31
 * policy.compliance(request);                         // judged by the version in force at request.asOf()
 * policy.inForceAt(asOf).policy().complaints().assess(complaint, asOf);   // any other area, by its version
 * }</pre>
 *
 * <p>Built once, then shared: thread-safe. Each version is an ordinary {@link CrmPolicy} (its own reload and
 * catalogue); versions share the zone. An instant before the first version's date is a caller error: no policy was
 * in force to judge it by.
 */
public final class VersionedPolicy {

    /** The evidence name under which every finding of a versioned evaluation names its version's label. */
    public static final String POLICY_VERSION = "policyVersion";

    private final NavigableMap<LocalDate, PolicyVersion> versions;
    private final ZoneId zone;

    private VersionedPolicy(NavigableMap<LocalDate, PolicyVersion> versions, ZoneId zone) {
        this.versions = versions;
        this.zone = zone;
    }

    // ------------------------------------------------------------------ which version

    /**
     * The version in force at {@code asOf}: the latest whose {@code valid from} is on or before the day of
     * {@code asOf} in the policy's zone.
     *
     * @throws NullPointerException     when asOf is null
     * @throws IllegalArgumentException when asOf is before the first version's date
     */
    public PolicyVersion inForceAt(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return inForceOn(asOf.atZone(zone).toLocalDate(), "asOf = " + asOf + " (" + asOf.atZone(zone).toLocalDate()
                + " in " + zone + ")");
    }

    /**
     * The version in force on {@code day}.
     *
     * @throws NullPointerException     when day is null
     * @throws IllegalArgumentException when day is before the first version's date
     */
    public PolicyVersion inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return inForceOn(day, "day = " + day);
    }

    private PolicyVersion inForceOn(LocalDate day, String what) {
        Map.Entry<LocalDate, PolicyVersion> e = versions.floorEntry(day);
        if (e == null) {
            PolicyVersion first = versions.firstEntry().getValue();
            throw new IllegalArgumentException(what + " is before the first policy version " + first
                    + ": no policy was in force to judge it by; register an earlier version");
        }
        return e.getValue();
    }

    /** Every version, oldest first. */
    public List<PolicyVersion> versions() {
        return List.copyOf(versions.values());
    }

    /** The policy's time zone, shared by every version: the zone an instant is read in to pick the version. */
    public ZoneId zone() {
        return zone;
    }

    // ------------------------------------------------------------------ evaluations by the version in force

    /**
     * {@link CrmPolicy#classify(Customer, Instant)} by the version in force at {@code asOf}; every finding names the
     * version ({@value #POLICY_VERSION}).
     */
    public TierDecision classify(Customer customer, Instant asOf) {
        PolicyVersion v = inForceAt(asOf);
        TierDecision d = v.policy().classify(customer, asOf);
        return new TierDecision(d.customerId(), d.tier(), d.matched(), tagged(d.findings(), v), d.assessor(),
                d.assessedAt());
    }

    /**
     * {@code obligations().compliance(request)} by the version in force at {@code request.asOf()}; every finding names
     * the version ({@value #POLICY_VERSION}).
     */
    public ComplianceReport compliance(ComplianceRequest request) {
        Objects.requireNonNull(request, "request");
        return compliance(request, inForceAt(request.asOf()));
    }

    /** {@link #compliance(ComplianceRequest)} of {@code ComplianceRequest.of(customers, contacts, asOf)}. */
    public ComplianceReport compliance(Collection<Customer> customers, Collection<Contact> contacts, Instant asOf) {
        return compliance(ComplianceRequest.of(customers, contacts, asOf));
    }

    /**
     * A backtest: each period judged by the version in force on its <b>last day</b>, as the compliance run at its end
     * ({@code request.withAsOf(period.end())}) would judge it; each result keeps the statuses of the obligation periods
     * that close within it and their findings, each finding naming the version. The last day, not the first: the
     * duties of a period fall due when it closes, so the period is judged as a compliance run at its close judges it
     * (the same answer as the run the host did, or would have done, that day); a revision meant for the next period
     * takes effect on that period's first day.
     *
     * @param request the customers, contacts and options; its {@code asOf} is replaced by each period's end
     * @param periods the periods to judge, e.g. {@code PeriodKind.MONTH.containing(day, zone)} for each month; in the
     *                order given
     * @throws NullPointerException     when request or periods is null, or a period is
     * @throws IllegalArgumentException when a period ends before the first version's date
     */
    public List<JudgedPeriod> backtest(ComplianceRequest request, List<Period> periods) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(periods, "periods");
        for (int i = 0; i < periods.size(); i++) {
            Objects.requireNonNull(periods.get(i), "periods[" + i + "]");
        }
        List<JudgedPeriod> judged = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            Instant lastInstant = period.end().minusNanos(1);
            PolicyVersion v = inForceOn(lastInstant.atZone(zone).toLocalDate(), "periods[" + i + "] = "
                    + period.label() + " (last day " + lastInstant.atZone(zone).toLocalDate() + ")");
            ComplianceReport report = compliance(request.withAsOf(period.end()), v);
            List<ObligationStatus> closing = report.statuses().stream()
                    .filter(s -> s.period().end().isAfter(period.start()) && !s.period().end().isAfter(period.end()))
                    .toList();
            Set<String> keys = new HashSet<>();
            closing.forEach(s -> keys.add(s.ruleId().value() + "/" + s.subjectId() + "/" + s.period().label()));
            List<Finding> findings = report.findings().stream()
                    .filter(f -> keys.contains(f.ruleId().value() + "/" + f.subjectId() + "/"
                            + f.evidence().get("period")))
                    .toList();
            judged.add(new JudgedPeriod(period, v, report, closing, findings));
        }
        return judged;
    }

    private static ComplianceReport compliance(ComplianceRequest request, PolicyVersion v) {
        ComplianceReport r = v.policy().obligations().compliance(request);
        return new ComplianceReport(r.asOf(), r.knownAt(), r.zone(), r.customers(), r.company(),
                tagged(r.findings(), v), r.coverage(), r.rejected());
    }

    /** The findings, each with the evidence {@value #POLICY_VERSION} = the version's label. */
    static List<Finding> tagged(List<Finding> findings, PolicyVersion v) {
        return findings.stream().map(f -> f.withEvidence(POLICY_VERSION, v.label())).toList();
    }

    /** {@code VersionedPolicy[2025-06 (valid from 2025-06-01), 2025-09 (valid from 2025-09-01)]}. */
    @Override
    public String toString() {
        return "VersionedPolicy" + versions.values();
    }

    // ------------------------------------------------------------------ building

    /**
     * Registers policy versions and builds a {@link VersionedPolicy}; obtained from {@link CrmPolicy#versioned()}. Not
     * thread-safe; the policy it builds is.
     */
    public static final class Builder {

        private record Registered(String label, LocalDate validFrom, Consumer<CrmPolicy.Builder> configure) {
        }

        private final List<Registered> registered = new ArrayList<>();
        private ZoneId zone;
        private Clock clock;

        Builder() {
        }

        /**
         * Registers a version: in force from {@code validFrom} (in the policy's zone) until the next version's date,
         * built by {@code configure} from a fresh {@link CrmPolicy#builder()} (its rule directory, parameters ...;
         * nothing configured = the shipped policy).
         *
         * @throws NullPointerException     naming the argument that is null
         * @throws IllegalArgumentException when the label is blank or already registered
         */
        public Builder version(String label, LocalDate validFrom, Consumer<CrmPolicy.Builder> configure) {
            Objects.requireNonNull(label, "label");
            if (label.isBlank()) {
                throw new IllegalArgumentException("label = '" + label + "': a policy version needs a label");
            }
            Objects.requireNonNull(validFrom, "validFrom (of policy version " + label + ")");
            Objects.requireNonNull(configure, "configure (of policy version " + label + ")");
            if (registered.stream().anyMatch(r -> r.label().equals(label))) {
                throw new IllegalArgumentException("label = '" + label + "': a policy version of that label is already "
                        + "registered; each version needs its own label");
            }
            registered.add(new Registered(label, validFrom, configure));
            return this;
        }

        /** A version of the shipped policy with nothing overridden: {@code version(label, validFrom, v -> { })}. */
        public Builder version(String label, LocalDate validFrom) {
            return version(label, validFrom, v -> { });
        }

        /** The zone of every version (applied before each version's own configuration); default Asia/Shanghai. */
        public Builder zone(ZoneId value) {
            this.zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /** The clock of every version (applied before each version's own configuration). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Compiles every version once and checks the list as the lint does ({@link VersionLint}).
         *
         * @throws IllegalArgumentException  when no version is registered, or two versions' zones differ
         * @throws RuleSetRejectedException  when two versions share a date (naming both), a version's rules leave a
         *                                   catalogue ID without a rule (naming the ID), or a version's rule set is
         *                                   refused (its problems, each prefixed with the version)
         */
        public VersionedPolicy build() {
            if (registered.isEmpty()) {
                throw new IllegalArgumentException("versions: none registered; register at least one with "
                        + "CrmPolicy.versioned().version(label, validFrom, v -> v.ruleDirectory(path))");
            }
            List<VersionLint.Version> lintVersions = registered.stream()
                    .map(r -> new VersionLint.Version(r.label(), r.validFrom(), null)).toList();
            List<RuleProblem> sameDates = VersionLint.sameDates(lintVersions);
            if (!sameDates.isEmpty()) {
                throw new RuleSetRejectedException(sameDates); // before compiling anything
            }
            Map<String, PolicyVersion> built = new LinkedHashMap<>();
            List<RuleProblem> problems = new ArrayList<>();
            for (Registered r : registered) {
                CrmPolicy.Builder b = CrmPolicy.builder();
                if (zone != null) {
                    b.zone(zone);
                }
                if (clock != null) {
                    b.clock(clock);
                }
                r.configure().accept(b);
                try {
                    built.put(r.label(), new PolicyVersion(r.label(), r.validFrom(), b.build()));
                } catch (RuleSetRejectedException e) {
                    String version = new VersionLint.Version(r.label(), r.validFrom(), null).describe() + ": ";
                    e.problems().forEach(p -> problems.add(new RuleProblem(p.file(), p.line(), p.column(),
                            version + p.message(), p.sheet())));
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleSetRejectedException(problems);
            }
            problems.addAll(VersionLint.check(registered.stream().map(r -> new VersionLint.Version(r.label(),
                    r.validFrom(), built.get(r.label()).policy().ruleDirectory().orElse(null))).toList(),
                    v -> built.get(v.label()).policy().catalogue()));
            if (!problems.isEmpty()) {
                throw new RuleSetRejectedException(problems);
            }
            ZoneId shared = null;
            PolicyVersion sharedBy = null;
            NavigableMap<LocalDate, PolicyVersion> byDate = new TreeMap<>(Comparator.naturalOrder());
            for (PolicyVersion v : built.values()) {
                if (shared != null && !shared.equals(v.policy().zone())) {
                    throw new IllegalArgumentException("zone of policy version " + v + " = " + v.policy().zone()
                            + " differs from the zone of " + sharedBy + " = " + shared + ": versions share one zone");
                }
                shared = v.policy().zone();
                sharedBy = v;
                byDate.put(v.validFrom(), v);
            }
            return new VersionedPolicy(byDate, shared);
        }
    }
}
