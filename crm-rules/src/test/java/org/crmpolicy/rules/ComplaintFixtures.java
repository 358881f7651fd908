package org.crmpolicy.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Assignment;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.ProgressAudience;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;

/** Fixture factories for the complaint specifications of crm-rules. */
final class ComplaintFixtures {

    /** Monday 2025-11-24 09:00 in Asia/Shanghai. */
    static final Instant T0 = Instant.parse("2025-11-24T01:00:00Z");
    static final ComplaintId ID = ComplaintId.of("TS-2025-0042");
    static final OrgUnit BU_PRINT = OrgUnit.of("BU-PRINT");
    static final Actor CLERK = Actor.of("E-1001", OrgUnit.CUSTOMER_SERVICE);
    static final Actor MARKETING = Actor.of("E-2002", OrgUnit.MARKETING_DEPARTMENT);
    static final Actor LEADER = Actor.of("E-0007", OrgUnit.of("LEADERSHIP"));
    static final Actor HANDLER = Actor.of("E-3003", BU_PRINT);
    static final Set<ProgressAudience> BOTH = EnumSet.allOf(ProgressAudience.class);

    private static CrmPolicy policy;

    private ComplaintFixtures() {
    }

    /** One shared policy: compiling the rule base takes seconds. */
    static synchronized CrmPolicy policy() {
        if (policy == null) {
            policy = Fixtures.policy();
        }
        return policy;
    }

    static Instant at(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    static Instant atMinutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    static Intake anIntake() {
        return new Intake(CustomerId.of("C-001"), FeedbackClassification.of(FeedbackType.COMPLAINT,
                SeverityGrade.SERIOUS), "宣传册印刷颜色偏差", true);
    }

    static Registration aRegistration(String onSiteProvince) {
        return new Registration(ComplaintType.SERVICE, "SL-2025-118", BU_PRINT, BU_PRINT,
                OrgUnit.MARKETING_DEPARTMENT, onSiteProvince, at(24 * 5));
    }

    static Assignment anApprovedAssignment() {
        return new Assignment(BU_PRINT, at(24 * 7), "E-3003", "E-3004", LEADER);
    }

    static Complaint received() {
        return Complaint.receive(ID, anIntake(), CLERK, T0, "customer called the hotline");
    }

    /** Received at T0, registered an hour later, no on-site handling. */
    static Complaint registered() {
        return received().register(aRegistration(null), CLERK, at(1), "acceptance form filled");
    }

    /** Registered, assigned with approval, handling started, responded to and planned in time. */
    static Complaint inHandling() {
        return registered()
                .respond(CLERK, at(2), "first response")
                .assign(anApprovedAssignment(), MARKETING, at(3), "BU-PRINT, one week")
                .giveHandlingPlan(HANDLER, at(4), "reprint plan sent")
                .startHandling("ink batch", "reprint", HANDLER, at(5), "cause found");
    }
}
