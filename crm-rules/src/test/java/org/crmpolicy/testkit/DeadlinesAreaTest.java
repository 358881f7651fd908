package org.crmpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.testkit.DeadlinesArea.deadlines;

import java.time.Instant;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The deadlines area of the kit: when a deadline falls, and failure messages naming the rule, the subject and why. */
class DeadlinesAreaTest {

    /** A phone inquiry on Monday 2025-11-24 10:00 Shanghai: D1 answers within 3 working days, i.e. by Thursday 24:00. */
    private static final PolicyScenario PHONE_INQUIRY = PolicyScenario.of(Fixtures.policy())
            .given(Inquiry.of("CALL-1", InquiryChannel.PHONE, Instant.parse("2025-11-24T02:00:00Z")))
            .asOf("2025-11-24T02:00:00Z");

    private static final String WHEN = "as of 2025-11-24T02:00:00Z (2025-11-24T10:00 Asia/Shanghai)";

    @Test
    void aPhoneInquiryOnMondayIsDueAtTheEndOfThursday() {
        PHONE_INQUIRY.then(deadlines()).deadline("D1")
                .fallsAt("2025-11-27T24:00")
                .fallsAt(Instant.parse("2025-11-27T16:00:00Z"))
                .hasNoFinding("D1");
    }

    @Test
    void aPassedDeadlineCarriesItsBreach() {
        PHONE_INQUIRY.asOf("2025-11-28T02:00:00Z").then(deadlines()).deadline("D1", "CALL-1")
                .hasFinding("D1", Severity.VIOLATION);
    }

    @Test
    void aWrongDueInstantNamesTheRuleTheSubjectTheAsOfAndWhenItReallyFalls() {
        DeadlineOutcome outcome = PHONE_INQUIRY.then(deadlines());

        assertThatThrownBy(() -> outcome.deadline("D1").fallsAt("2025-11-26T24:00"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("D1 deadline for CALL-1 should fall at 2025-11-26T24:00 Asia/Shanghai (2025-11-26T16:00:00Z) "
                        + WHEN + ", but it falls at 2025-11-27T24:00 Asia/Shanghai (2025-11-27T16:00:00Z). Deadline: "
                        + "answer, started 2025-11-24T10:00 Asia/Shanghai (2025-11-24T02:00:00Z), BUSINESS time, "
                        + "responsible FIRST_RESPONDER. Findings for D1 deadline for CALL-1: none.");
        assertThatThrownBy(() -> outcome.deadline("D4"))
                .hasMessage("the scenario should have one D4 deadline, but it has 0; its deadlines are [D1 CALL-1]");
        assertThatThrownBy(() -> outcome.deadline("D1").fallsAt("Thursday"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fallsAt = 'Thursday': expected");
    }
}
