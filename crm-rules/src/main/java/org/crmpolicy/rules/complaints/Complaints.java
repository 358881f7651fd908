package org.crmpolicy.rules.complaints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.complaint.ComplaintObligation;
import org.crmpolicy.complaint.ComplaintRouting;
import org.crmpolicy.complaint.EscalationPolicy;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.complaint.ComplaintDuty;
import org.crmpolicy.complaint.ProgressInterval;
import org.crmpolicy.rules.approvals.ApprovalThreshold;
import org.crmpolicy.rules.evaluation.EvaluationContext;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * The complaint area of the policy (P2-P4, P6-P11, D5-D7, D10, R7, R8, A7): given a complaint, or its stored
 * events, and an instant, what is still owed and by when, what was breached, which approvals and escalations it
 * needs and where it belongs. Obtained from {@code CrmPolicy.complaints()}.
 *
 * <pre>{@code
 * Complaints complaints = policy.complaints();
 * Complaint c = Complaint.receive(id, intake, clerk, at, "hotline call") ...;
 * ComplaintAssessment a = complaints.assess(c, asOf);
 * a.obligations();   // [D5 respond to the customer due 2025-11-25T01:00:00Z RUNNING, ...]
 * a.findings();      // [D10 VIOLATION no handling time node was told ...]
 * a.approvals();     // [A7 [LEADER_IN_CHARGE] pending ..., P4 [BOARD, GM_OFFICE_MEETING] ...], in RequiredApproval.ORDER
 * }</pre>
 *
 * <p>Deadlines run on the policy's work calendar; a deadline marked pausable stops while the complaint waits for
 * the customer and gets the waited time back in its own basis. A deadline that passed unmet (or was met late) is a
 * VIOLATION finding of its rule, worded by {@link Deadline#breachAt} like every other deadline of the policy. The
 * arithmetic is the domain's ({@link ProgressInterval#inHandling}, {@link ComplaintDuty#deadlineFor}); this area only
 * validates, inserts, fires and collects. Thread-safe: each call runs its own rule session.
 */
public final class Complaints {

    private final PolicyRuntime policy;

    private static ComplaintSite site(Complaint complaint, Customer customer) {
        String named = complaint.registration().onSiteProvince();
        if (named != null) {
            return new ComplaintSite(complaint.id(), named, "registration");
        }
        return customer == null ? new ComplaintSite(complaint.id(), null, "unknown")
                : new ComplaintSite(complaint.id(), customer.province(), "customer");
    }

    public Complaints(PolicyRuntime policy) {
        this.policy = policy;
    }

    /**
     * The P4 escalation policy with the large-claim bound of this policy's P4 table row
     * ({@code "P4 Table: ..."} in approvals-table.drl, which reads the parameter {@code P4.large-claim-bound-cny} unless a
     * host overrides the row), to pass to {@link Complaint#escalate}. The same row decides when a complaint case needs
     * the P4 escalation, so the escalation and its approval always agree.
     *
     * @throws IllegalStateException when the rule set has no enabled P4 table row (a host switched it off)
     */
    public EscalationPolicy escalationPolicy() {
        List<ApprovalThreshold> rows = policy.ruleBase().evaluate(insert -> insert.accept(policy.parameters()))
                .ofType(ApprovalThreshold.class).stream().filter(t -> t.ruleId().equals("P4")).toList();
        if (rows.size() != 1) {
            throw new IllegalStateException("the rule set has " + rows.size() + " P4 table rows (\"P4 Table: the claim"
                    + " amount from which ...\" in approvals-table.drl); the large-claim bound needs exactly one");
        }
        return EscalationPolicy.ofLargeClaimBound(rows.get(0).amountCny());
    }

    /**
     * Rebuilds the complaint from its stored events and assesses it.
     *
     * @throws IllegalArgumentException            when the history is invalid (see {@link Complaint#replay})
     * @throws org.crmpolicy.complaint.IllegalComplaintTransitionException when the history holds an illegal move
     */
    public ComplaintAssessment assess(List<ComplaintEvent> events, Instant asOf) {
        return assess(Complaint.replay(events), null, asOf);
    }

    /**
     * Rebuilds the complaint from its stored events and assesses it with its customer (D6 reads the customer's
     * province when the registration names no other site).
     *
     * @throws IllegalArgumentException when the history is invalid, or {@code customer} is not the complaint's
     */
    public ComplaintAssessment assess(List<ComplaintEvent> events, Customer customer, Instant asOf) {
        Objects.requireNonNull(customer, "customer must not be null");
        return assess(Complaint.replay(events), customer, asOf);
    }

    /**
     * Assesses a complaint as of {@code asOf}, without its customer: a D6 on-site deadline whose registration names no
     * site province cannot know the province and takes the stricter home-province hours, saying so. Prefer
     * {@link #assess(Complaint, Customer, Instant)}.
     *
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when {@code asOf} is before the complaint's latest event
     */
    public ComplaintAssessment assess(Complaint complaint, Instant asOf) {
        return assess(complaint, null, asOf);
    }

    /**
     * Assesses a complaint of {@code customer} as of {@code asOf}. The on-site deadline (D6) counts 24 hours when the
     * site is in the company's home province ({@code D6.home-province}) and 48 hours outside it; the site is the
     * registration's {@link org.crmpolicy.complaint.Registration#onSiteProvince()} when given, else the customer's
     * province.
     *
     * @param customer the complaint's customer, or {@code null} when the host does not have it at hand
     * @throws NullPointerException     when the complaint or {@code asOf} is null
     * @throws IllegalArgumentException when {@code asOf} is before the complaint's latest event, or {@code customer}
     *                                  is not the complaint's
     */
    public ComplaintAssessment assess(Complaint complaint, Customer customer, Instant asOf) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        if (customer != null && !customer.id().equals(complaint.customerId())) {
            throw new IllegalArgumentException("customer = " + customer.id() + " is not the customer of complaint "
                    + complaint.id() + ", which is " + complaint.customerId());
        }
        SupportedRange.requireInstant(asOf, "asOf");
        SupportedRange.requireInstant(complaint.receivedAt(), "complaint " + complaint.id() + " receivedAt");
        if (asOf.isBefore(complaint.lastChangedAt())) {
            throw new IllegalArgumentException("asOf = " + asOf + " is before the latest event of complaint "
                    + complaint.id() + " at " + complaint.lastChangedAt() + "; assess a complaint as of its present "
                    + "or later, or replay the events up to asOf");
        }
        WorkCalendar calendar = policy.calendar();
        Facts facts = policy.ruleBase().evaluate(insert -> {
            insert.accept(policy.parameters());
            insert.accept(new EvaluationContext(asOf, calendar.zone()));
            insert.accept(complaint);
            if (complaint.registration() != null && complaint.registration().needsOnSite()) {
                insert.accept(site(complaint, customer));
            }
        });

        List<Deadline> deadlines = new ArrayList<>();
        List<ComplaintObligation> obligations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (ComplaintDuty duty : facts.ofType(ComplaintDuty.class)) {
            if (!duty.complaintId().equals(complaint.id())) {
                continue;
            }
            if (!duty.isDated()) {
                obligations.add(new ComplaintObligation(RuleId.of(duty.ruleId()), duty.complaintId(), duty.duty(),
                        duty.responsible(), null, DeadlineStatus.RUNNING, null));
                continue;
            }
            Deadline deadline = duty.deadlineFor(complaint, calendar);
            deadlines.add(deadline);
            DeadlineStatus status = deadline.statusAt(asOf);
            if (status == DeadlineStatus.RUNNING || status == DeadlineStatus.PAUSED) {
                obligations.add(new ComplaintObligation(deadline.ruleId(), duty.complaintId(), duty.duty(),
                        duty.responsible(), deadline.dueAt(asOf), status, deadline));
            } else {
                deadline.breachAt(asOf).ifPresent(findings::add);
            }
        }
        for (Finding f : facts.ofType(Finding.class)) {
            if (f.subjectId().equals(complaint.id().value())) {
                findings.add(f);
            }
        }
        List<RequiredApproval> approvals = facts.ofType(RequiredApproval.class).stream()
                .filter(a -> a.subjectId().equals(complaint.id().value()))
                .sorted(RequiredApproval.ORDER)
                .toList();
        List<ComplaintRouting> routings = facts.ofType(ComplaintRouting.class).stream()
                .filter(r -> r.complaintId().equals(complaint.id())).toList();
        if (routings.size() > 1) {
            throw new IllegalStateException("complaints.drl routed complaint " + complaint.id() + " "
                    + routings.size() + " ways; the P3 rules must give exactly one routing");
        }
        obligations.sort(Comparator.comparing(ComplaintObligation::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ComplaintObligation::ruleId).thenComparing(ComplaintObligation::duty));
        findings.sort(Comparator.comparing(Finding::ruleId).thenComparing(Finding::message));
        deadlines.sort(Comparator.comparing(Deadline::start).thenComparing(Deadline::ruleId)
                .thenComparing(Deadline::obligation));
        return new ComplaintAssessment(complaint.id(), complaint.state(), complaint.version(), asOf,
                routings.isEmpty() ? null : routings.get(0), obligations, findings, approvals, deadlines);
    }
}
