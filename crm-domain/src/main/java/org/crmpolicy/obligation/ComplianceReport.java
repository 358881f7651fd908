package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;

/**
 * The contact compliance of a portfolio as of an instant (C1–C11, R1–R6): per customer its obligations and their
 * status, the company-wide obligations, the findings (rule ID, who should have acted, by when), the M1 coverage per
 * tier and role, and the input records that could not be used. Immutable; the same inputs give an equal report.
 *
 * @param asOf      the policy instant
 * @param knownAt   the knowledge instant, or {@code null} (everything recorded counts)
 * @param zone      the zone periods are counted in
 * @param customers per customer, in input order
 * @param company   company-wide obligations (C4, C8, C9 staff, C10, R2 chairman/GM, R4 BU head, R6)
 * @param findings  OVERDUE → VIOLATION, AT_RISK → WARNING, R5 plans, late records → INFO; catalogue order
 * @param coverage  per tier
 * @param rejected  input that could not be used, and why
 */
public record ComplianceReport(
        Instant asOf,
        Instant knownAt,
        ZoneId zone,
        List<CustomerCompliance> customers,
        List<ObligationStatus> company,
        List<Finding> findings,
        List<TierCoverage> coverage,
        List<RejectedInput> rejected) {

    public ComplianceReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        customers = List.copyOf(customers);
        company = List.copyOf(company);
        findings = List.copyOf(findings);
        coverage = List.copyOf(coverage);
        rejected = List.copyOf(rejected);
    }

    /** Every status, customers' first (input order), then company-wide. */
    public List<ObligationStatus> statuses() {
        return Stream.concat(customers.stream().flatMap(c -> c.statuses().stream()), company.stream()).toList();
    }

    public Optional<CustomerCompliance> customer(CustomerId id) {
        return customers.stream().filter(c -> c.customerId().equals(id)).findFirst();
    }

    /** The statuses of one rule for one customer, oldest period first; empty when it does not apply. */
    public List<ObligationStatus> statuses(CustomerId id, String ruleId) {
        return customer(id).map(c -> c.statuses(ruleId)).orElse(List.of());
    }

    /** The company-wide statuses of one rule, oldest period first. */
    public List<ObligationStatus> companyStatuses(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return company.stream().filter(s -> s.ruleId().equals(id)).toList();
    }

    /**
     * The statuses of one rule for one customer whose responsible role is {@code role}, oldest period first; empty when
     * none applies. Typed: no period label or reason text to match.
     */
    public List<ObligationStatus> statuses(CustomerId id, RuleId ruleId, ContactRole role) {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(role, "role must not be null");
        return customer(id).map(c -> c.statuses().stream()
                .filter(s -> s.ruleId().equals(ruleId) && s.obligation().responsible() == role).toList())
                .orElse(List.of());
    }

    /**
     * The status of one rule for one customer, responsible role and period, or empty when there is none. A period
     * matches when it has the same kind and end as {@code period} (a period the customer entered its tier in part way
     * starts later but ends the same), e.g. {@code PeriodKind.WEEK.containing(LocalDate.of(2025, 11, 17), zone)}.
     *
     * @throws IllegalArgumentException when the rule has several obligations for that role in that period (C8: the
     *                                  exchange meeting and the technical exchanges); tell them apart with
     *                                  {@link #statuses(CustomerId, RuleId, ContactRole)} and {@code obligation().key()}
     */
    public Optional<ObligationStatus> status(CustomerId id, RuleId ruleId, ContactRole role, Period period) {
        return single(statuses(id, ruleId, role), period, id + " " + ruleId + " " + role);
    }

    /** The company-wide statuses of one rule whose responsible role is {@code role}, oldest period first. */
    public List<ObligationStatus> companyStatuses(RuleId ruleId, ContactRole role) {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(role, "role must not be null");
        return company.stream().filter(s -> s.ruleId().equals(ruleId) && s.obligation().responsible() == role).toList();
    }

    /**
     * The company-wide status of one rule, role and period, matched as in
     * {@link #status(CustomerId, RuleId, ContactRole, Period)}.
     *
     * @throws IllegalArgumentException when the rule has several obligations for that role in that period
     */
    public Optional<ObligationStatus> companyStatus(RuleId ruleId, ContactRole role, Period period) {
        return single(companyStatuses(ruleId, role), period, "COMPANY " + ruleId + " " + role);
    }

    private static Optional<ObligationStatus> single(List<ObligationStatus> statuses, Period period, String what) {
        Objects.requireNonNull(period, "period must not be null");
        List<ObligationStatus> found = statuses.stream()
                .filter(s -> s.period().kind() == period.kind() && s.period().end().equals(period.end())).toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException(what + " has " + found.size() + " obligations in period "
                    + period.label() + ": " + found.stream().map(s -> s.obligation().key()).toList()
                    + "; use the statuses(...) list and obligation().key() to tell them apart");
        }
        return found.stream().findFirst();
    }

    public List<Finding> findings(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        return findings.stream().filter(f -> f.ruleId().equals(id)).toList();
    }

    /**
     * What changed since {@code earlier} (normally the same inputs evaluated at an earlier {@code asOf}): every status
     * that is new or whose state differs, in this report's order. Statuses that only dropped out of the evaluated
     * periods are not transitions. Feeding the result of each daily poll into a task list gives each change once.
     */
    public List<StatusTransition> transitionsSince(ComplianceReport earlier) {
        Objects.requireNonNull(earlier, "earlier report");
        Map<String, ObligationState> before = new LinkedHashMap<>();
        for (ObligationStatus s : earlier.statuses()) {
            before.put(s.key(), s.state());
        }
        List<StatusTransition> changes = new ArrayList<>();
        for (ObligationStatus s : statuses()) {
            ObligationState was = before.get(s.key());
            if (was != s.state()) {
                changes.add(new StatusTransition(s.key(), was, s.state(), s));
            }
        }
        return changes;
    }

    /** Findings sorted by rule ID, then subject, then message: the order reports are printed in. */
    public static Comparator<Finding> findingOrder() {
        return Comparator.comparing(Finding::ruleId).thenComparing(Finding::subjectId).thenComparing(Finding::message);
    }
}
