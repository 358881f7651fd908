package org.crmpolicy.rules.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.calendar.SupportedRange;
import java.util.Set;
import java.util.function.Consumer;
import org.crmpolicy.calendar.CalendarDataMissingException;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineState;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.ReportDue;
import org.crmpolicy.deadline.ReportPeriod;
import org.crmpolicy.deadline.ReportReview;
import org.crmpolicy.deadline.ReportStatus;
import org.crmpolicy.deadline.ReportSubmission;
import org.crmpolicy.deadline.ReportTerm;
import org.crmpolicy.deadline.Shipment;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.evaluation.EvaluationContext;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.evaluation.PolicyRuntime;
import org.crmpolicy.deadline.DeadlineReview;
import org.crmpolicy.deadline.InstallmentPayment;
import org.crmpolicy.deadline.ServiceRequest;
import org.crmpolicy.deadline.ServiceRequestReview;
import org.crmpolicy.deadline.ServiceStep;
import org.crmpolicy.deadline.ServiceStepKind;
import org.crmpolicy.deadline.ServiceStepState;

/**
 * The response deadlines and periodic reports of the policy (D1-D4, D8, D9, D11-D16) and the service-request flow
 * (P10, {@link #serviceRequest}), run by {@code deadlines.drl} and {@code service-requests.drl} on
 * the policy's {@link org.crmpolicy.calendar.WorkCalendar}. Obtain it from {@link CrmPolicy#deadlines()}.
 *
 * <pre>{@code
 * Deadlines deadlines = policy.deadlines();
 * Deadline d = deadlines.forInquiry(Inquiry.of("CALL-1", InquiryChannel.PHONE, received));   // D1, 3 working days
 * List<ReportDue> due = deadlines.reportsDue(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31));
 * ReportReview reports = deadlines.reports(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31), submissions, asOf);
 * DeadlineReview r = deadlines.review(List.of(d), List.of(DeadlineEvent.fulfilled("CALL-1", replied)), asOf);
 * r.breaches();   // a D1 VIOLATION naming the responsible and the due instant, when the answer came too late
 * }</pre>
 *
 * <p>Thread-safe: each call runs its own rule session. Nulls are refused with a {@link NullPointerException} naming
 * the argument; a strict calendar refusing an uncovered year throws {@link CalendarDataMissingException}.
 */
public final class Deadlines {

    private final PolicyRuntime policy;

    public Deadlines(PolicyRuntime policy) {
        this.policy = policy;
    }

    /**
     * The response deadline of an inquiry: D1-D3 by channel; D4 by severity for a service request; where both apply,
     * the one due first (D4 on a tie). D2-D4 count clock minutes and hours unless the policy's calendar has business
     * hours ({@link org.crmpolicy.calendar.WorkCalendar#hasBusinessHours()}); D1 counts working days.
     * {@link Deadline#basis()} and {@link Deadline#basisExplanation()} say which.
     */
    public Deadline forInquiry(Inquiry inquiry) {
        Objects.requireNonNull(inquiry, "inquiry must not be null");
        return forInquiries(List.of(inquiry)).get(0);
    }

    /**
     * The response deadlines of many inquiries, in input order, one each.
     *
     * @throws IllegalArgumentException when two inquiries share an ID
     */
    public List<Deadline> forInquiries(Collection<Inquiry> inquiries) {
        Objects.requireNonNull(inquiries, "inquiries must not be null");
        Set<String> ids = new HashSet<>();
        for (Inquiry i : inquiries) {
            Objects.requireNonNull(i, "inquiries must not contain null");
            SupportedRange.requireInstant(i.receivedAt(), "inquiry " + i.id() + " receivedAt");
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("inquiries: inquiry id " + i.id() + " appears more than once");
            }
        }
        Map<String, Deadline> bySubject = new LinkedHashMap<>();
        for (Deadline d : schedule(insert -> inquiries.forEach(insert))) {
            Deadline previous = bySubject.put(d.subjectId(), d);
            if (previous != null) {
                throw new IllegalStateException("deadlines.drl gave inquiry " + d.subjectId() + " two response deadlines ("
                        + previous.ruleId() + " and " + d.ruleId() + "); the D4 rule must leave exactly one");
            }
        }
        List<Deadline> result = new ArrayList<>(inquiries.size());
        for (Inquiry i : inquiries) {
            Deadline d = bySubject.get(i.id());
            if (d == null) {
                throw new IllegalStateException("deadlines.drl gave inquiry " + i.id() + " on channel " + i.channel()
                        + " no response deadline; the rule set must cover D1-D4");
            }
            result.add(d);
        }
        return result;
    }

    /**
     * D8: the confirmed-date answer (2 working days) and the delivery (one week) of an overdue contract, and for a
     * shortfall with an internal cause ({@link OverdueDelivery#internalCause}) the reports to the sales department and
     * to the business unit ({@code D8.internal-cause-report-working-days}, default 2, from when the cause was found;
     * obligations {@code internal cause reported to the sales department} and {@code ... to the business unit}),
     * due first first.
     */
    public List<Deadline> forOverdueDelivery(OverdueDelivery delivery) {
        Objects.requireNonNull(delivery, "overdue delivery must not be null");
        SupportedRange.requireInstant(delivery.reportedAt(), "overdue delivery " + delivery.contractId() + " reportedAt");
        if (delivery.causeFoundAt() != null) {
            SupportedRange.requireInstant(delivery.causeFoundAt(), "overdue delivery " + delivery.contractId() + " causeFoundAt");
        }
        return sorted(schedule(insert -> insert.accept(delivery)));
    }

    /** D14: customer notified, invoice mailed, invoice receipt confirmed, after a shipment, due first first. */
    public List<Deadline> forShipment(Shipment shipment) {
        Objects.requireNonNull(shipment, "shipment must not be null");
        SupportedRange.requireInstant(shipment.shippedAt(), "shipment " + shipment.contractId() + " shippedAt");
        return sorted(schedule(insert -> insert.accept(shipment)));
    }

    /**
     * D9: one reminder deadline per installment, subject {@code contractId/dueDate}, in due-date order; the lead is
     * the parameter {@code D9.reminder-lead-working-days} (default 3). For each installment received
     * ({@link InstallmentSchedule#withPayment}) two more deadlines on the same subject, {@code payment reconciled with
     * finance} and {@code payment entered in the customer ledger}, within {@code D9.ledger-working-days} (default 2)
     * working days of its receipt.
     */
    public List<Deadline> forInstallments(InstallmentSchedule schedule) {
        Objects.requireNonNull(schedule, "installment schedule must not be null");
        SupportedRange.requireInstant(schedule.agreedAt(), "installment schedule " + schedule.contractId() + " agreedAt");
        for (LocalDate due : schedule.dueDates()) {
            SupportedRange.requireDate(due, "installment schedule " + schedule.contractId() + " due date");
        }
        for (InstallmentPayment p : schedule.payments()) {
            SupportedRange.requireInstant(p.receivedAt(), "installment schedule " + schedule.contractId() + " payment "
                    + p.dueDate() + " receivedAt");
        }
        return sorted(schedule(insert -> insert.accept(schedule)));
    }

    /**
     * The flow of a service request as of {@code asOf} (P10, D4): one {@link ServiceStepState} per
     * {@link ServiceStepKind}, in that order, and the findings. Steps recorded after {@code asOf} are not seen.
     *
     * <ul>
     * <li>RESPONDED: the response deadline of the request as an inquiry ({@link #forInquiry}: D4 by severity, or D1-D3
     *     where the channel's is stricter), met by the first response or the feedback, whichever came first.</li>
     * <li>CLASSIFIED, OWNER_ASSIGNED: no time of their own; MET when recorded, OVERDUE (a P10 VIOLATION) when the
     *     request was resolved without them, else DUE.</li>
     * <li>RESOLVED: within {@code P10.urgent-resolution-hours} (24 clock hours) or
     *     {@code P10.general-resolution-working-days} (3) of receipt.</li>
     * <li>FEEDBACK_GIVEN, POST_MORTEM_HELD: WAITING until the resolution is recorded, then within
     *     {@code P10.feedback-working-days} (1) and {@code P10.post-mortem-working-days} (10) of it; CUSTOMER_RATED:
     *     WAITING until the feedback, then within {@code P10.rating-working-days} (5) of it.</li>
     * </ul>
     *
     * A bounded step recorded at or after its due instant, or still missing then, is OVERDUE: a VIOLATION with the
     * deadline's wording ({@link Deadline#breachAt}), a WARNING for the rating. Findings name the owner assigned as
     * responsible (SERVICE_DESK before one is) and the due instant.
     *
     * <pre>{@code
     * ServiceRequest sr = ServiceRequest.of("SR-7", InquiryChannel.PHONE, RequestSeverity.URGENT, received)
     *         .withStep(ServiceStep.of(ServiceStepKind.CLASSIFIED, received.plusSeconds(60), "SERVICE_DESK"))
     *         .withStep(ServiceStep.of(ServiceStepKind.RESPONDED, received.plusSeconds(600), "SERVICE_DESK"));
     * ServiceRequestReview r = policy.deadlines().serviceRequest(sr, asOf);
     * r.status(ServiceStepKind.RESPONDED);   // MET: answered 10 minutes after receipt (D4 URGENT: 15)
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code asOf} is before the request was received
     */
    public ServiceRequestReview serviceRequest(ServiceRequest request, Instant asOf) {
        Objects.requireNonNull(request, "service request must not be null");
        return serviceRequests(List.of(request), asOf).get(0);
    }

    /**
     * {@link #serviceRequest} for many requests in one rule session, in input order.
     *
     * @throws IllegalArgumentException when two requests share an ID, or {@code asOf} is before one was received
     */
    public List<ServiceRequestReview> serviceRequests(Collection<ServiceRequest> requests, Instant asOf) {
        Objects.requireNonNull(requests, "service requests must not be null");
        SupportedRange.requireInstant(asOf, "asOf");
        Set<String> ids = new HashSet<>();
        List<ServiceRequest> seen = new ArrayList<>(requests.size());
        for (ServiceRequest r : requests) {
            Objects.requireNonNull(r, "service requests must not contain null");
            SupportedRange.requireInstant(r.receivedAt(), "service request " + r.id() + " receivedAt");
            for (ServiceStep s : r.steps()) {
                SupportedRange.requireInstant(s.at(), "service request " + r.id() + " step " + s.kind() + " at");
            }
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("service requests: service request id " + r.id() + " appears more than once");
            }
            if (asOf.isBefore(r.receivedAt())) {
                throw new IllegalArgumentException("service request " + r.id() + ": asOf " + asOf
                        + " is before its receivedAt " + r.receivedAt() + "; nothing is owed before a request arrives");
            }
            seen.add(r.asOf(asOf));
        }
        Facts facts = evaluate(insert -> seen.forEach(insert), asOf);
        Map<String, List<ServiceStepState>> states = new HashMap<>();
        for (ServiceStepState s : facts.ofType(ServiceStepState.class)) {
            states.computeIfAbsent(s.requestId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Finding>> findings = new HashMap<>();
        for (Finding f : facts.ofType(Finding.class)) {
            if (ids.contains(f.subjectId()) && (f.ruleId().value().equals("P10") || f.ruleId().value().matches("D[1-4]"))) {
                findings.computeIfAbsent(f.subjectId(), k -> new ArrayList<>()).add(f);
            }
        }
        List<ServiceRequestReview> result = new ArrayList<>(seen.size());
        for (ServiceRequest r : seen) {
            List<ServiceStepState> mine = states.getOrDefault(r.id(), List.of()).stream()
                    .sorted(Comparator.comparing(ServiceStepState::step)).toList();
            if (mine.size() != ServiceStepKind.values().length) {
                throw new IllegalStateException("service-requests.drl gave service request " + r.id() + " the step states "
                        + mine.stream().map(ServiceStepState::step).toList() + "; the rule set must give one per step of "
                        + List.of(ServiceStepKind.values()));
            }
            List<Finding> fs = findings.getOrDefault(r.id(), List.of()).stream()
                    .sorted(Comparator.comparing((Finding f) -> !f.isViolation()).thenComparing(Deadlines::stepOf))
                    .toList();
            result.add(new ServiceRequestReview(r.id(), asOf, mine, fs));
        }
        return result;
    }

    private static int stepOf(Finding f) {
        String obligation = f.evidence().getOrDefault("obligation", "");
        for (ServiceStepKind k : ServiceStepKind.values()) {
            if (k.obligation().equals(obligation)) {
                return k.ordinal();
            }
        }
        return ServiceStepKind.RESPONDED.ordinal();
    }

    /**
     * The periodic reports and reviews (D11-D13, D15, D16) whose due day lies in {@code [from, to]}, by due instant
     * then rule ID.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public List<ReportDue> reportsDue(LocalDate from, LocalDate to) {
        SupportedRange.requireDate(from, "from");
        SupportedRange.requireDate(to, "to");
        ReportWindow window = new ReportWindow(from, to);
        Facts facts = evaluate(insert -> insert.accept(window), null);
        return facts.ofType(ReportDue.class).stream()
                .sorted(Comparator.comparing(ReportDue::due).thenComparing(ReportDue::ruleId)
                        .thenComparing(ReportDue::report))
                .toList();
    }

    /**
     * Where each periodic report (D11-D13, D15, D16) whose due day lies in {@code [from, to]} stands as of
     * {@code asOf}, from the host's record of submissions, with a finding for each missed or late one.
     *
     * <ul>
     * <li>MET: submitted before its due instant (24:00 at the end of its last day, e.g. July 10 for D11's first
     *     half-year); of several submissions for one period the earliest counts.</li>
     * <li>OVERDUE: {@code asOf} reached the due instant with nothing submitted (a VIOLATION finding), or the
     *     submission came at or after it (a VIOLATION naming {@code submittedAt}).</li>
     * <li>AT_RISK: not submitted, due instant ahead, from the start of the n-th last working day on or before the
     *     due day ({@code D11.at-risk-working-days} ...; a WARNING finding); DUE before that.</li>
     * </ul>
     *
     * <p>Submissions after {@code asOf} are not seen. Periods whose due day is before {@code from} or after
     * {@code to} are not reported (their submissions are ignored), nor are periods that have not begun by
     * {@code asOf}'s day. Findings name the rule, subject {@code KIND/period} (e.g.
     * {@code SATISFACTION_SURVEY_REPORT/2025-H1}), the responsible unit and the due instant.
     *
     * <pre>{@code
     * ReportReview r = deadlines.reports(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 31),
     *         List.of(ReportSubmission.of(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1", submittedAt, "BUSINESS_UNIT")),
     *         asOf);
     * r.status(ReportKind.SATISFACTION_SURVEY_REPORT, "2025-H1").orElseThrow().state();   // MET
     * r.violations();   // e.g. D15 CONTRACT_EXECUTION_STATISTICS/2025-06 not submitted by the end of 2025-07-05
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}; or a submission covers no period of
     *                                  its report (a quarter for a half-yearly report), was submitted before its
     *                                  period began, or names a report the rule set does not have, naming it
     */
    public ReportReview reports(LocalDate from, LocalDate to, Collection<ReportSubmission> submissions, Instant asOf) {
        SupportedRange.requireDate(from, "from");
        SupportedRange.requireDate(to, "to");
        Objects.requireNonNull(submissions, "submissions must not be null");
        SupportedRange.requireInstant(asOf, "asOf");
        ReportWindow window = new ReportWindow(from, to);
        ZoneId zone = policy.calendar().zone();
        List<ReportSubmission> given = new ArrayList<>(submissions.size());
        for (ReportSubmission s : submissions) {
            Objects.requireNonNull(s, "submissions must not contain null");
            SupportedRange.requireInstant(s.submittedAt(), "report submission " + describe(s) + " submittedAt");
            if (s.submittedAt().isBefore(s.period().start().atStartOfDay(zone).toInstant())) {
                throw new IllegalArgumentException("report submission " + describe(s) + ": submittedAt "
                        + local(s.submittedAt(), zone) + " is before its period began on " + s.period().start()
                        + "; a report cannot cover a period that has not started");
            }
            given.add(s);
        }
        Facts facts = evaluate(insert -> {
            insert.accept(window);
            given.forEach(insert);
        }, asOf);
        List<ReportTerm> terms = facts.ofType(ReportTerm.class);
        for (ReportSubmission s : given) {
            List<ReportTerm> of = terms.stream().filter(t -> t.isOf(s.kind())).toList();
            if (of.isEmpty()) {
                throw new IllegalArgumentException("report submission " + describe(s) + ": the rule set has no "
                        + s.kind().ruleId() + " " + s.kind().title() + " (its rule was removed or renamed)");
            }
            if (of.stream().noneMatch(t -> t.cadence() == s.period().cadence())) {
                ReportTerm t = of.get(0);
                throw new IllegalArgumentException("report submission " + describe(s) + " covers no period of "
                        + s.kind().ruleId() + " " + s.kind().title() + ": it is due per " + t.cadence() + ", e.g. "
                        + ReportPeriod.containing(t.cadence(), s.period().start()).label() + ", not per "
                        + s.period().cadence());
            }
        }
        List<ReportStatus> statuses = facts.ofType(ReportStatus.class).stream()
                .sorted(Comparator.comparing((ReportStatus s) -> s.due().due()).thenComparing(ReportStatus::ruleId)
                        .thenComparing(s -> s.due().report()))
                .toList();
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            order.putIfAbsent(statuses.get(i).ruleId().value() + "|" + statuses.get(i).subjectId(), i);
        }
        List<Finding> findings = facts.ofType(Finding.class).stream()
                .filter(f -> order.containsKey(f.ruleId().value() + "|" + f.subjectId()))
                .sorted(Comparator.comparing((Finding f) -> !f.isViolation())
                        .thenComparing(f -> order.get(f.ruleId().value() + "|" + f.subjectId())))
                .toList();
        return new ReportReview(asOf, statuses, findings);
    }

    private static String describe(ReportSubmission s) {
        return s.kind().ruleId() + " " + s.kind().name() + " for " + s.period();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime() + " " + zone.getId();
    }

    /**
     * Applies the events up to {@code asOf} (in time order; later ones are not seen) to each deadline and reviews
     * them: each deadline's state and a finding for every breach. Fulfilling an already fulfilled deadline again is
     * ignored (a second reply does not matter).
     *
     * @throws IllegalArgumentException when an event matches no deadline
     * @throws IllegalStateException    when an event does not fit its deadline (resumed twice, paused before its start ...),
     *                                  naming the deadline and the instants
     */
    public DeadlineReview review(Collection<Deadline> deadlines, Collection<DeadlineEvent> events, Instant asOf) {
        Objects.requireNonNull(deadlines, "deadlines must not be null");
        Objects.requireNonNull(events, "events must not be null");
        SupportedRange.requireInstant(asOf, "asOf");
        List<DeadlineEvent> ordered = events.stream()
                .map(e -> Objects.requireNonNull(e, "events must not contain null"))
                .peek(e -> SupportedRange.requireInstant(e.at(), "event " + e.kind() + " for " + e.subjectId() + " at"))
                .sorted(Comparator.comparing(DeadlineEvent::at)).toList();
        List<Deadline> current = new ArrayList<>();
        for (Deadline d : deadlines) {
            current.add(Objects.requireNonNull(d, "deadlines must not contain null"));
            SupportedRange.requireInstant(d.start(), "deadline " + d.ruleId() + " " + d.subjectId() + " start");
        }
        for (DeadlineEvent e : ordered) {
            boolean matched = false;
            for (int i = 0; i < current.size(); i++) {
                Deadline d = current.get(i);
                if (e.appliesTo(d)) {
                    matched = true;
                    if (!e.at().isAfter(asOf) && !(e.kind() == DeadlineEvent.Kind.FULFILLED && d.met().isPresent())) {
                        current.set(i, e.applyTo(d));
                    }
                }
            }
            if (!matched) {
                throw new IllegalArgumentException("event " + e.kind() + " at " + e.at() + " for subject " + e.subjectId()
                        + e.rule().map(r -> " rule " + r).orElse("") + (e.obligation() == null ? "" : " obligation '" + e.obligation() + "'")
                        + " matches none of the " + current.size() + " deadlines under review");
            }
        }
        List<DeadlineState> states = current.stream().map(d -> DeadlineState.of(d, asOf)).toList();
        Facts facts = evaluate(insert -> states.forEach(insert), asOf);
        List<Finding> findings = facts.ofType(Finding.class).stream()
                .filter(f -> f.ruleId().value().startsWith("D"))
                .sorted(Comparator.comparing((Finding f) -> !f.isViolation())
                        .thenComparing(f -> indexOf(states, f))
                        .thenComparing(f -> f.evidence().getOrDefault("obligation", "")))
                .toList();
        return new DeadlineReview(asOf, states, findings);
    }

    private static int indexOf(List<DeadlineState> states, Finding f) {
        for (int i = 0; i < states.size(); i++) {
            Deadline d = states.get(i).deadline();
            if (d.subjectId().equals(f.subjectId()) && d.ruleId().equals(f.ruleId())) {
                return i;
            }
        }
        return states.size();
    }

    private static List<Deadline> sorted(List<Deadline> deadlines) {
        return deadlines.stream().sorted(Comparator.comparing(Deadline::due).thenComparing(Deadline::subjectId)).toList();
    }

    private List<Deadline> schedule(Consumer<Consumer<Object>> inputs) {
        return evaluate(inputs, null).ofType(Deadline.class);
    }

    private Facts evaluate(Consumer<Consumer<Object>> inputs, Instant asOf) {
        try {
            return policy.ruleBase().evaluate(insert -> {
                insert.accept(policy.parameters());
                insert.accept(policy.calendar());
                if (asOf != null) {
                    insert.accept(new EvaluationContext(asOf, policy.calendar().zone()));
                }
                inputs.accept(insert);
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof CalendarDataMissingException missing) {
                    throw new CalendarDataMissingException(missing.year());
                }
            }
            throw e;
        }
    }
}
