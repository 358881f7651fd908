package org.crmpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.testkit.ComplaintRulesArea.complaints;

import java.time.Instant;
import org.crmpolicy.complaint.Actor;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintId;
import org.crmpolicy.complaint.ComplaintType;
import org.crmpolicy.complaint.FeedbackClassification;
import org.crmpolicy.complaint.FeedbackType;
import org.crmpolicy.complaint.Intake;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.complaint.Registration;
import org.crmpolicy.complaint.SeverityGrade;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The complaint area of the kit (issue 16): when a complaint's deadlines fall and whether they were breached, with
 * failure messages naming the rule, the complaint, the as-of and why.
 */
class ComplaintRulesAreaTest {

    /** Received Monday 2025-11-24 09:00 Shanghai, registered an hour later; nobody has answered the customer. */
    private static final Complaint UNANSWERED = complaintReceivedAt(Instant.parse("2025-11-24T01:00:00Z"));

    private static Complaint complaintReceivedAt(Instant t0) {
        Actor clerk = Actor.of("E-1001", OrgUnit.CUSTOMER_SERVICE);
        OrgUnit bu = OrgUnit.of("BU-PRINT");
        Intake intake = new Intake(CustomerId.of("C-001"), FeedbackClassification.of(FeedbackType.COMPLAINT,
                SeverityGrade.SERIOUS), "宣传册印刷颜色偏差", true);
        return Complaint.receive(ComplaintId.of("TS-2025-0042"), intake, clerk, t0, "customer called the hotline")
                .register(new Registration(ComplaintType.SERVICE, "SL-2025-118", bu, bu, OrgUnit.MARKETING_DEPARTMENT,
                        null, t0.plusSeconds(5 * 24 * 3600)), clerk, t0.plusSeconds(3600), "acceptance form filled");
    }

    /** Tuesday 2025-11-25 15:00 Shanghai: 30 hours after the complaint came in. */
    private static final PolicyScenario THIRTY_HOURS_LATER = PolicyScenario.of(Fixtures.policy())
            .given(UNANSWERED)
            .asOf("2025-11-25T07:00:00Z");

    private static final String WHEN = "as of 2025-11-25T07:00:00Z (2025-11-25T15:00 Asia/Shanghai)";

    @Test
    void theResponseIsDueADayAfterTheComplaintCameInAndIsBreachedWhenNobodyAnswered() {
        THIRTY_HOURS_LATER.then(complaints())
                .complaint("TS-2025-0042")
                .rule("D5").duty("respond").dueAt("2025-11-25T09:00").dueAt(Instant.parse("2025-11-25T01:00:00Z"))
                .isBreached()
                .rule("D5").duty("handling plan").isNotBreached().is(DeadlineStatus.RUNNING)
                .complaint().hasFinding("D5", Severity.VIOLATION);
    }

    @Test
    void theDayBeforeItIsDueTheResponseIsNotBreached() {
        THIRTY_HOURS_LATER.asOf("2025-11-25T00:59:59Z").then(complaints())
                .complaint("TS-2025-0042").rule("D5").duty("respond").isNotBreached()
                .complaint().hasNoFinding("D5");
    }

    @Test
    void aBreachExpectedOfARunningDeadlineNamesTheRuleTheComplaintTheAsOfAndTheTimeLeft() {
        ComplaintOutcome outcome = THIRTY_HOURS_LATER.then(complaints());

        assertThatThrownBy(() -> outcome.complaint("TS-2025-0042").rule("D5").duty("handling plan").isBreached())
                .isInstanceOf(AssertionError.class)
                .hasMessage("rule D5 (duty \"handling plan\") should be BREACHED for complaint TS-2025-0042 "
                        + WHEN + ", but it is RUNNING (give the customer a handling plan, due 2025-11-26T09:00 "
                        + "Asia/Shanghai (2025-11-26T01:00:00Z), 18 h left). State REGISTERED, deadlines: "
                        + "[D5 give the customer a handling plan RUNNING, D5 respond to the customer BREACHED, "
                        + "D7 report progress to the competent department (report 1 of the handling period; reports "
                        + "at most 84 hours apart) RUNNING, D7 report progress to the customer (report 1 of the handling "
                        + "period; reports at most 84 hours apart) RUNNING, D10 resolve by the time node told to the customer RUNNING]. "
                        + "Findings for complaint TS-2025-0042: [D5 VIOLATION \"D5 respond to the customer for "
                        + "TS-2025-0042 was due 2025-11-25 09:00 Asia/Shanghai and is still open; overdue by 6 h "
                        + "(CLOCK time)\"].");
    }

    @Test
    void aBreachedDeadlineExpectedUnbreachedSaysHowLateItIs() {
        ComplaintOutcome outcome = THIRTY_HOURS_LATER.then(complaints());

        assertThatThrownBy(() -> outcome.complaint("TS-2025-0042").rule("D5").isNotBreached())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("rule D5 should not be breached for complaint TS-2025-0042 " + WHEN
                        + ", but it is: BREACHED (respond to the customer, due 2025-11-25T09:00 Asia/Shanghai "
                        + "(2025-11-25T01:00:00Z), 6 h overdue). State REGISTERED, deadlines: [");
    }

    @Test
    void aWrongDueInstantSaysWhenItReallyFalls() {
        ComplaintOutcome outcome = THIRTY_HOURS_LATER.then(complaints());

        assertThatThrownBy(() -> outcome.complaint("TS-2025-0042").rule("D5").duty("respond").dueAt("2025-11-25T24:00"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("rule D5 (duty \"respond\") should fall due at 2025-11-26T00:00 Asia/Shanghai "
                        + "(2025-11-25T16:00:00Z) for complaint TS-2025-0042 " + WHEN + ", but it falls due at "
                        + "2025-11-25T09:00 Asia/Shanghai (2025-11-25T01:00:00Z) (respond to the customer)");
    }

    @Test
    void aRuleThatSetNoDeadlineAndAnUnknownComplaintAreNamed() {
        ComplaintOutcome outcome = THIRTY_HOURS_LATER.then(complaints());

        assertThatThrownBy(() -> outcome.complaint("TS-2025-0042").rule("D6").isBreached())
                .hasMessageStartingWith("rule D6 should be BREACHED for complaint TS-2025-0042 " + WHEN
                        + ", but it set no such deadline on the complaint. State ");
        assertThatThrownBy(() -> outcome.complaint("TS-9"))
                .hasMessage("complaint TS-9 is not in the scenario; its complaints are [TS-2025-0042]");
        assertThatThrownBy(() -> outcome.complaint("TS-2025-0042").rule("D5").dueAt("tomorrow"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("dueAt = 'tomorrow': expected");
    }
}
