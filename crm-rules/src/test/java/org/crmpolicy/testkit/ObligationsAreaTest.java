package org.crmpolicy.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.testkit.ObligationsArea.obligations;

import java.time.Instant;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ObligationState;
import org.crmpolicy.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** The contact-obligations area of the kit: where C1 stands, and failure messages naming the rule, the customer and why. */
class ObligationsAreaTest {

    /** A sales-staff call on Tue 2025-11-18 10:00 Shanghai: in ISO week 47, but C1 needs the BU head. */
    private static final Contact SALES_CALL = Contact.of("K-1", CustomerId.of("C-KEY"), "E-SALES", ContactRole.SALES_STAFF,
            Channel.PHONE, Purpose.ROUTINE, Instant.parse("2025-11-18T02:00:00Z"));

    /** A key customer nobody in charge phoned in week 47, as of Monday of week 48, 10:00 Shanghai. */
    private static final PolicyScenario NO_BU_HEAD_CALL = PolicyScenario.of(Fixtures.policy())
            .given(Fixtures.aKeyCustomer("C-KEY").build(), SALES_CALL)
            .asOf("2025-11-24T02:00:00Z");

    private static final String WHEN = "as of 2025-11-24T02:00:00Z (2025-11-24T10:00 Asia/Shanghai)";

    @Test
    void aKeyCustomerWithoutABuHeadCallInWeek47IsOverdueOnMondayOfWeek48() {
        NO_BU_HEAD_CALL.then(obligations()).customer("C-KEY")
                .rule("C1").in("2025-W47").is(ObligationState.OVERDUE)
                .rule("C1").in("2025-W48").is(ObligationState.DUE)
                .hasFinding("C1", Severity.VIOLATION);
    }

    @Test
    void aWrongStateNamesTheRuleTheCustomerTheAsOfAndWhatIsStillNeeded() {
        ObligationOutcome outcome = NO_BU_HEAD_CALL.then(obligations());

        assertThatThrownBy(() -> outcome.customer("C-KEY").rule("C1").in("2025-W47").is(ObligationState.MET))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("rule C1 should be MET in 2025-W47 for customer C-KEY " + WHEN
                        + ", but it is OVERDUE in 2025-W47:\n"
                        + "C1 C-KEY 2025-W47: OVERDUE — BU head phones each strategic and key customer at least once a week\n"
                        + "  not counted: K-1 WRONG_ROLE: made as SALES_STAFF; needs BU_HEAD\n"
                        + "  still needed: 1 phone call by the BU head before Sun 2025-11-23 23:59 Asia/Shanghai (missed)\n"
                        + "Tier KEY. Findings for customer C-KEY: [C1 VIOLATION \"BU head phones each strategic and key "
                        + "customer at least once a week — 2025-W47: not met;");
    }

    @Test
    void withoutAPeriodEveryEvaluatedPeriodIsListedWithItsState() {
        ObligationOutcome outcome = NO_BU_HEAD_CALL.then(obligations());

        assertThatThrownBy(() -> outcome.customer("C-KEY").rule("C1").is(ObligationState.MET))
                .hasMessageStartingWith("rule C1 should be MET for customer C-KEY " + WHEN
                        + ", but it is OVERDUE in 2025-W47, DUE in 2025-W48:\nC1 C-KEY 2025-W47: OVERDUE");
        assertThatThrownBy(() -> outcome.customer("C-KEY").rule("C1").in("2025-W40").is(ObligationState.MET))
                .hasMessageStartingWith("rule C1 should be MET in 2025-W40 for customer C-KEY " + WHEN
                        + ", but it does not apply in 2025-W40 (evaluated periods: [2025-W47, 2025-W48])");
        assertThatThrownBy(() -> outcome.customer("C-404"))
                .hasMessage("customer C-404 is not in the scenario; its customers are [C-KEY]");
    }
}
