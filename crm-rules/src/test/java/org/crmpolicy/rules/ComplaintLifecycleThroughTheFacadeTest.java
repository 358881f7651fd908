package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ComplaintFixtures.BOTH;
import static org.crmpolicy.rules.ComplaintFixtures.BU_PRINT;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.HANDLER;
import static org.crmpolicy.rules.ComplaintFixtures.LEADER;
import static org.crmpolicy.rules.ComplaintFixtures.MARKETING;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.inHandling;
import static org.crmpolicy.rules.ComplaintFixtures.policy;
import static org.crmpolicy.rules.ComplaintFixtures.received;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintObligation;
import org.crmpolicy.complaint.ComplaintState;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.EscalationBody;
import org.crmpolicy.complaint.EscalationReason;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.IllegalComplaintTransitionException;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.Test;
import org.crmpolicy.rules.complaints.Complaints;

/**
 * A complaint driven through the process of 003 §16 (受理 → 处理 → 跟踪) with the host storing only the events as text
 * and asking the façade, after each step, what is owed, what is late and who must approve.
 */
class ComplaintLifecycleThroughTheFacadeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ComplaintId ID = ComplaintId.of("TS-2025-0201");
    private static final Actor QUALITY = Actor.of("E-4004", OrgUnit.QUALITY_SUPERVISION_DEPARTMENT);

    private static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** The host's table: events as text columns, loaded back with {@link ComplaintEvent#fromStored}. */
    private static final class EventTable {
        private final List<String[]> rows = new ArrayList<>();
        private final List<Map<String, String>> changes = new ArrayList<>();
        private final List<Instant> times = new ArrayList<>();

        void save(Complaint c, long expectedVersion) {
            assertThat((long) rows.size()).as("optimistic lock").isEqualTo(expectedVersion);
            for (ComplaintEvent e : c.events().subList(rows.size(), c.events().size())) {
                rows.add(new String[] {e.complaintId().value(), e.type().name(), e.stateAfter().name(),
                        e.by().staffId(), e.by().unit().code(), e.why()});
                changes.add(new LinkedHashMap<>(e.stored().changes()));
                times.add(e.at());
            }
        }

        List<ComplaintEvent> load() {
            List<ComplaintEvent> events = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String[] r = rows.get(i);
                events.add(ComplaintEvent.fromStored(r[0], i + 1, r[1], r[2], r[3], r[4], times.get(i), r[5],
                        changes.get(i)));
            }
            return events;
        }
    }

    private final EventTable table = new EventTable();
    private final Complaints complaints = policy().complaints();

    private Complaint step(java.util.function.UnaryOperator<Complaint> change) {
        Complaint current = Complaint.replay(table.load());
        Complaint next = change.apply(current);
        table.save(next, current.version());
        return next;
    }

    private ComplaintAssessment assess(Instant asOf) {
        return complaints.assess(table.load(), asOf);
    }

    private static List<String> rules(List<ComplaintObligation> obligations) {
        return obligations.stream().map(o -> o.ruleId().value()).toList();
    }

    @Test
    void aProductQualityComplaintFromOutsideTheHomeProvinceIsHandledByTheBook() {
        // given: 1 受理 — the customer calls customer service, Monday 2025-12-01 09:30
        Intake intake = new Intake(CustomerId.of("C-GD-017"), FeedbackClassification.of(FeedbackType.COMPLAINT,
                SeverityGrade.SERIOUS), "批次 2025-11 宣传册褪色，客户要求重印并索赔", true);
        table.save(Complaint.receive(ID, intake, CLERK, sh("2025-12-01T09:30"), "hotline call, read back"), 0);

        // then: a response within 24 hours and a plan within 48 hours are owed by the first contact
        ComplaintAssessment received = assess(sh("2025-12-01T09:31"));
        assertThat(received.state()).isEqualTo(ComplaintState.RECEIVED);
        assertThat(received.obligations("D5")).extracting(ComplaintObligation::due)
                .containsExactly(sh("2025-12-02T09:30"), sh("2025-12-03T09:30"));
        assertThat(received.obligations("R1")).as("R1 is a contact obligation (revisits.drl)").isEmpty();

        // when: the first contact answers, the complaint is registered with the quality supervision department
        step(c -> c.respond(CLERK, sh("2025-12-01T09:45"), "first contact answered (首问负责)"));
        step(c -> c.register(new Registration(ComplaintType.PRODUCT_QUALITY, "SL-2025-201",
                        OrgUnit.QUALITY_SUPERVISION_DEPARTMENT, BU_PRINT, OrgUnit.MARKETING_DEPARTMENT, "广东",
                        sh("2025-12-24T18:00")),
                QUALITY, sh("2025-12-01T10:00"), "acceptance form filled, time node told"));
        ComplaintAssessment registered = assess(sh("2025-12-01T10:01"));

        // then: routed to quality supervision; on site within 48 hours (outside the home province)
        assertThat(registered.routing().acceptingUnit()).isEqualTo(OrgUnit.QUALITY_SUPERVISION_DEPARTMENT);
        assertThat(registered.findings()).isEmpty();
        assertThat(registered.obligations("D6")).singleElement()
                .satisfies(o -> assertThat(o.due()).isEqualTo(sh("2025-12-03T10:00")));

        // when: marketing assigns BU-PRINT; the leader in charge approves later the same day
        step(c -> c.assign(new Assignment(BU_PRINT, sh("2025-12-19T18:00"), "E-3003", "E-3004", null), MARKETING,
                sh("2025-12-01T14:00"), "BU-PRINT printed the batch"));
        assertThat(assess(sh("2025-12-01T14:01")).pendingApprovals()).singleElement()
                .satisfies(r -> assertThat(r.acceptedLevels()).containsExactly(ApproverLevel.LEADER_IN_CHARGE));
        step(c -> c.approveAssignment(LEADER, sh("2025-12-01T16:00"), "approved"));

        // when: plan, on site, cause analysis, a claim of 80,000 CNY escalated to the GM office meeting
        step(c -> c.giveHandlingPlan(HANDLER, sh("2025-12-02T11:00"), "plan: reprint, inspect ink lot"));
        step(c -> c.arriveOnSite(HANDLER, sh("2025-12-03T08:00"), "engineer at the customer in Guangzhou"));
        step(c -> c.startHandling("ink lot 11-B not UV-stable", "reprint with lot 12-A", HANDLER,
                sh("2025-12-03T15:00"), "cause found"));
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-04T08:30"), "on site done, cause found"));
        step(c -> c.recordClaim(Money.cny("80000"), MARKETING, sh("2025-12-04T09:00"), "customer's claim"));
        assertThat(assess(sh("2025-12-04T09:01")).pendingApprovals()).singleElement()
                .satisfies(r -> assertThat(r.acceptedLevels()).containsExactly(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING));
        step(c -> c.escalate(EscalationBody.GM_OFFICE_MEETING, EscalationReason.LARGE_CLAIM,
                complaints.escalationPolicy(), MARKETING, sh("2025-12-04T10:00"), "claim at or above the bound"));
        step(c -> c.startHandling(null, "reprint and compensate 30,000 CNY", HANDLER, sh("2025-12-05T17:00"),
                "GM office meeting decided"));
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-06T10:00"), "reprint decided"));

        // then: each report starts the next stretch of at most 84 hours (half a week) to each audience
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-09T10:00"), "reprint under way"));
        ComplaintAssessment midWeek = assess(sh("2025-12-10T09:00"));
        assertThat(midWeek.state()).isEqualTo(ComplaintState.IN_PROGRESS);
        assertThat(midWeek.obligations("D7")).hasSize(2)
                .allSatisfy(o -> assertThat(o.due()).isEqualTo(sh("2025-12-12T22:00")));
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-11T10:00"), "reprint shipped"));
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-14T10:00"), "reprint arriving"));

        // when: resolved; the customer is not satisfied and the complaint is reopened, reassigned and handled again
        step(c -> c.resolve("reprint delivered, 30,000 CNY paid", HANDLER, sh("2025-12-16T11:00"), "result told"));
        step(c -> c.reopen(MARKETING, sh("2025-12-17T09:00"), "customer: colours still fade"));
        step(c -> c.assign(new Assignment(BU_PRINT, sh("2025-12-23T18:00"), "E-3003", "E-3004", LEADER), MARKETING,
                sh("2025-12-17T10:00"), "second attempt, approved"));
        step(c -> c.startHandling("paper coating", "switch paper supplier", HANDLER, sh("2025-12-17T11:00"),
                "handled again"));
        step(c -> c.reportProgress(BOTH, MARKETING, sh("2025-12-19T10:00"), "coated paper ordered"));
        step(c -> c.resolve("second reprint on coated paper delivered", HANDLER, sh("2025-12-22T16:00"),
                "result told"));

        // then: after resolution the follow-up, the evaluation and the post-mortem are owed
        assertThat(rules(assess(sh("2025-12-22T16:01")).obligations())).contains("R7", "P9", "P10");

        // when: 跟踪 — reviewed, followed up, evaluated by the responsible unit, post-mortem, closed
        step(c -> c.review(MARKETING, sh("2025-12-23T09:00"), "result reviewed (复核)"));
        step(c -> c.followUp(true, 5, MARKETING, sh("2025-12-23T15:00"), "satisfaction follow-up"));
        step(c -> c.evaluateCorrectiveAction("no fading after 7 days in sunlight", HANDLER,
                sh("2025-12-24T09:00"), "corrective action effective"));
        step(c -> c.postMortem("UV test added to incoming ink inspection", MARKETING, sh("2025-12-24T10:00"),
                "post-mortem"));
        Complaint closed = step(c -> c.close(MARKETING, sh("2025-12-24T11:00"), "customer confirmed satisfaction"));
        ComplaintAssessment done = assess(sh("2025-12-24T12:00"));

        // then: closed, nothing owed, nothing late, every approval given
        assertThat(done.state()).isEqualTo(ComplaintState.CLOSED);
        assertThat(done.version()).isEqualTo(closed.version()).isEqualTo(27);
        assertThat(done.findings()).isEmpty();
        assertThat(done.obligations()).isEmpty();
        assertThat(done.approvals()).isNotEmpty().allSatisfy(r -> assertThat(r.granted()).isTrue());
        assertThat(done.deadlines()).extracting(d -> d.ruleId().value())
                .contains("D5", "D6", "D7", "D10", "P2");
        assertThat(done.toString()).doesNotContain("褪色");
    }

    @Test
    void assessingAsOfAnInstantBeforeTheLatestEventIsRefused() {
        // given
        Complaint c = inHandling();

        // when / then
        assertThatThrownBy(() -> complaints.assess(c, at(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf = " + at(4)).hasMessageContaining("TS-2025-0042");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        // given / when / then
        assertThatThrownBy(() -> complaints.assess((Complaint) null, at(1))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("complaint");
        assertThatThrownBy(() -> complaints.assess(received(), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void aStoredHistoryWithAnIllegalMoveIsRefused() {
        // given
        List<ComplaintEvent> events = new ArrayList<>(received().events());
        events.add(ComplaintEvent.fromStored("TS-2025-0042", 2, "RESOLVED", "RESOLVED", "E-3003", "BU-PRINT", at(1),
                "resolved before registration", Map.of("result", "done")));

        // when / then
        assertThatThrownBy(() -> complaints.assess(events, at(2)))
                .isInstanceOf(IllegalComplaintTransitionException.class)
                .hasMessageContaining("TS-2025-0042").hasMessageContaining("RECEIVED").hasMessageContaining("RESOLVED");
    }

    @Test
    void findingsNeverCarryTheComplaintsContent() {
        // given: a late response of a complaint whose content names a person and a phone number
        Intake personal = new Intake(CustomerId.of("C-001"), FeedbackClassification.of(FeedbackType.COMPLAINT,
                SeverityGrade.GENERAL), "联系人张三 13800000000 投诉送货延误", false);
        Complaint c = Complaint.receive(ComplaintId.of("TS-9"), personal, CLERK, at(0), "hotline");

        // when
        ComplaintAssessment a = complaints.assess(c, at(100));

        // then
        assertThat(a.findings()).isNotEmpty().extracting(f -> f + " " + f.subjectId() + " " + f.evidence() + " " + f.responsible())
                .allSatisfy(s -> assertThat(s).doesNotContain("张三").doesNotContain("13800000000"));
    }
}
