package org.crmpolicy.obligation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.customer.BusinessUnit;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;

/**
 * Where one obligation stands for one customer (or the company) and one period, as of an instant — and why. Every
 * status explains itself: the contacts that counted, those considered that did not (with the reason), the contacts
 * that counted but were recorded only after the period closed, and what is still needed. Immutable.
 *
 * @param obligation   the requirement
 * @param subject      the customer, or {@code null} for a company-wide obligation
 * @param period       the calendar period (or occasion) it is about
 * @param window       the part of the period the obligation applies to (from the day the customer entered scope)
 * @param state        MET, DUE, AT_RISK or OVERDUE
 * @param counted      the contacts that satisfied it, oldest first
 * @param notCounted   contacts considered that did not count, with the reason, oldest first
 * @param lateRecorded counted contacts that entered the log only at or after the window's end
 * @param stillNeeded  what is missing, in words; empty when MET
 * @param due          the end of the window: contacts count before it
 * @param atRiskFrom   from when an open, unmet window is AT_RISK; {@code null} when never
 * @param asOf         the policy instant of the evaluation
 * @param knownAt      the knowledge instant, or {@code null} for "everything recorded"
 * @param unit         the business unit whose duty it is: the customer's unit, or the unit a per-unit company-wide
 *                     row (R4 BU head, C10) is assessed for; {@code null} when there is none
 */
public record ObligationStatus(
        ContactObligation obligation,
        CustomerId subject,
        Period period,
        Period window,
        ObligationState state,
        List<Contact> counted,
        List<NotCounted> notCounted,
        List<Contact> lateRecorded,
        String stillNeeded,
        Instant due,
        Instant atRiskFrom,
        Instant asOf,
        Instant knownAt,
        BusinessUnit unit) {

    /** How the subject of a company-wide status is named. */
    public static final String COMPANY = "COMPANY";

    /** How the subject of a business unit's company-wide status begins: {@code COMPANY/unit:BU-East}. */
    public static final String UNIT_PREFIX = COMPANY + "/unit:";

    /** A status of no particular business unit (the record before units). */
    public ObligationStatus(ContactObligation obligation, CustomerId subject, Period period, Period window,
            ObligationState state, List<Contact> counted, List<NotCounted> notCounted, List<Contact> lateRecorded,
            String stillNeeded, Instant due, Instant atRiskFrom, Instant asOf, Instant knownAt) {
        this(obligation, subject, period, window, state, counted, notCounted, lateRecorded, stillNeeded, due,
                atRiskFrom, asOf, knownAt, null);
    }

    /**
     * True when {@code subjectId} names the company ({@link #COMPANY}) or one of its business units
     * ({@code COMPANY/unit:<id>}) rather than a customer.
     */
    public static boolean isCompanySubject(String subjectId) {
        return COMPANY.equals(subjectId) || subjectId != null && subjectId.startsWith(UNIT_PREFIX);
    }

    public ObligationStatus {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(state, "state");
        counted = List.copyOf(counted);
        notCounted = List.copyOf(notCounted);
        lateRecorded = List.copyOf(lateRecorded);
        Objects.requireNonNull(stillNeeded, "stillNeeded");
        Objects.requireNonNull(due, "due");
    }

    public RuleId ruleId() {
        return obligation.ruleId();
    }

    /**
     * The customer id; for a company-wide status {@link #COMPANY}, or {@code COMPANY/unit:<id>} for a business unit's
     * (R4 BU head, C10 in a portfolio with units).
     */
    public String subjectId() {
        return subject != null ? subject.value() : unit == null ? COMPANY : UNIT_PREFIX + unit.id();
    }

    /** True for the company-wide status of one business unit (subject {@code COMPANY/unit:<id>}). */
    public boolean isOfUnit() {
        return subject == null && unit != null;
    }

    public boolean isMet() {
        return state == ObligationState.MET;
    }

    /**
     * Identifies this status across evaluations at different {@code asOf}: obligation, subject and period. Two reports
     * hold a status with the same key for the same customer, obligation and period.
     */
    public String key() {
        return obligation.key() + "/" + subjectId() + "/" + period.label();
    }

    /**
     * The explanation, several lines, for a report or a task description. For a personal occasion (a birthday) the
     * deadline is left out, so the text may be logged (I3); {@link #due()} still has it.
     */
    public String explain() {
        StringBuilder text = new StringBuilder();
        text.append(ruleId()).append(' ').append(subjectId()).append(' ').append(period.label()).append(": ").append(state)
                .append(" — ").append(obligation.wording());
        if (!window.start().equals(period.start())) {
            text.append("\n  applies from ").append(window.local(window.start())).append(" (entered scope mid-period)");
        }
        for (Contact c : counted) {
            text.append("\n  counted: ").append(c.id()).append(' ').append(c.channel()).append(" by ").append(c.personId())
                    .append(" at ").append(window.local(c.at()));
            if (lateRecorded.contains(c)) {
                text.append(" (recorded late, ").append(window.local(c.recordedAt())).append(')');
            }
        }
        for (NotCounted n : notCounted) {
            text.append("\n  not counted: ").append(n);
        }
        if (!stillNeeded.isEmpty()) {
            text.append("\n  still needed: ").append(period.personal() ? stillNeeded.replaceAll(" before .*$", "") : stillNeeded);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return ruleId() + " " + subjectId() + " " + period.label() + " " + state + " (" + counted.size() + "/"
                + obligation.minimumCount() + ")" + (stillNeeded.isEmpty() || period.personal() ? "" : ": " + stillNeeded);
    }

    /**
     * A hash over the identifying parts only (rule, subject, period, window, state): consistent with the record's
     * equality, and cheap — rule sessions hash every status they hold, and a status carries its contacts.
     */
    @Override
    public int hashCode() {
        int h = obligation.ruleId().hashCode();
        h = 31 * h + java.util.Objects.hashCode(subject);
        h = 31 * h + period.label().hashCode();
        h = 31 * h + period.start().hashCode();
        h = 31 * h + window.start().hashCode();
        h = 31 * h + state.hashCode();
        return unit == null ? h : 31 * h + unit.hashCode();
    }
}
