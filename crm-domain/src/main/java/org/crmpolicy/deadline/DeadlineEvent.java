package org.crmpolicy.deadline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.finding.RuleId;

/**
 * Something that happened to the deadlines of one subject: the obligation was fulfilled (a reply sent, a delivery
 * made, a reminder given), or the clock was paused (waiting for the customer) or resumed.
 *
 * @param subjectId  the subject the deadlines are about (inquiry, contract, schedule entry)
 * @param ruleId     only deadlines of this rule, {@code null} for any rule
 * @param obligation only deadlines with this obligation, {@code null} for any
 * @param kind       what happened
 * @param at         when
 */
public record DeadlineEvent(String subjectId, RuleId ruleId, String obligation, Kind kind, Instant at) {

    /** What happened. */
    public enum Kind {
        FULFILLED,
        PAUSED,
        RESUMED
    }

    public DeadlineEvent {
        Objects.requireNonNull(subjectId, "deadline event subjectId must not be null");
        Objects.requireNonNull(kind, "deadline event for " + subjectId + ": kind must not be null");
        Objects.requireNonNull(at, "deadline event for " + subjectId + ": at must not be null");
    }

    /** Every deadline of {@code subjectId} was fulfilled at {@code at} (e.g. the reply to an inquiry). */
    public static DeadlineEvent fulfilled(String subjectId, Instant at) {
        return new DeadlineEvent(subjectId, null, null, Kind.FULFILLED, at);
    }

    /** The deadline of {@code subjectId} with {@code obligation} was fulfilled at {@code at}. */
    public static DeadlineEvent fulfilled(String subjectId, String obligation, Instant at) {
        return new DeadlineEvent(subjectId, null, Objects.requireNonNull(obligation, "obligation"), Kind.FULFILLED, at);
    }

    /** The clocks of {@code subjectId}'s deadlines stopped at {@code at}. */
    public static DeadlineEvent paused(String subjectId, Instant at) {
        return new DeadlineEvent(subjectId, null, null, Kind.PAUSED, at);
    }

    /** The clocks of {@code subjectId}'s deadlines restarted at {@code at}. */
    public static DeadlineEvent resumed(String subjectId, Instant at) {
        return new DeadlineEvent(subjectId, null, null, Kind.RESUMED, at);
    }

    /** A copy that applies to one rule's deadlines only. */
    public DeadlineEvent forRule(RuleId rule) {
        return new DeadlineEvent(subjectId, Objects.requireNonNull(rule, "rule"), obligation, kind, at);
    }

    /** True when this event concerns {@code deadline}. */
    public boolean appliesTo(Deadline deadline) {
        return subjectId.equals(deadline.subjectId())
                && (ruleId == null || ruleId.equals(deadline.ruleId()))
                && (obligation == null || obligation.equals(deadline.obligation()));
    }

    /** Applies the event to {@code deadline}; the deadline's own errors (e.g. resuming twice) propagate. */
    public Deadline applyTo(Deadline deadline) {
        return switch (kind) {
            case FULFILLED -> deadline.meet(at);
            case PAUSED -> deadline.pause(at);
            case RESUMED -> deadline.resume(at);
        };
    }

    /** The rule this event is limited to, if any. */
    public Optional<RuleId> rule() {
        return Optional.ofNullable(ruleId);
    }
}
