package org.crmpolicy.complaint;

import java.math.BigDecimal;
import org.crmpolicy.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.crmpolicy.customer.CustomerId;

/** Fixture factories for complaint specifications: a complaint in any state, and a way to attempt any event. */
final class ComplaintFixtures {

    /** Monday 2025-11-24 09:00 in Asia/Shanghai. */
    static final Instant T0 = Instant.parse("2025-11-24T01:00:00Z");
    static final ComplaintId ID = ComplaintId.of("TS-2025-0042");
    static final OrgUnit BU_PRINT = OrgUnit.of("BU-PRINT");
    static final Actor CLERK = Actor.of("E-1001", OrgUnit.CUSTOMER_SERVICE);
    static final Actor MARKETING = Actor.of("E-2002", OrgUnit.MARKETING_DEPARTMENT);
    static final Actor LEADER = Actor.of("E-0007", OrgUnit.of("LEADERSHIP"));
    static final Actor HANDLER = Actor.of("E-3003", BU_PRINT);
    static final EscalationPolicy POLICY = EscalationPolicy.ofLargeClaimBound(new BigDecimal("50000"));

    private ComplaintFixtures() {
    }

    static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static Intake anIntake() {
        return new Intake(CustomerId.of("C-001"), FeedbackClassification.of(FeedbackType.COMPLAINT,
                SeverityGrade.SERIOUS), "宣传册印刷颜色偏差，联系人张三 13800000000", true);
    }

    static Registration aRegistration() {
        return new Registration(ComplaintType.SERVICE, "SL-2025-118", BU_PRINT, BU_PRINT,
                OrgUnit.MARKETING_DEPARTMENT, "四川", at(72));
    }

    static Assignment anAssignment() {
        return new Assignment(BU_PRINT, at(24 * 7), "E-3003", "E-3004", LEADER);
    }

    static Complaint received() {
        return Complaint.receive(ID, anIntake(), CLERK, T0, "customer called the hotline");
    }

    /** A complaint brought into {@code state} by the shortest legal path, one hour per step. */
    static Complaint inState(ComplaintState state) {
        Complaint c = received();
        if (state == ComplaintState.RECEIVED) {
            return c;
        }
        c = c.register(aRegistration(), CLERK, at(1), "acceptance form filled");
        if (state == ComplaintState.REGISTERED) {
            return c;
        }
        c = c.assign(anAssignment(), MARKETING, at(2), "responsible unit and deadline set");
        if (state == ComplaintState.ASSIGNED) {
            return c;
        }
        c = c.startHandling("ink batch", "reprint", HANDLER, at(3), "cause found");
        if (state == ComplaintState.IN_PROGRESS) {
            return c;
        }
        if (state == ComplaintState.ESCALATED) {
            return c.recordClaim(Money.cny("60000"), MARKETING, at(4), "customer claims reprint costs")
                    .escalate(EscalationBody.BOARD, EscalationReason.LARGE_CLAIM, POLICY, MARKETING, at(5),
                            "claim at or above the bound");
        }
        c = c.resolve("reprinted and delivered", HANDLER, at(4), "result told to the customer");
        if (state == ComplaintState.RESOLVED) {
            return c;
        }
        if (state == ComplaintState.REOPENED) {
            return c.reopen(MARKETING, at(5), "customer not satisfied with the colour");
        }
        c = c.review(MARKETING, at(5), "result reviewed");
        if (state == ComplaintState.REVIEWED) {
            return c;
        }
        return c.close(MARKETING, at(6), "customer confirmed satisfaction");
    }

    /** Attempts {@code type} on {@code c} with valid arguments, at {@code when}. */
    static Complaint attempt(Complaint c, ComplaintEventType type, Instant when) {
        return switch (type) {
            case RECEIVED -> throw new IllegalArgumentException("RECEIVED starts a complaint");
            case REGISTERED -> c.register(aRegistration(), CLERK, when, "register");
            case ASSIGNED -> c.assign(anAssignment(), MARKETING, when, "assign");
            case HANDLING_STARTED -> c.startHandling(null, null, HANDLER, when, "start");
            case RESOLVED -> c.resolve("done", HANDLER, when, "resolve");
            case REVIEWED -> c.review(MARKETING, when, "review");
            case CLOSED -> c.close(MARKETING, when, "close");
            case REOPENED -> c.reopen(MARKETING, when, "reopen");
            case ESCALATED -> c.escalate(EscalationBody.GM_OFFICE_MEETING, EscalationReason.MAJOR_SOCIAL_IMPACT,
                    POLICY, MARKETING, when, "escalate");
            case ASSIGNMENT_APPROVED -> c.approveAssignment(LEADER, when, "approve");
            case RESPONDED -> c.respond(CLERK, when, "respond");
            case PLAN_GIVEN -> c.giveHandlingPlan(HANDLER, when, "plan");
            case ON_SITE -> c.arriveOnSite(HANDLER, when, "on site");
            case PROGRESS_REPORTED -> c.reportProgress(EnumSet.allOf(ProgressAudience.class), MARKETING, when,
                    "progress");
            case WAITING_FOR_CUSTOMER -> c.waitForCustomer(HANDLER, when, "wait");
            case CUSTOMER_REPLIED -> c.customerReplied(HANDLER, when, "replied");
            case CLAIM_RECORDED -> c.recordClaim(Money.cny("10"), MARKETING, when, "claim");
            case SOCIAL_IMPACT_RECORDED -> c.recordMajorSocialImpact(MARKETING, when, "impact");
            case LITIGATION_RECORDED -> c.recordLitigation(MARKETING, when, "lawsuit");
            case CONFLICT_RECORDED -> c.recordConflict(new Conflict(SeverityGrade.GENERAL,
                    ResolutionMethod.NEGOTIATION, ResponsibilityKind.FAULT, "E-3003"), MARKETING, when, "conflict");
            case RESPONSIBILITY_CONFIRMED -> c.confirmResponsibility(HANDLER, when, "signed");
            case CONFLICT_ARCHIVED -> c.archiveConflictResult("AR-1", MARKETING, when, "archived");
            case CORRECTIVE_ACTION_EVALUATED -> c.evaluateCorrectiveAction("effective", HANDLER, when, "evaluated");
            case FOLLOWED_UP -> c.followUp(true, 5, MARKETING, when, "follow-up");
            case POST_MORTEM -> c.postMortem("lessons", MARKETING, when, "post-mortem");
        };
    }
}
