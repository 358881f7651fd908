package org.crmpolicy.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;

/** The complaints of a scenario, each as assessed as of the scenario's date, checked one by one. Immutable. */
public final class ComplaintOutcome {

    private final PolicyScenario.Given given;
    private final List<ComplaintAssessment> assessments;

    ComplaintOutcome(PolicyScenario.Given given, List<ComplaintAssessment> assessments) {
        this.given = given;
        this.assessments = List.copyOf(assessments);
    }

    /**
     * Expectations about one complaint of the scenario.
     *
     * @throws AssertionError when the scenario has no complaint with this ID
     */
    public ComplaintExpectations complaint(String complaintId) {
        Objects.requireNonNull(complaintId, "complaintId");
        return new ComplaintExpectations(assessments.stream()
                .filter(a -> a.complaintId().value().equals(complaintId)).findFirst()
                .orElseThrow(() -> new AssertionError("complaint " + complaintId + " is not in the scenario; its "
                        + "complaints are " + assessments.stream().map(a -> a.complaintId().value()).toList())), given);
    }

    /** Every assessment, in the order the complaints were given. */
    public List<ComplaintAssessment> assessments() {
        return assessments;
    }

    /** Expectations about one complaint: its findings ({@link SubjectExpectations}) and its deadlines by rule. */
    public static final class ComplaintExpectations extends SubjectExpectations<ComplaintExpectations> {

        private final ComplaintAssessment assessment;

        ComplaintExpectations(ComplaintAssessment assessment, PolicyScenario.Given given) {
            super("complaint", assessment.complaintId().value(), assessment.findings(), given);
            this.assessment = assessment;
        }

        /** The deadlines rule {@code ruleId} set on this complaint (D5 sets two: narrow with {@link ComplaintRule#duty}). */
        public ComplaintRule rule(String ruleId) {
            return new ComplaintRule(this, RuleId.of(ruleId), null);
        }

        /** The assessment, for checks the kit does not word. */
        public ComplaintAssessment assessment() {
            return assessment;
        }

        @Override
        protected String context() {
            return "State " + assessment.state() + ", deadlines: " + (assessment.deadlines().isEmpty() ? "none"
                    : assessment.deadlines().stream().map(d -> d.ruleId() + " " + d.obligation() + " "
                    + d.statusAt(given().asOf())).collect(Collectors.joining(", ", "[", "]"))) + ". " + super.context();
        }
    }

    /**
     * The deadlines one rule set on one complaint, optionally narrowed to one duty; each expectation holds when at
     * least one of them meets it. Immutable.
     */
    public static final class ComplaintRule {

        private final ComplaintExpectations complaint;
        private final RuleId ruleId;
        private final String duty;

        ComplaintRule(ComplaintExpectations complaint, RuleId ruleId, String duty) {
            this.complaint = complaint;
            this.ruleId = ruleId;
            this.duty = duty;
        }

        /** Narrows to the deadlines whose duty contains {@code text}, e.g. {@code duty("respond")}. */
        public ComplaintRule duty(String text) {
            return new ComplaintRule(complaint, ruleId, Objects.requireNonNull(text, "duty"));
        }

        /**
         * The deadline falls due at {@code instant} (as known as of the scenario's date: a pause moves it).
         *
         * @throws AssertionError naming the rule, the complaint, the as-of and when it does fall due
         */
        public ComplaintRule dueAt(Instant instant) {
            Objects.requireNonNull(instant, "instant");
            List<Deadline> deadlines = deadlines();
            Instant asOf = complaint.given().asOf();
            if (deadlines.stream().noneMatch(d -> d.dueAt(asOf).equals(instant))) {
                fail("should fall due at " + local(instant), deadlines.isEmpty() ? null
                        : "it falls due at " + deadlines.stream().map(d -> local(d.dueAt(asOf)) + " (" + d.obligation()
                        + ")").collect(Collectors.joining(", ")));
            }
            return this;
        }

        /**
         * The deadline falls due at {@code text}: an instant ({@code 2025-11-25T01:00:00Z}) or a local date-time in
         * the policy's zone, where {@code 2025-11-25T24:00} is the end of that day.
         *
         * @throws IllegalArgumentException when the text is neither
         */
        public ComplaintRule dueAt(String text) {
            return dueAt(parse(text, zone()));
        }

        /**
         * The deadline was breached as of the scenario's date: its due instant passed unmet, or it was met late.
         *
         * @throws AssertionError naming the rule, the complaint, the as-of and the deadline's status and time left
         */
        public ComplaintRule isBreached() {
            return is(DeadlineStatus.BREACHED);
        }

        /** The deadline is not breached as of the scenario's date (running, paused or met in time). */
        public ComplaintRule isNotBreached() {
            List<Deadline> breached = deadlines().stream().filter(d -> status(d) == DeadlineStatus.BREACHED).toList();
            if (!breached.isEmpty() || deadlines().isEmpty()) {
                fail("should not be breached", deadlines().isEmpty() ? null : "it is: " + describe(breached));
            }
            return this;
        }

        /** The deadline has {@code status} (RUNNING, PAUSED, MET, BREACHED) as of the scenario's date. */
        public ComplaintRule is(DeadlineStatus status) {
            Objects.requireNonNull(status, "status");
            List<Deadline> deadlines = deadlines();
            if (deadlines.stream().noneMatch(d -> status(d) == status)) {
                fail("should be " + status, deadlines.isEmpty() ? null : "it is " + describe(deadlines));
            }
            return this;
        }

        /** Another rule of the same complaint. */
        public ComplaintRule rule(String otherRuleId) {
            return complaint.rule(otherRuleId);
        }

        /** Back to the complaint's expectations (findings, violations). */
        public ComplaintExpectations complaint() {
            return complaint;
        }

        /** The deadlines this expectation looks at. */
        public List<Deadline> deadlines() {
            return complaint.assessment.deadlines().stream()
                    .filter(d -> d.ruleId().equals(ruleId) && (duty == null || d.obligation().contains(duty))).toList();
        }

        private DeadlineStatus status(Deadline d) {
            return d.statusAt(complaint.given().asOf());
        }

        /** {@code BREACHED (respond to the customer, due ..., 2 h overdue)}, per deadline. */
        private String describe(List<Deadline> deadlines) {
            Instant asOf = complaint.given().asOf();
            return deadlines.stream().map(d -> {
                DeadlineStatus s = status(d);
                String how = switch (s) {
                    case BREACHED -> d.met().isPresent() ? "met late at " + local(d.met().get())
                            : hours(d.overdueByAt(asOf)) + " overdue";
                    case MET -> "met at " + local(d.met().orElseThrow());
                    case RUNNING, PAUSED -> hours(d.timeLeftAt(asOf)) + " left";
                };
                return s + " (" + d.obligation() + ", due " + local(d.dueAt(asOf)) + ", " + how + ")";
            }).collect(Collectors.joining(", "));
        }

        private void fail(String expected, String actual) {
            String what = "rule " + ruleId + (duty == null ? "" : " (duty \"" + duty + "\")");
            complaint.fail(what + " " + expected + " for " + complaint.subject() + " " + complaint.given().when()
                    + ", but " + (actual != null ? actual : "it set no such deadline on the complaint") + ". "
                    + complaint.context());
        }

        private ZoneId zone() {
            return complaint.given().policy().zone();
        }

        private static String hours(Duration d) {
            long minutes = d.toMinutes();
            return minutes % 60 == 0 ? minutes / 60 + " h" : minutes / 60 + " h " + minutes % 60 + " min";
        }

        /** {@code 2025-11-25T09:00 Asia/Shanghai (2025-11-25T01:00:00Z)}. */
        private String local(Instant instant) {
            return instant.atZone(zone()).toLocalDateTime() + " " + zone() + " (" + instant + ")";
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
                throw new IllegalArgumentException("dueAt = '" + text + "': expected an instant like "
                        + "2025-11-25T01:00:00Z or a local date-time like 2025-11-25T09:00 or 2025-11-25T24:00", e);
            }
        }
    }
}
