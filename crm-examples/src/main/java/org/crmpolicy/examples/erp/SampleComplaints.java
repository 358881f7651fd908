package org.crmpolicy.examples.erp;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.EscalationBody;
import org.crmpolicy.complaint.EscalationPolicy;
import org.crmpolicy.complaint.EscalationReason;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.ProgressAudience;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * Deterministic sample complaint histories, recorded through the library's {@link Complaint} aggregate the way a
 * host records them, so the stored events replay. The mix: most are closed cleanly; some answered late (D5), on site
 * late outside the home province (D6) or with too few weekly progress reports (D7); the first complaint is a large
 * claim escalated to the GM office meeting (P4, A7); the second was assigned and handled without the leader in charge's approval (A7), as a real company's one slip;
 * the third was resolved, the customer was not satisfied and it was reopened; recent ones are still being
 * handled. Events after {@code asOf} are not recorded. Stateless.
 */
public final class SampleComplaints {

    /** The kinds of history generated. */
    public enum Scenario { CLOSED_CLEANLY, LATE_RESPONSE_D5, LATE_ON_SITE_D6, FEW_PROGRESS_REPORTS_D7, LARGE_CLAIM_ESCALATED, REOPENED, IN_HANDLING,
        /** Assigned and handled without the leader in charge's approval of the unit and deadline (A7); then closed. */
        UNAPPROVED_ASSIGNMENT_A7 }

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Actor CLERK = Actor.of("E-CS-01", OrgUnit.CUSTOMER_SERVICE);
    private static final Actor MARKETING = Actor.of("E-MK-07", OrgUnit.MARKETING_DEPARTMENT);
    private static final Actor LEADER = Actor.of("E-LD-02", OrgUnit.of("LEADER_IN_CHARGE"));
    private static final Actor QUALITY = Actor.of("E-QS-03", OrgUnit.QUALITY_SUPERVISION_DEPARTMENT);
    private static final Set<ProgressAudience> BOTH = EnumSet.allOf(ProgressAudience.class);
    private static final EscalationPolicy RECORDED_BOUND = EscalationPolicy.ofLargeClaimBound(new BigDecimal("50000"));

    private SampleComplaints() {
    }

    /** The scenario of the {@code ordinal}-th complaint (0-based, in customer order), drawn from {@code r}. */
    public static Scenario scenario(int ordinal, SplittableRandom r) {
        if (ordinal == 0) {
            return Scenario.LARGE_CLAIM_ESCALATED;
        }
        if (ordinal == 1) {
            return Scenario.UNAPPROVED_ASSIGNMENT_A7;
        }
        if (ordinal == 2) {
            return Scenario.REOPENED;
        }
        int p = r.nextInt(100);
        return p < 45 ? Scenario.CLOSED_CLEANLY : p < 55 ? Scenario.LATE_RESPONSE_D5 : p < 65 ? Scenario.LATE_ON_SITE_D6
                : p < 75 ? Scenario.FEW_PROGRESS_REPORTS_D7 : Scenario.IN_HANDLING;
    }

    /**
     * The complaint's history as recorded up to {@code asOf}.
     *
     * @param id       complaint ID
     * @param customer the complaining customer
     * @param scenario what happens
     * @param r        the customer's random source (consumed)
     * @param day      the run date; {@code asOf} is 18:00 on it in Asia/Shanghai
     */
    public static Complaint history(String id, CustomerId customer, Scenario scenario, SplittableRandom r, LocalDate day) {
        Instant asOf = day.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant();
        int daysAgo = switch (scenario) {
            case IN_HANDLING -> 1 + r.nextInt(9);
            case REOPENED -> 9 + r.nextInt(3);
            case LARGE_CLAIM_ESCALATED -> 20 + r.nextInt(10);
            case FEW_PROGRESS_REPORTS_D7 -> 30 + r.nextInt(40);
            default -> 12 + r.nextInt(80);
        };
        Instant received = day.minusDays(daysAgo).atTime(LocalTime.of(9 + r.nextInt(8), r.nextInt(60))).atZone(ZONE).toInstant();
        boolean quality = r.nextInt(3) == 0;
        OrgUnit providing = OrgUnit.of("BU-" + (1 + r.nextInt(4)));
        Actor bu = Actor.of("E-BU-" + (10 + r.nextInt(30)), providing);
        boolean onSite = scenario == Scenario.LATE_ON_SITE_D6 || r.nextInt(4) == 0;
        String province = scenario == Scenario.LATE_ON_SITE_D6 ? "广东" : "四川";
        SeverityGrade grade = scenario == Scenario.LARGE_CLAIM_ESCALATED ? SeverityGrade.SERIOUS
                : r.nextInt(4) == 0 ? SeverityGrade.SERIOUS : SeverityGrade.GENERAL;
        Intake intake = new Intake(customer, FeedbackClassification.of(FeedbackType.COMPLAINT, grade),
                quality ? "批次质量问题：产品外观缺陷" : "交付延迟，服务响应慢", true);

        Script s = new Script(Complaint.receive(ComplaintId.of(id), intake, CLERK, received, "hotline call"), received, asOf);
        Duration response = scenario == Scenario.LATE_RESPONSE_D5 ? Duration.ofHours(30 + r.nextInt(20)) : Duration.ofHours(1 + r.nextInt(6));
        s.then(response, (c, at) -> c.respond(CLERK, at, "first contact answered"));
        Instant timeNode = received.plus(Duration.ofDays(scenario == Scenario.FEW_PROGRESS_REPORTS_D7 ? 30 : 12));
        Registration registration = new Registration(quality ? ComplaintType.PRODUCT_QUALITY : ComplaintType.SERVICE,
                "SL-" + id, quality ? OrgUnit.QUALITY_SUPERVISION_DEPARTMENT : providing, providing,
                OrgUnit.MARKETING_DEPARTMENT, onSite ? province : null, timeNode);
        Actor accepting = quality ? QUALITY : bu;
        s.then(Duration.ofHours(1), (c, at) -> c.register(registration, accepting, at, "acceptance form filled"));
        if (onSite) {
            Duration toSite = scenario == Scenario.LATE_ON_SITE_D6 ? Duration.ofHours(50 + r.nextInt(30)) : Duration.ofHours(2 + r.nextInt(6));
            s.then(toSite, (c, at) -> c.arriveOnSite(bu, at, "on site"));
        }
        if (scenario != Scenario.LATE_RESPONSE_D5) {
            s.then(Duration.ofHours(1 + r.nextInt(4)), (c, at) -> c.giveHandlingPlan(accepting, at, "handling plan given"));
        }
        Instant handlingDeadline = received.plus(Duration.ofDays(scenario == Scenario.FEW_PROGRESS_REPORTS_D7 ? 28 : 10));
        Actor approver = scenario == Scenario.UNAPPROVED_ASSIGNMENT_A7 ? null : LEADER;
        s.then(Duration.ofHours(2), (c, at) -> c.assign(new Assignment(providing, handlingDeadline, "E-BU-RP1", "E-BU-H1",
                approver), MARKETING, at, "unit and deadline set"));
        s.then(Duration.ofHours(2), (c, at) -> c.startHandling("cause analysed", "corrective action defined", bu, at, "handling started"));
        if (scenario == Scenario.LARGE_CLAIM_ESCALATED) {
            s.then(Duration.ofHours(20), (c, at) -> c.recordClaim(Money.cny("80000.00"), MARKETING, at, "customer's claim"));
            s.then(Duration.ofHours(4), (c, at) -> c.escalate(EscalationBody.GM_OFFICE_MEETING, EscalationReason.LARGE_CLAIM,
                    RECORDED_BOUND, MARKETING, at, "claim at or above the large-claim bound"));
            weeklyReports(s, 6, 2);
            return s.complaint();
        }
        if (scenario == Scenario.FEW_PROGRESS_REPORTS_D7) {
            weeklyReports(s, 4, 1);
        } else {
            weeklyReports(s, scenario == Scenario.IN_HANDLING ? 3 : 1, 2);
        }
        if (scenario == Scenario.IN_HANDLING) {
            return s.complaint();
        }
        s.then(Duration.ofHours(8), (c, at) -> c.resolve("result told to the customer", bu, at, "resolved"));
        if (scenario == Scenario.REOPENED) {
            s.then(Duration.ofHours(20), (c, at) -> c.followUp(true, 2, MARKETING, at, "customer not satisfied"));
            s.then(Duration.ofHours(2), (c, at) -> c.reopen(MARKETING, at, "customer not satisfied"));
            s.then(Duration.ofHours(3), (c, at) -> c.assign(new Assignment(providing, at.plus(Duration.ofDays(7)), "E-BU-RP1",
                    "E-BU-H2", LEADER), MARKETING, at, "handled again"));
            s.then(Duration.ofHours(2), (c, at) -> c.startHandling("cause analysed again", "second corrective action", bu, at, "handling again"));
            weeklyReports(s, 6, 2);
            return s.complaint();
        }
        s.then(Duration.ofHours(20), (c, at) -> c.followUp(true, 4 + r.nextInt(2), MARKETING, at, "satisfaction follow-up"));
        s.then(Duration.ofHours(2), (c, at) -> c.evaluateCorrectiveAction("corrective action effective", bu, at, "evaluated"));
        s.then(Duration.ofHours(24), (c, at) -> c.review(MARKETING, at, "result reviewed"));
        s.then(Duration.ofHours(2), (c, at) -> c.postMortem("post-mortem held", MARKETING, at, "lessons recorded"));
        s.then(Duration.ofHours(2), (c, at) -> c.close(MARKETING, at, "customer confirmed satisfaction"));
        return s.complaint();
    }

    /**
     * Progress reports to both audiences every {@code everyHours} hours for {@code weeks} weeks from the script's
     * instant, each only when still ahead of the script's end. A team following D7 (no more than
     * {@code D7.max-hours-between-progress-reports}, 84 by default, without a report) reports every 72 hours; the
     * D7 scenario reports once a week. The first report comes a day after handling starts.
     */
    private static void weeklyReports(Script s, int weeks, int perWeek) {
        Duration every = Duration.ofHours(perWeek >= 2 ? 72 : 168);
        Instant until = s.at().plus(Duration.ofDays(7L * weeks));
        Instant first = s.at().plus(perWeek >= 2 ? Duration.ofHours(24) : every);   // the gap runs from registration
        for (Instant when = first; when.isBefore(until); when = when.plus(every)) {
            s.then(Duration.between(s.at(), when), (c, at) -> c.reportProgress(BOTH, MARKETING, at, "progress reported"));
        }
    }

    @FunctionalInterface
    private interface Step {
        Complaint apply(Complaint c, Instant at);
    }

    /** Applies steps at increasing instants until the next one would be after {@code end}. */
    private static final class Script {
        private Complaint complaint;
        private Instant at;
        private final Instant end;
        private boolean stopped;

        Script(Complaint complaint, Instant at, Instant end) {
            this.complaint = complaint;
            this.at = at;
            this.end = end;
        }

        void then(Duration gap, Step step) {
            Instant next = at.plus(gap);
            if (stopped || next.isAfter(end)) {
                stopped = true;
                return;
            }
            at = next;
            complaint = step.apply(complaint, at);
        }

        Complaint complaint() {
            return complaint;
        }

        Instant at() {
            return at;
        }
    }
}
