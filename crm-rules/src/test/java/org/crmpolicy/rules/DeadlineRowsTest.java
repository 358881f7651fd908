package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.theRefusalOf;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.DeadlineTerm;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.deadline.Shipment;
import org.crmpolicy.deadline.TermLength;
import org.crmpolicy.deadline.TermUnit;
import org.crmpolicy.rules.authoring.RuleSetRejectedException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The deadline terms D1-D4, D8 and D14 are table rows ({@code "D4 Table: ..."}) with a term-length value: a host
 * overrides one row with one rule of its name (or one decision-table row) and that changes exactly that deadline,
 * while every other shipped row stays in force.
 */
class DeadlineRowsTest {

    static final String D4_URGENT = "D4 Table: the time an urgent service request is responded to within";
    static final String D14_INVOICE = "D14 Table: the time the invoice of a shipment is mailed within";

    /** Monday 2025-11-24 10:00 in Shanghai, a working day. */
    private static final Instant T = Instant.parse("2025-11-24T02:00:00Z");

    private static final CrmPolicy SHIPPED = CrmPolicy.standard();
    private static CrmPolicy hostD4;

    @BeforeAll
    static void buildHost(@TempDir Path dir) {
        write(dir, "company-overrides.drl", """
                package org.crmpolicy.rules;
                import org.crmpolicy.calendar.TimeBasis;
                import org.crmpolicy.calendar.WorkCalendar;
                import org.crmpolicy.deadline.DeadlineTerm;

                rule "%s"
                when exists WorkCalendar()
                then insert( DeadlineTerm.term( "D4", "30 minutes", "URGENT", "respond", TimeBasis.BUSINESS, "SERVICE_DESK" ) );
                end
                """.formatted(D4_URGENT));
        hostD4 = CrmPolicy.builder().ruleDirectory(dir).build();
    }

    /** Every deadline the rows D1-D4, D8 and D14 set for one subject each, received or reported at {@link #T}. */
    private static Map<String, Instant> everyDeadline(CrmPolicy policy) {
        var deadlines = policy.deadlines();
        List<Deadline> all = new ArrayList<>();
        all.add(deadlines.forInquiry(Inquiry.of("I-PHONE", InquiryChannel.PHONE, T)));
        all.add(deadlines.forInquiry(Inquiry.of("I-ONLINE", InquiryChannel.ONLINE, T)));
        all.add(deadlines.forInquiry(Inquiry.of("I-EMAIL", InquiryChannel.EMAIL, T)));
        all.add(deadlines.forInquiry(Inquiry.serviceRequest("SR-URGENT", InquiryChannel.PHONE, RequestSeverity.URGENT, T)));
        all.add(deadlines.forInquiry(Inquiry.serviceRequest("SR-GENERAL", InquiryChannel.PHONE, RequestSeverity.GENERAL, T)));
        all.addAll(deadlines.forOverdueDelivery(new OverdueDelivery("HT-LATE", T)));
        all.addAll(deadlines.forShipment(new Shipment("HT-SHIPPED", T)));
        Map<String, Instant> due = new LinkedHashMap<>();
        all.forEach(d -> due.put(d.ruleId().value() + " " + d.subjectId() + " " + d.obligation(), d.due()));
        return due;
    }

    @Test
    void aOneRowOverrideOfTheUrgentServiceRequestTermChangesThatDeadlineAndNoOther() {
        Map<String, Instant> host = everyDeadline(hostD4);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);

        assertThat(shipped).hasSize(10).containsEntry("D4 SR-URGENT respond", T.plus(Duration.ofMinutes(15)));
        assertThat(host).containsEntry("D4 SR-URGENT respond", T.plus(Duration.ofMinutes(30)));
        Map<String, Instant> others = new LinkedHashMap<>(host);
        others.remove("D4 SR-URGENT respond");
        Map<String, Instant> shippedOthers = new LinkedHashMap<>(shipped);
        shippedOthers.remove("D4 SR-URGENT respond");
        assertThat(others).isEqualTo(shippedOthers).containsEntry("D4 SR-GENERAL respond", T.plus(Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "urgent request not answered {0} s after receipt: host {1}, shipped {2}")
    @CsvSource({"899, RUNNING, RUNNING", "901, RUNNING, BREACHED", "1799, RUNNING, BREACHED", "1801, BREACHED, BREACHED"})
    void theUrgentBoundMovesFrom15To30MinutesOnBothSides(long seconds, DeadlineStatus host, DeadlineStatus shipped) {
        Inquiry request = Inquiry.serviceRequest("SR-1", InquiryChannel.PHONE, RequestSeverity.URGENT, T);
        Instant at = T.plusSeconds(seconds);

        assertThat(hostD4.deadlines().forInquiry(request).statusAt(at)).isEqualTo(host);
        assertThat(SHIPPED.deadlines().forInquiry(request).statusAt(at)).isEqualTo(shipped);
    }

    @Test
    void theOverridingRowReplacesOnlyItsRowInTheCatalogue() {
        var shipped = SHIPPED.catalogue().rules().stream().map(r -> r.name()).toList();

        assertThat(shipped).contains(D4_URGENT, D14_INVOICE,
                "D4 Table: the time a general service request is responded to within");
        assertThat(hostD4.catalogue().rules()).extracting(r -> r.name()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(hostD4.catalogue().rules()).filteredOn(r -> r.file().equals("company-overrides.drl"))
                .extracting(r -> r.name()).containsExactly(D4_URGENT);
    }

    @Test
    void aDecisionTableRowSetsOneTermLengthAndLeavesTheOtherShipmentTermsInForce(@TempDir Path dir) {
        write(dir, "deadlines.csv", "rule,row,value\nD14,the time the invoice of a shipment is mailed within,"
                + "5 working days\n");

        var host = CrmPolicy.builder().ruleDirectory(dir).build();
        Map<String, Instant> changed = everyDeadline(host);
        Map<String, Instant> shipped = everyDeadline(SHIPPED);

        // Monday + 3 working days = end of Thursday; + 5 = end of Monday 2025-12-01 (Shanghai, 24:00 = 16:00Z)
        assertThat(shipped).containsEntry("D14 HT-SHIPPED invoice mailed", Instant.parse("2025-11-27T16:00:00Z"));
        assertThat(changed).containsEntry("D14 HT-SHIPPED invoice mailed", Instant.parse("2025-12-01T16:00:00Z"));
        changed.remove("D14 HT-SHIPPED invoice mailed");
        shipped.remove("D14 HT-SHIPPED invoice mailed");
        assertThat(changed).isEqualTo(shipped);
    }

    @Test
    void aDecisionTableRowThatIsNotATermLengthIsRefusedNamingItsCell(@TempDir Path dir) {
        write(dir, "deadlines.csv", "rule,row,value\nD1,,3 wd\n");

        assertThat(theRefusalOf(dir).toString()).startsWith("deadlines.csv:2:C: \"3 wd\" is not a term"
                + " length: write a whole number and a unit");
    }

    @Test
    void aRowOfTwoTermsNeedsItsRowNamed(@TempDir Path dir) {
        write(dir, "deadlines.csv", "rule,row,value\nD4,,30 minutes\n");

        assertThatThrownBy(() -> CrmPolicy.builder().ruleDirectory(dir).build())
                .isInstanceOf(RuleSetRejectedException.class)
                .hasMessageContaining("deadlines.csv:2:B: the row is empty and D4 has 2 table rows");
    }

    // ---------------------------------------------------------------- the value type

    @ParameterizedTest(name = "\"{0}\" = {1} {2}")
    @CsvSource({"3 working days, 3, WORKING_DAYS", "1 working day, 1, WORKING_DAYS", "5 minutes, 5, MINUTES",
            "1 hour, 1, HOURS", "24 Hours, 24, HOURS", "7 calendar days, 7, CALENDAR_DAYS"})
    void aTermLengthReadsANumberAndAUnit(String text, int amount, TermUnit unit) {
        assertThat(TermLength.parse(text)).isEqualTo(new TermLength(amount, unit));
        assertThat(TermLength.parse(new TermLength(amount, unit).toString())).isEqualTo(new TermLength(amount, unit));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource({"0 minutes", "3 days", "3", "three hours", "1.5 hours", "-1 hours"})
    void aTermLengthThatIsNotOneIsRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> TermLength.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void aRowChangedToWorkingDaysCountsWorkingDaysWhateverItsHoursBasis() {
        DeadlineTerm t = DeadlineTerm.term("D3", "2 working days", "EMAIL", "handle",
                org.crmpolicy.calendar.TimeBasis.CLOCK, "FIRST_RESPONDER");

        assertThat(t.unit()).isEqualTo(TermUnit.WORKING_DAYS);
        assertThat(t.basis()).isEqualTo(org.crmpolicy.calendar.TimeBasis.BUSINESS);
    }
}
