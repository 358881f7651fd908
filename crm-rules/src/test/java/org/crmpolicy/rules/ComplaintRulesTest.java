package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ComplaintFixtures.BU_PRINT;
import static org.crmpolicy.rules.ComplaintFixtures.CLERK;
import static org.crmpolicy.rules.ComplaintFixtures.HANDLER;
import static org.crmpolicy.rules.ComplaintFixtures.ID;
import static org.crmpolicy.rules.ComplaintFixtures.LEADER;
import static org.crmpolicy.rules.ComplaintFixtures.MARKETING;
import static org.crmpolicy.rules.ComplaintFixtures.T0;
import static org.crmpolicy.rules.ComplaintFixtures.aRegistration;
import static org.crmpolicy.rules.ComplaintFixtures.anIntake;
import static org.crmpolicy.rules.ComplaintFixtures.at;
import static org.crmpolicy.rules.ComplaintFixtures.inHandling;
import static org.crmpolicy.rules.ComplaintFixtures.policy;
import static org.crmpolicy.rules.ComplaintFixtures.received;
import static org.crmpolicy.rules.ComplaintFixtures.registered;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.Conflict;
import org.crmpolicy.complaint.EscalationBody;
import org.crmpolicy.complaint.EscalationReason;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.complaint.ResolutionMethod;
import org.crmpolicy.complaint.ResponsibilityKind;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.evaluation.PolicyParameters;

/** P2-P4, P7-P11, R7, R8 and A7 as the façade reports them. */
class ComplaintRulesTest {

    private static ComplaintAssessment assess(Complaint c, Instant asOf) {
        return policy().complaints().assess(c, asOf);
    }

    private static Complaint resolved() {
        return inHandling().resolve("reprinted and delivered", HANDLER, at(20), "result told to the customer");
    }

    /** Resolved, reviewed, followed up with a rating, evaluated and post-mortem'd: ready to close cleanly. */
    private static Complaint readyToClose() {
        return resolved()
                .review(MARKETING, at(21), "reviewed")
                .followUp(true, 5, MARKETING, at(22), "satisfaction follow-up")
                .evaluateCorrectiveAction("no colour deviation since", HANDLER, at(23), "evaluated")
                .postMortem("calibrate the press weekly", MARKETING, at(24), "post-mortem");
    }

    // ---------------------------------------------------------------- P3 routing

    @Test
    void p3AProductQualityComplaintIsAcceptedByTheQualitySupervisionDepartment() {
        // given
        Registration quality = new Registration(ComplaintType.PRODUCT_QUALITY, "SL-1", BU_PRINT, BU_PRINT,
                OrgUnit.MARKETING_DEPARTMENT, null, at(100));
        Complaint c = received().register(quality, CLERK, at(1), "registered");

        // when
        ComplaintAssessment a = assess(c, at(2));

        // then
        assertThat(a.routing()).satisfies(r -> {
            assertThat(r.acceptingUnit()).isEqualTo(OrgUnit.QUALITY_SUPERVISION_DEPARTMENT);
            assertThat(r.intakeUnit()).isEqualTo(OrgUnit.CUSTOMER_SERVICE);
            assertThat(r.competentDepartment()).isEqualTo(OrgUnit.MARKETING_DEPARTMENT);
        });
        assertThat(a.findings("P3")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("BU-PRINT").contains("QUALITY_SUPERVISION_DEPARTMENT");
        });
    }

    @Test
    void p3AnyOtherComplaintIsAcceptedByTheUnitThatProvidedTheService() {
        // given / when
        ComplaintAssessment a = assess(registered(), at(2));

        // then
        assertThat(a.routing().acceptingUnit()).isEqualTo(BU_PRINT);
        assertThat(a.findings("P3")).isEmpty();
    }

    @Test
    void p3BeforeRegistrationThereIsNoRouting() {
        // given / when
        ComplaintAssessment a = assess(received(), at(0));

        // then
        assertThat(a.routingIfKnown()).isEmpty();
    }

    @Test
    void p3TheIntakeUnitIsANamedParameter() {
        // given
        PolicyParameters marketingIntake = policy().parameters().with("P3.intake-unit", "MARKETING_DEPARTMENT");

        // then
        assertThat(marketingIntake.text("P3.intake-unit")).isEqualTo("MARKETING_DEPARTMENT");
        assertThat(policy().parameters().text("P3.intake-unit")).isEqualTo("CUSTOMER_SERVICE");
    }

    // ---------------------------------------------------------------- P2, P8, A7 assignment

    @Test
    void p2ARecordNotConfirmedWithTheCustomerIsReported() {
        // given
        Intake unconfirmed = new Intake(anIntake().customerId(), anIntake().classification(), "text", false);
        Complaint c = Complaint.receive(ID, unconfirmed, CLERK, T0, "hotline");

        // when
        ComplaintAssessment a = assess(c, at(0));

        // then
        assertThat(a.findings("P2")).singleElement().satisfies(f -> assertThat(f.message()).contains("confirmed"));
        assertThat(assess(received(), at(0)).findings("P2")).isEmpty();
    }

    @ParameterizedTest(name = "person {0}, handler {1} → P8 finding {2}")
    @CsvSource({"E-3003, E-3004, false", ", E-3004, true", "E-3003, , true"})
    void p8AnAssignedComplaintNamesAResponsiblePersonAndAHandler(String person, String handler, boolean finding) {
        // given
        Complaint c = registered().assign(new Assignment(BU_PRINT, at(200), person, handler, LEADER), MARKETING,
                at(2), "assigned");

        // when
        ComplaintAssessment a = assess(c, at(3));

        // then
        assertThat(a.findings("P8")).hasSize(finding ? 1 : 0);
    }

    @Test
    void a7AnUnapprovedAssignmentNeedsTheLeaderInChargeAndHandlingWithoutItIsAViolation() {
        // given
        Complaint assigned = registered().assign(new Assignment(BU_PRINT, at(200), "E-3003", "E-3004", null),
                MARKETING, at(2), "assigned");
        Complaint handled = assigned.startHandling(null, null, HANDLER, at(3), "started anyway");
        Complaint approved = assigned.approveAssignment(LEADER, at(3), "approved")
                .startHandling(null, null, HANDLER, at(4), "started");

        // when
        ComplaintAssessment waiting = assess(assigned, at(3));
        ComplaintAssessment premature = assess(handled, at(4));
        ComplaintAssessment proper = assess(approved, at(5));

        // then
        assertThat(waiting.pendingApprovals()).singleElement()
                .satisfies(r -> assertThat(r.acceptedLevels()).containsExactly(ApproverLevel.LEADER_IN_CHARGE));
        assertThat(waiting.findings("A7")).isEmpty();
        assertThat(premature.findings("A7")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
        assertThat(proper.pendingApprovals()).isEmpty();
        assertThat(proper.approvals()).singleElement().satisfies(r -> assertThat(r.granted()).isTrue());
        assertThat(proper.findings("A7")).isEmpty();
        assertThat(waiting.pendingApprovals()).singleElement().extracting(RequiredApproval::reason).asString()
                .as("the handling deadline reads as local time with the zone, as every message prints a time")
                .contains("handling deadline " + org.crmpolicy.calendar.LocalTimes.format(at(200), java.time.ZoneId.of("Asia/Shanghai")))
                .contains("Asia/Shanghai")
                .doesNotContainPattern("T[0-9:]+Z");
    }

    // ---------------------------------------------------------------- P4 escalation

    @Test
    void p4TheEscalationsOfOneComplaintComeBackInTheSameOrderOnEveryAssessment() {
        // given: a claim of 60,000 CNY and a major social impact, two escalations to the same bodies
        Complaint c = inHandling().recordClaim(Money.cny("60000"), MARKETING, at(6), "claim")
                .recordMajorSocialImpact(MARKETING, at(6), "in the press");

        // when
        List<RequiredApproval> first = assess(c, at(7)).approvals();
        List<RequiredApproval> second = assess(c, at(7)).approvals();

        // then
        assertThat(first).isEqualTo(second).isSortedAccordingTo(RequiredApproval.ORDER);
        assertThat(first).filteredOn(r -> r.ruleId().value().equals("P4")).extracting(RequiredApproval::reason)
                .containsExactly(
                        "claim of 60000.00 CNY at or above the large-claim bound 50000 CNY is investigated and decided "
                                + "by the board or the general manager's office meeting (003 §16(四))",
                        "complaint with major social impact is investigated and decided by the board or the general "
                                + "manager's office meeting (003 §16(四))");
        assertThat(first).extracting(r -> r.ruleId().value()).containsExactly("A7", "P4", "P4");
    }

    @ParameterizedTest(name = "claim {0} CNY needs the GM office meeting or the board: {1}")
    @CsvSource({"49999.99, false", "50000.00, true", "50000, true"})
    void p4AClaimAtOrAboveTheLargeClaimBoundGoesToTheGmOfficeMeetingOrTheBoard(String claim, boolean required) {
        // given
        Complaint c = inHandling().recordClaim(Money.cny(claim), MARKETING, at(6), "claim");

        // when
        ComplaintAssessment a = assess(c, at(7));

        // then
        assertThat(a.pendingApprovals()).filteredOn(r -> r.acceptedLevels().equals(List.of(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING)))
                .hasSize(required ? 1 : 0);
        assertThat(a.findings("P4")).hasSize(required ? 1 : 0)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void p4AnEscalatedLargeClaimIsGrantedAndAResolvedUnescalatedOneIsAViolation() {
        // given
        Complaint claimed = inHandling().recordClaim(Money.cny("80000"), MARKETING, at(6), "claim");
        Complaint escalated = claimed.escalate(EscalationBody.GM_OFFICE_MEETING, EscalationReason.LARGE_CLAIM,
                policy().complaints().escalationPolicy(), MARKETING, at(7), "large claim");
        Complaint ignored = claimed.resolve("paid", HANDLER, at(8), "paid without asking");

        // when / then
        assertThat(assess(escalated, at(8)).approvals())
                .filteredOn(r -> r.acceptedLevels().equals(List.of(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING)))
                .singleElement().satisfies(r -> assertThat(r.granted()).isTrue());
        assertThat(assess(escalated, at(8)).findings("P4")).isEmpty();
        assertThat(assess(ignored, at(9)).findings("P4")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
    }

    @Test
    void p4TheLargeClaimBoundIsANamedParameter() {
        // given
        CrmPolicy strict = CrmPolicy.builder().parameter("P4.large-claim-bound-cny", "10000").build();
        Complaint c = inHandling().recordClaim(Money.cny("20000"), MARKETING, at(6), "claim");

        // when / then
        assertThat(strict.complaints().escalationPolicy().largeClaimBound()).isEqualByComparingTo("10000");
        assertThat(strict.complaints().assess(c, at(7)).pendingApprovals())
                .extracting(RequiredApproval::acceptedLevels).containsExactly(List.of(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING));
        assertThat(assess(c, at(7)).pendingApprovals()).isEmpty();
    }

    @Test
    void p4LitigationGoesToTheLegalDepartment() {
        // given
        Complaint sued = inHandling().recordLitigation(MARKETING, at(6), "customer sued");
        Complaint legal = sued.escalate(EscalationBody.LEGAL_DEPARTMENT, EscalationReason.LITIGATION,
                policy().complaints().escalationPolicy(), MARKETING, at(7), "to legal");

        // when / then
        assertThat(assess(sued, at(7)).pendingApprovals()).singleElement().satisfies(r -> {
            assertThat(r.acceptedLevels()).containsExactly(ApproverLevel.LEGAL);
            assertThat(r.ruleId().value()).isEqualTo("P4");
        });
        assertThat(assess(legal, at(8)).pendingApprovals()).isEmpty();
    }

    @Test
    void p4MajorSocialImpactGoesToTheGmOfficeMeetingOrTheBoard() {
        // given
        Complaint c = inHandling().recordMajorSocialImpact(MARKETING, at(6), "in the press");

        // when / then
        assertThat(assess(c, at(7)).pendingApprovals()).singleElement()
                .satisfies(r -> assertThat(r.acceptedLevels()).containsExactly(ApproverLevel.BOARD, ApproverLevel.GM_OFFICE_MEETING));
    }

    // ---------------------------------------------------------------- after resolution: R7, R8, P9, P10

    @Test
    void r7AResolvedComplaintOwesASatisfactionFollowUpTrackedByTheCompetentDepartment() {
        // given / when
        ComplaintAssessment a = assess(resolved(), at(21));

        // then
        assertThat(a.obligations("R7")).singleElement().satisfies(o -> {
            assertThat(o.responsible()).isEqualTo("MARKETING_DEPARTMENT");
            assertThat(o.isDated()).isFalse();
        });
    }

    @Test
    void r7AComplaintClosedWithoutAFollowUpAfterItsResolutionIsAViolation() {
        // given
        Complaint noFollowUp = resolved().review(MARKETING, at(21), "reviewed")
                .close(MARKETING, at(22), "customer said fine");
        Complaint staleFollowUp = inHandling().resolve("first result", HANDLER, at(10), "told")
                .followUp(true, 2, MARKETING, at(11), "unhappy")
                .reopen(MARKETING, at(12), "unsatisfied")
                .startHandling(null, null, HANDLER, at(13), "again")
                .resolve("second result", HANDLER, at(20), "told")
                .review(MARKETING, at(21), "reviewed")
                .close(MARKETING, at(22), "customer confirmed");

        // when / then
        assertThat(assess(noFollowUp, at(23)).findings("R7")).hasSize(1);
        assertThat(assess(staleFollowUp, at(23)).findings("R7")).hasSize(1);
        assertThat(assess(readyToClose().close(MARKETING, at(25), "confirmed"), at(26)).findings("R7")).isEmpty();
    }

    @ParameterizedTest(name = "covers progress {0}, rating {1} → R8 finding {2}")
    @CsvSource({"true, 4, false", "false, 4, true", "true, , true"})
    void r8AFollowUpRecordCoversProgressAndASatisfactionRating(boolean covers, Integer rating, boolean finding) {
        // given
        Complaint c = resolved().followUp(covers, rating, MARKETING, at(21), "follow-up");

        // when
        ComplaintAssessment a = assess(c, at(22));

        // then
        assertThat(a.findings("R8")).hasSize(finding ? 1 : 0);
        assertThat(a.obligations("R7")).isEmpty();
    }

    @Test
    void r8NamesTheFollowUpInLocalTimeWithItsZoneNotInUtc() {
        Complaint c = resolved().followUp(false, 4, MARKETING, at(21), "follow-up");

        assertThat(assess(c, at(22)).findings("R8")).singleElement().extracting(Finding::message).asString()
                .matches("the follow-up of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})? Asia/Shanghai does not cover .*")
                .doesNotContain("Z ");
    }

    @Test
    void r1IsAContactObligationNotAComplaintDuty() {
        // given: R1 (every complainant of the year revisited by its end) is stated once, in revisits.drl, and
        // specified in RevisitObligationsTest
        Instant newYear = Instant.parse("2025-12-31T16:00:00Z");

        // when
        ComplaintAssessment a = assess(resolved(), newYear);

        // then
        assertThat(a.obligations("R1")).isEmpty();
        assertThat(a.findings("R1")).isEmpty();
        assertThat(a.deadlines()).noneMatch(d -> d.ruleId().value().equals("R1"));
    }

    @Test
    void p9TheResponsibleUnitEvaluatesTheCorrectiveActionBeforeClosing() {
        // given
        Complaint byOther = resolved().review(MARKETING, at(21), "reviewed")
                .followUp(true, 5, MARKETING, at(22), "follow-up")
                .evaluateCorrectiveAction("looks fine", MARKETING, at(23), "marketing evaluated it")
                .postMortem("lessons", MARKETING, at(24), "post-mortem")
                .close(MARKETING, at(25), "confirmed");

        // when / then
        assertThat(assess(resolved(), at(21)).obligations("P9")).singleElement()
                .satisfies(o -> assertThat(o.responsible()).isEqualTo("BU-PRINT"));
        assertThat(assess(byOther, at(26)).findings("P9")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));
        assertThat(assess(readyToClose().close(MARKETING, at(25), "confirmed"), at(26)).findings("P9")).isEmpty();
    }

    @Test
    void p10AClosedComplaintHasACustomerRatingAndAPostMortem() {
        // given
        Complaint noPostMortem = resolved().review(MARKETING, at(21), "reviewed")
                .followUp(true, 5, MARKETING, at(22), "follow-up")
                .evaluateCorrectiveAction("effective", HANDLER, at(23), "evaluated")
                .close(MARKETING, at(25), "confirmed");

        // when / then
        assertThat(assess(resolved(), at(21)).obligations("P10")).hasSize(1);
        assertThat(assess(noPostMortem, at(26)).findings("P10")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("post-mortem").doesNotContain("rating"));
        assertThat(assess(readyToClose().close(MARKETING, at(25), "confirmed"), at(26)).findings("P10")).isEmpty();
    }

    // ---------------------------------------------------------------- conflicts: P7, P11

    @Test
    void p7AndP11AConflictIsSignedByTheResponsiblePersonAndItsResultArchived() {
        // given
        Conflict conflict = new Conflict(SeverityGrade.SERIOUS, ResolutionMethod.THIRD_PARTY_MEDIATION,
                ResponsibilityKind.SUBJECTIVE, "E-3003");
        Complaint open = inHandling().recordConflict(conflict, MARKETING, at(6), "conflict graded");
        Complaint closedUnsigned = open.resolve("settled", HANDLER, at(20), "told")
                .review(MARKETING, at(21), "reviewed")
                .followUp(true, 4, MARKETING, at(22), "follow-up")
                .evaluateCorrectiveAction("effective", HANDLER, at(23), "evaluated")
                .postMortem("lessons", MARKETING, at(24), "post-mortem")
                .close(MARKETING, at(25), "confirmed");
        Complaint done = open.confirmResponsibility(HANDLER, at(7), "signed")
                .archiveConflictResult("AR-2025-7", MARKETING, at(8), "result fed back and archived");

        // when
        ComplaintAssessment whileOpen = assess(open, at(7));
        ComplaintAssessment atClose = assess(closedUnsigned, at(26));

        // then
        assertThat(whileOpen.obligations("P11")).singleElement()
                .satisfies(o -> assertThat(o.responsible()).isEqualTo("E-3003"));
        assertThat(whileOpen.obligations("P7")).hasSize(1);
        assertThat(atClose.findings("P11")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("SUBJECTIVE"));
        assertThat(atClose.findings("P7")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("SERIOUS"));
        assertThat(assess(done, at(9)).obligations()).noneMatch(o -> o.ruleId().value().matches("P7|P11"));
    }

    // ---------------------------------------------------------------- a clean close

    @Test
    void aComplaintHandledByTheBookClosesWithoutAViolation() {
        // given
        Complaint closed = readyToClose().close(MARKETING, at(25), "customer confirmed satisfaction");

        // when
        ComplaintAssessment a = assess(closed, at(26));

        // then
        assertThat(a.findings()).extracting(Finding::ruleId).extracting(Object::toString)
                .doesNotContain("P2", "P4", "P7", "P8", "P9", "P10", "P11", "R7", "R8", "D5", "D10", "A7");
        assertThat(a.isCompliant()).isTrue();
        assertThat(a.obligations()).isEmpty();
    }
}
