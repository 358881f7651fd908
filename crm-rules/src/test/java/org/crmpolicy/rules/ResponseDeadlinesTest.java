package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.util.List;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.rules.deadlines.Deadlines;
import org.crmpolicy.deadline.DeadlineReview;

/** D1-D4: inquiries and service requests. Times are local Asia/Shanghai. */
class ResponseDeadlinesTest {

    private static Inquiry inquiry(InquiryChannel channel, String severity, String received) {
        return severity == null || severity.isBlank()
                ? Inquiry.of("INQ-1", channel, sh(received))
                : Inquiry.serviceRequest("INQ-1", channel, RequestSeverity.valueOf(severity), sh(received));
    }

    @ParameterizedTest(name = "D1 phone received {0}: due {1} ({2})")
    @CsvSource({
            "2025-11-24T10:00, 2025-11-28T00:00, Monday: Tue Wed Thu, to 24:00 Thursday",
            "2025-11-24T08:00, 2025-11-28T00:00, before hours: the start day never counts",
            "2025-11-24T23:30, 2025-11-28T00:00, after hours: same due",
            "2025-11-21T16:00, 2025-11-27T00:00, Friday: Mon Tue Wed",
            "2025-11-22T10:00, 2025-11-27T00:00, on Saturday: Mon Tue Wed",
            "2025-09-30T16:00, 2025-10-12T00:00, National Day: 10-09 10-10 and the make-up Saturday 10-11",
            "2025-10-03T10:00, 2025-10-12T00:00, during National Day",
            "2025-09-26T10:00, 2025-10-01T00:00, make-up Sunday 09-28 counts: 09-28 09-29 09-30",
            "2025-01-27T10:00, 2025-02-08T00:00, Spring Festival 01-28..02-04: 02-05 02-06 02-07",
            "2025-01-24T10:00, 2025-02-06T00:00, make-up Sunday 01-26 before the Spring Festival: 01-26 01-27 02-05",
            "2025-12-30T10:00, 2026-01-06T00:00, year end: 12-31, make-up Sunday 01-04, 01-05"})
    void d1PhoneInquiryIsAnsweredWithinThreeWorkingDays(String received, String due, String why) {
        // given the shipped calendar
        // when
        Deadline d = DeadlineFixtures.policy().deadlines().forInquiry(inquiry(InquiryChannel.PHONE, null, received));
        // then
        assertThat(d.due()).as(why).isEqualTo(sh(due));
        assertThat(d.ruleId()).isEqualTo(RuleId.of("D1"));
        assertThat(d.start()).isEqualTo(sh(received));
        assertThat(d.calendar()).isSameAs(DeadlineFixtures.policy().calendar());
    }

    @ParameterizedTest(name = "{0} {1} received {2} with office hours: due {3} ({4})")
    @CsvSource({
            "ONLINE, ,        2025-11-24T10:00, 2025-11-24T10:05, D2 5 minutes",
            "ONLINE, ,        2025-11-24T11:58, 2025-11-24T13:33, D2 over the lunch break",
            "ONLINE, ,        2025-11-24T12:00, 2025-11-24T13:35, D2 received at 12:00 counts from 13:30",
            "ONLINE, ,        2025-11-24T17:29, 2025-11-25T09:04, D2 received 17:29: one minute today",
            "ONLINE, ,        2025-10-03T10:00, 2025-10-09T09:05, D2 received on a holiday",
            "EMAIL,  ,        2025-10-01T10:00, 2025-10-02T10:00, D3 24 clock hours even on a holiday",
            "EMAIL,  ,        2025-11-21T18:00, 2025-11-22T18:00, D3 over a weekend",
            "OTHER,  URGENT,  2025-11-24T17:29, 2025-11-25T09:14, D4 urgent at 17:29",
            "OTHER,  URGENT,  2025-11-24T12:00, 2025-11-24T13:45, D4 urgent at noon",
            "OTHER,  URGENT,  2025-02-01T09:00, 2025-02-05T09:15, D4 urgent during the Spring Festival",
            "OTHER,  URGENT,  2025-09-27T10:00, 2025-09-28T09:15, D4 urgent on Saturday, worked make-up Sunday next",
            "OTHER,  GENERAL, 2025-11-24T16:45, 2025-11-25T09:15, D4 general 45 minutes today 15 tomorrow",
            "OTHER,  GENERAL, 2025-11-24T11:30, 2025-11-24T14:00, D4 general over lunch",
            "EMAIL,  URGENT,  2025-11-24T10:00, 2025-11-24T10:15, an e-mailed urgent request: D4 is stricter than D3",
            "PHONE,  GENERAL, 2025-11-24T10:00, 2025-11-24T11:00, a phoned general request: D4 is stricter than D1",
            "ONLINE, GENERAL, 2025-11-24T10:00, 2025-11-24T10:05, an online general request: D2 is stricter than D4",
            "EMAIL,  GENERAL, 2025-11-24T17:00, 2025-11-25T09:30, e-mailed at 17:00: D4 due 09:30 beats D3 due 17:00"})
    void d2ToD4CountTheirBudgetAndTheStricterWins(InquiryChannel channel, String severity, String received, String due, String why) {
        // given the calendar with business hours 09:00-12:00 and 13:30-17:30
        // when
        Deadline d = DeadlineFixtures.officePolicy().deadlines().forInquiry(inquiry(channel, severity, received));
        // then
        assertThat(d.due()).as(why).isEqualTo(sh(due));
    }

    @Test
    void theWinningRuleIsNamedAndCountsInItsOwnBasis() {
        Deadlines deadlines = DeadlineFixtures.officePolicy().deadlines();
        Deadline d3 = deadlines.forInquiry(Inquiry.of("MAIL-1", InquiryChannel.EMAIL, sh("2025-11-24T10:00")));
        Deadline d4 = deadlines.forInquiry(Inquiry.serviceRequest("MAIL-2", InquiryChannel.EMAIL, RequestSeverity.URGENT, sh("2025-11-24T10:00")));
        Deadline d2 = deadlines.forInquiry(Inquiry.serviceRequest("CHAT-1", InquiryChannel.ONLINE, RequestSeverity.GENERAL, sh("2025-11-24T10:00")));
        assertThat(d3.ruleId().value()).isEqualTo("D3");
        assertThat(d3.basis()).isEqualTo(TimeBasis.CLOCK);
        assertThat(d4.ruleId().value()).isEqualTo("D4");
        assertThat(d4.responsible()).isEqualTo("SERVICE_DESK");
        assertThat(d2.ruleId().value()).isEqualTo("D2");
        assertThat(d2.basis()).isEqualTo(TimeBasis.BUSINESS);
    }

    @Test
    void withoutBusinessHoursOnlineTimeIsClockTimeThroughTheWeekend() {
        // given the shipped calendar (no business hours): "hours" are elapsed clock hours (POLICY.md)
        Deadline d = DeadlineFixtures.policy().deadlines().forInquiry(Inquiry.of("CHAT-2", InquiryChannel.ONLINE, sh("2025-11-21T23:58")));
        // then due five minutes later on Saturday, not after the weekend
        assertThat(d.due()).isEqualTo(sh("2025-11-22T00:03"));
        assertThat(d.basis()).isEqualTo(TimeBasis.CLOCK);
    }

    @ParameterizedTest(name = "{0} {1} received {2}: reply at {3} is MET, at {4} is BREACHED")
    @CsvSource({
            "PHONE,  ,        2025-09-30T16:00, 2025-10-11T17:29, 2025-10-11T17:30",
            "ONLINE, ,        2025-11-24T17:29, 2025-11-25T09:03, 2025-11-25T09:04",
            "EMAIL,  ,        2025-11-24T10:00, 2025-11-25T09:59, 2025-11-25T10:00",
            "OTHER,  URGENT,  2025-11-24T12:00, 2025-11-24T13:44, 2025-11-24T13:45",
            "OTHER,  GENERAL, 2025-11-24T16:45, 2025-11-25T09:14, 2025-11-25T09:15"})
    void bothSidesOfEveryResponseBound(InquiryChannel channel, String severity, String received, String lastIn, String firstOut) {
        // given
        CrmPolicy policy = DeadlineFixtures.officePolicy();
        Deadline d = policy.deadlines().forInquiry(inquiry(channel, severity, received));
        // when
        DeadlineReview inTime = policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled("INQ-1", sh(lastIn))), sh("2026-01-01T00:00"));
        DeadlineReview late = policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled("INQ-1", sh(firstOut))), sh("2026-01-01T00:00"));
        // then
        assertThat(inTime.states().get(0).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(inTime.findings()).isEmpty();
        assertThat(late.states().get(0).status()).isEqualTo(DeadlineStatus.BREACHED);
        Finding breach = late.breaches().get(0);
        assertThat(breach.ruleId()).isEqualTo(d.ruleId());
        assertThat(breach.severity()).isEqualTo(Severity.VIOLATION);
        assertThat(breach.subjectId()).isEqualTo("INQ-1");
        assertThat(breach.due()).isEqualTo(d.due());
        assertThat(breach.responsible()).isNotBlank();
        assertThat(breach.message()).contains("met late");
    }

    @Test
    void manyInquiriesKeepInputOrder() {
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forInquiries(List.of(
                Inquiry.of("A", InquiryChannel.EMAIL, sh("2025-11-24T10:00")),
                Inquiry.of("B", InquiryChannel.PHONE, sh("2025-11-24T10:00")),
                Inquiry.of("C", InquiryChannel.ONLINE, sh("2025-11-24T10:00"))));
        assertThat(ds).extracting(d -> d.ruleId().value()).containsExactly("D3", "D1", "D2");
    }

    @Test
    void badInquiriesAreClearErrors() {
        Deadlines deadlines = DeadlineFixtures.policy().deadlines();
        assertThatThrownBy(() -> Inquiry.of("V-1", InquiryChannel.OTHER, sh("2025-11-24T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V-1").hasMessageContaining("OTHER");
        assertThatThrownBy(() -> Inquiry.of(" ", InquiryChannel.PHONE, sh("2025-11-24T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inquiry id");
        assertThatThrownBy(() -> Inquiry.of("X", InquiryChannel.PHONE, null)).hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> deadlines.forInquiry(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("inquiry");
        Inquiry twice = Inquiry.of("DUP", InquiryChannel.PHONE, sh("2025-11-24T10:00"));
        assertThatThrownBy(() -> deadlines.forInquiries(List.of(twice, twice))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DUP appears more than once");
    }
}
