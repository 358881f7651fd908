package org.crmpolicy.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;

/** The deadlines of a scenario, checked one by one. Immutable. */
public final class DeadlineOutcome {

    private final PolicyScenario.Given given;
    private final List<Deadline> deadlines;
    private final List<Finding> findings;

    DeadlineOutcome(PolicyScenario.Given given, List<Deadline> deadlines, List<Finding> findings) {
        this.given = given;
        this.deadlines = List.copyOf(deadlines);
        this.findings = List.copyOf(findings);
    }

    /**
     * Expectations about the one deadline of rule {@code ruleId} in the scenario.
     *
     * @throws AssertionError when the scenario has no such deadline, or several (then name the subject too)
     */
    public DeadlineExpectations deadline(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        List<Deadline> found = deadlines.stream().filter(d -> d.ruleId().equals(id)).toList();
        if (found.size() != 1) {
            throw new AssertionError("the scenario should have one " + id + " deadline, but it has " + found.size()
                    + (found.isEmpty() ? "" : " (subjects " + found.stream().map(Deadline::subjectId).toList()
                    + "): name the subject with deadline(\"" + id + "\", subjectId)") + "; its deadlines are "
                    + names());
        }
        return expectations(found.get(0));
    }

    /**
     * Expectations about the deadline of rule {@code ruleId} for {@code subjectId} (an inquiry, a contract ...).
     *
     * @throws AssertionError when the scenario has no such deadline
     */
    public DeadlineExpectations deadline(String ruleId, String subjectId) {
        RuleId id = RuleId.of(ruleId);
        return expectations(deadlines.stream().filter(d -> d.ruleId().equals(id) && d.subjectId().equals(subjectId))
                .findFirst().orElseThrow(() -> new AssertionError("the scenario has no " + id + " deadline for "
                        + subjectId + "; its deadlines are " + names())));
    }

    /** Every deadline, in the order scheduled. */
    public List<Deadline> deadlines() {
        return deadlines;
    }

    private DeadlineExpectations expectations(Deadline deadline) {
        return new DeadlineExpectations(deadline, findings.stream()
                .filter(f -> f.subjectId().equals(deadline.subjectId())).toList(), given);
    }

    private List<String> names() {
        return deadlines.stream().map(d -> d.ruleId() + " " + d.subjectId()).toList();
    }

    /** Expectations about one deadline; its findings are those of a review as of the scenario's date. */
    public static final class DeadlineExpectations extends SubjectExpectations<DeadlineExpectations> {

        private final Deadline deadline;

        DeadlineExpectations(Deadline deadline, List<Finding> findings, PolicyScenario.Given given) {
            super(deadline.ruleId() + " deadline for", deadline.subjectId(), findings, given);
            this.deadline = deadline;
        }

        /** The deadline is due at {@code instant}. */
        public DeadlineExpectations fallsAt(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            if (!deadline.due().equals(instant)) {
                fail(subject() + " should fall at " + local(instant) + " " + given().when() + ", but it falls at "
                        + local(deadline.due()) + ". " + context());
            }
            return this;
        }

        /**
         * The deadline is due at {@code text}: an instant ({@code 2025-11-27T16:00:00Z}) or a local date-time in the
         * deadline's calendar zone, where {@code 2025-11-27T24:00} is the end of that day.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public DeadlineExpectations fallsAt(String text) {
            return fallsAt(parse(text, zone()));
        }

        /** The deadline, for checks the kit does not word. */
        public Deadline deadline() {
            return deadline;
        }

        @Override
        protected String context() {
            return "Deadline: " + deadline.obligation() + ", started " + local(deadline.start()) + ", " + deadline.basis()
                    + " time" + (deadline.responsible() == null ? "" : ", responsible " + deadline.responsible())
                    + (deadline.pauses().isEmpty() ? "" : ", pauses " + deadline.pauses()) + ". " + super.context();
        }

        private ZoneId zone() {
            return deadline.calendar().zone();
        }

        /** {@code 2025-11-27T24:00 Asia/Shanghai (2025-11-27T16:00:00Z)}: local midnight reads as 24:00 of the day before. */
        private String local(Instant instant) {
            LocalDateTime t = instant.atZone(zone()).toLocalDateTime();
            String text = t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? t.toLocalDate().minusDays(1) + "T24:00" : t.toString();
            return text + " " + zone() + " (" + instant + ")";
        }

        private static Instant parse(String text, ZoneId zone) {
            Objects.requireNonNull(text, "text");
            try {
                if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                    return java.time.OffsetDateTime.parse(text).toInstant();
                }
                if (text.endsWith("T24:00")) {
                    return LocalDate.parse(text.substring(0, text.length() - 6)).plusDays(1).atStartOfDay(zone)
                            .toInstant();
                }
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("fallsAt = '" + text + "': expected an instant like "
                        + "2025-11-27T16:00:00Z or a local date-time like 2025-11-27T24:00 or 2025-11-27T17:30", e);
            }
        }
    }
}
