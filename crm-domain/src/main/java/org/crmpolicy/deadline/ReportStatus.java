package org.crmpolicy.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.obligation.ObligationState;

/**
 * Where one periodic report (D11-D13, D15, D16) stands for one period as of an instant, the same four states as a
 * contact obligation: MET when submitted before its due instant; DUE while time remains; AT_RISK from
 * {@link #atRiskFrom()} on; OVERDUE once the due instant passed without a submission, or when the submission came at
 * or after it (then {@link #submission()} is the late one). Submissions after {@code asOf} are not seen; of several
 * for one period the earliest counts. Immutable.
 *
 * @param due        the report and period, with its due instant (the first late instant)
 * @param state      MET, DUE, AT_RISK or OVERDUE
 * @param submission the earliest submission seen by {@code asOf}, or {@code null} when none
 * @param atRiskFrom from when an unsubmitted report is AT_RISK; {@code null} when never
 * @param asOf       the instant of the evaluation
 * @param zone       the policy's zone, for the local times in {@link #describe()}
 */
public record ReportStatus(ReportDue due, ObligationState state, ReportSubmission submission, Instant atRiskFrom,
        Instant asOf, ZoneId zone) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter NANOS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

    public ReportStatus {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * The status of {@code due} as of {@code asOf}, from the submissions for it (others are ignored; those after
     * {@code asOf} are not seen).
     */
    public static ReportStatus of(ReportDue due, Collection<ReportSubmission> submissions, Instant atRiskFrom, Instant asOf,
            ZoneId zone) {
        Objects.requireNonNull(submissions, "submissions");
        Optional<ReportSubmission> first = submissions.stream()
                .filter(s -> s.isFor(due) && !s.submittedAt().isAfter(asOf))
                .min(Comparator.comparing(ReportSubmission::submittedAt));
        ObligationState state;
        if (first.isPresent() && first.get().submittedAt().isBefore(due.due())) {
            state = ObligationState.MET;
        } else if (!asOf.isBefore(due.due())) {
            state = ObligationState.OVERDUE;
        } else if (atRiskFrom != null && !asOf.isBefore(atRiskFrom)) {
            state = ObligationState.AT_RISK;
        } else {
            state = ObligationState.DUE;
        }
        return new ReportStatus(due, state, first.orElse(null), atRiskFrom, asOf, zone);
    }

    public RuleId ruleId() {
        return due.ruleId();
    }

    /** Names the report and period in findings: {@code SATISFACTION_SURVEY_REPORT/2025-H1} (the title for a host's own report). */
    public String subjectId() {
        return due.kind().map(Enum::name).orElse(due.report()) + "/" + due.period();
    }

    /** Identifies this status across evaluations at different {@code asOf}: rule, report and period. */
    public String key() {
        return due.ruleId() + "/" + subjectId();
    }

    public boolean isMet() {
        return state == ObligationState.MET;
    }

    /** True when a submission was seen but came at or after the due instant. */
    public boolean isLate() {
        return submission != null && !submission.submittedAt().isBefore(due.due());
    }

    /** How late the submission came, or how long an unsubmitted report has been overdue as of {@code asOf}; zero otherwise. */
    public Duration overdueBy() {
        if (state != ObligationState.OVERDUE) {
            return Duration.ZERO;
        }
        return Duration.between(due.due(), submission == null ? asOf : submission.submittedAt());
    }

    /** The time left until the due instant while open; zero otherwise. */
    public Duration timeLeft() {
        return state.isOpen() ? Duration.between(asOf, due.due()) : Duration.ZERO;
    }

    /** The last day it is on time, as the sources say it ("by July 10"): the day before the due instant. */
    public String lastOnTimeDay() {
        return due.due().minusNanos(1).atZone(zone).toLocalDate().toString();
    }

    /** An instant in the policy's zone as every message prints it: {@code 2025-07-11 00:00 Asia/Shanghai}, seconds only when not zero. */
    public String local(Instant instant) {
        ZonedDateTime z = instant.atZone(zone);
        DateTimeFormatter format = z.getSecond() == 0 && z.getNano() == 0 ? MINUTES : z.getNano() == 0 ? SECONDS : NANOS;
        return format.format(z) + " " + zone.getId();
    }

    /** One sentence a manager reads, e.g. for a finding. */
    public String describe() {
        String what = due.ruleId() + " " + due.report() + " for " + due.period() + " (" + due.responsible() + " to "
                + due.recipient() + ")";
        String by = "by the end of " + lastOnTimeDay() + " (due " + local(due.due()) + ")";
        return switch (state) {
            case MET -> what + " was submitted on time, at " + local(submission.submittedAt()) + " by " + submission.submittedBy();
            case DUE -> what + " is due " + by;
            case AT_RISK -> what + " is not submitted yet and is due " + by + "; " + Durations.readable(timeLeft()) + " left";
            case OVERDUE -> isLate()
                    ? what + " was submitted late, at " + local(submission.submittedAt()) + " by " + submission.submittedBy()
                            + ", " + Durations.readable(overdueBy()) + " after it was due " + by
                    : what + " was not submitted " + by + "; overdue by " + Durations.readable(overdueBy());
        };
    }

    @Override
    public String toString() {
        return due.ruleId() + " " + due.report() + " " + due.period() + " " + state;
    }
}
