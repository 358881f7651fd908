package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.Duration;
import java.util.List;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineReview;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POLICY.md: "'Hours' are elapsed clock hours unless the host configures business hours." On the shipped calendar
 * (no business hours) D2-D4 count clock time; with business hours they count the hours the desk is open. Working-day
 * terms (D1, D8, D14, D9) stay working days either way. Times are local Asia/Shanghai.
 */
class ClockHourDeadlinesTest {

    private static Inquiry inquiry(InquiryChannel channel, String severity, String received) {
        return severity == null || severity.isBlank()
                ? Inquiry.of("INQ-1", channel, sh(received))
                : Inquiry.serviceRequest("INQ-1", channel, RequestSeverity.valueOf(severity), sh(received));
    }

    private static DeadlineStatus repliedAt(CrmPolicy policy, Deadline d, String at) {
        DeadlineReview r = policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled(d.subjectId(), sh(at))),
                sh("2026-01-01T00:00"));
        return r.states().get(0).status();
    }

    @Test
    void anOnlineInquiryOnFridayAt2358IsDueFiveClockMinutesLaterOnSaturday() {
        // given the shipped calendar, which has no business hours
        CrmPolicy policy = DeadlineFixtures.policy();
        // when
        Deadline d = policy.deadlines().forInquiry(Inquiry.of("CHAT-1", InquiryChannel.ONLINE, sh("2025-11-21T23:58")));
        // then
        assertThat(d.ruleId().value()).isEqualTo("D2");
        assertThat(d.due()).isEqualTo(sh("2025-11-22T00:03"));
        assertThat(d.basis()).isEqualTo(TimeBasis.CLOCK);
        assertThat(d.basisExplanation()).isEqualTo("clock time: every elapsed minute counts, nights, weekends and holidays included");
    }

    @Test
    void theFridayNightOnlineInquiryIsMetAt000259AndBreachedAt0003() {
        // given
        CrmPolicy policy = DeadlineFixtures.policy();
        Deadline d = policy.deadlines().forInquiry(Inquiry.of("CHAT-1", InquiryChannel.ONLINE, sh("2025-11-21T23:58")));
        // when / then: the window is [23:58, 00:03)
        assertThat(repliedAt(policy, d, "2025-11-22T00:02:59")).isEqualTo(DeadlineStatus.MET);
        assertThat(repliedAt(policy, d, "2025-11-22T00:03")).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(policy.deadlines().review(List.of(d), List.of(), sh("2025-11-22T00:02:59")).states().get(0).status())
                .isEqualTo(DeadlineStatus.RUNNING);
        Finding open = policy.deadlines().review(List.of(d), List.of(), sh("2025-11-22T00:03")).breaches().get(0);
        assertThat(open.ruleId().value()).isEqualTo("D2");
        assertThat(open.due()).isEqualTo(sh("2025-11-22T00:03"));
        assertThat(open.message()).contains("was due 2025-11-22 00:03 Asia/Shanghai").contains("(CLOCK time)");
        assertThat(open.evidence()).containsEntry("basis", "CLOCK");
    }

    @ParameterizedTest(name = "{0} {1} received {2}: due {3} ({4})")
    @CsvSource({
            "OTHER,  URGENT,  2025-10-01T10:00, 2025-10-01T10:15, D4 urgent on National Day: 15 minutes later",
            "OTHER,  URGENT,  2025-11-21T23:58, 2025-11-22T00:13, D4 urgent on Friday night runs into Saturday",
            "OTHER,  GENERAL, 2025-10-01T10:00, 2025-10-01T11:00, D4 general on National Day: one hour later",
            "OTHER,  GENERAL, 2025-01-28T23:30, 2025-01-29T00:30, D4 general on Spring Festival eve",
            "ONLINE, ,        2025-10-03T10:00, 2025-10-03T10:05, D2 on a holiday",
            "EMAIL,  ,        2025-10-01T10:00, 2025-10-02T10:00, D3 24 clock hours on a holiday",
            "EMAIL,  URGENT,  2025-10-01T10:00, 2025-10-01T10:15, an e-mailed urgent request: D4 beats D3",
            "PHONE,  GENERAL, 2025-10-01T10:00, 2025-10-01T11:00, a phoned general request on a holiday: D4 beats D1",
            "ONLINE, GENERAL, 2025-11-21T23:58, 2025-11-22T00:03, an online general request: D2 beats D4"})
    void onTheShippedCalendarMinutesAndHoursAreClockTime(InquiryChannel channel, String severity, String received,
            String due, String why) {
        // given the shipped calendar
        // when
        Deadline d = DeadlineFixtures.policy().deadlines().forInquiry(inquiry(channel, severity, received));
        // then
        assertThat(d.due()).as(why).isEqualTo(sh(due));
        assertThat(d.basis()).as(why).isEqualTo(TimeBasis.CLOCK);
    }

    @Test
    void anUrgentRequestOnNationalDayIsMetAt1014AndBreachedAt1015() {
        CrmPolicy policy = DeadlineFixtures.policy();
        Deadline d = policy.deadlines().forInquiry(inquiry(InquiryChannel.OTHER, "URGENT", "2025-10-01T10:00"));
        assertThat(d.ruleId().value()).isEqualTo("D4");
        assertThat(repliedAt(policy, d, "2025-10-01T10:14:59")).isEqualTo(DeadlineStatus.MET);
        assertThat(repliedAt(policy, d, "2025-10-01T10:15")).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void withBusinessHoursTheFridayNightInquiryFallsIntoTheNextBusinessPeriod() {
        // given the shipped calendar with business hours 09:00-12:00 and 13:30-17:30
        CrmPolicy office = DeadlineFixtures.officePolicy();
        // when
        Deadline d2 = office.deadlines().forInquiry(Inquiry.of("CHAT-1", InquiryChannel.ONLINE, sh("2025-11-21T23:58")));
        Deadline d4 = office.deadlines().forInquiry(inquiry(InquiryChannel.OTHER, "URGENT", "2025-10-01T10:00"));
        // then: counted from Monday's opening, and from the first working day after National Day
        assertThat(d2.due()).isEqualTo(sh("2025-11-24T09:05"));
        assertThat(d2.basis()).isEqualTo(TimeBasis.BUSINESS);
        assertThat(d2.basisExplanation())
                .isEqualTo("business hours: only 09:00-12:00, 13:30-17:30 (Asia/Shanghai) of working days count");
        assertThat(d4.due()).isEqualTo(sh("2025-10-09T09:15"));
        assertThat(d4.basis()).isEqualTo(TimeBasis.BUSINESS);
        assertThat(repliedAt(office, d2, "2025-11-24T09:04:59")).isEqualTo(DeadlineStatus.MET);
        assertThat(repliedAt(office, d2, "2025-11-24T09:05")).isEqualTo(DeadlineStatus.BREACHED);
    }

    @Test
    void e_mailStaysTwentyFourClockHoursEvenWithBusinessHours() {
        // D3 is a day-length period: clock hours whatever the calendar
        Deadline d3 = DeadlineFixtures.officePolicy().deadlines()
                .forInquiry(Inquiry.of("MAIL-1", InquiryChannel.EMAIL, sh("2025-11-21T18:00")));
        assertThat(d3.due()).isEqualTo(sh("2025-11-22T18:00"));
        assertThat(d3.basis()).isEqualTo(TimeBasis.CLOCK);
    }

    @Test
    void workingDayTermsStayWorkingDaysOnTheShippedCalendar() {
        // given Friday 2025-11-21 23:58 on the shipped calendar
        CrmPolicy policy = DeadlineFixtures.policy();
        // when
        Deadline d1 = policy.deadlines().forInquiry(Inquiry.of("CALL-1", InquiryChannel.PHONE, sh("2025-11-21T23:58")));
        List<Deadline> d8 = policy.deadlines().forOverdueDelivery(new org.crmpolicy.deadline.OverdueDelivery("HT-1", sh("2025-09-30T16:00")));
        // then D1 counts Mon Tue Wed; D8's confirmed date skips National Day; both in business time
        assertThat(d1.due()).isEqualTo(sh("2025-11-27T00:00"));
        assertThat(d1.basis()).isEqualTo(TimeBasis.BUSINESS);
        assertThat(d1.basisExplanation()).startsWith("working days");
        assertThat(d8).filteredOn(d -> d.obligation().equals("confirmed delivery date")).singleElement()
                .satisfies(d -> {
                    assertThat(d.due()).isEqualTo(sh("2025-10-11T00:00"));
                    assertThat(d.basis()).isEqualTo(TimeBasis.BUSINESS);
                });
    }

    @Test
    void aClockTimeDeadlineIsPausedInClockTime() {
        // given a general request at Friday 23:30, due Saturday 00:30 on the shipped calendar
        CrmPolicy policy = DeadlineFixtures.policy();
        Deadline d = policy.deadlines().forInquiry(inquiry(InquiryChannel.OTHER, "GENERAL", "2025-11-21T23:30"));
        List<DeadlineEvent> events = List.of(DeadlineEvent.paused("INQ-1", sh("2025-11-21T23:50")),
                DeadlineEvent.resumed("INQ-1", sh("2025-11-22T00:10")));
        // when
        DeadlineReview before = policy.deadlines().review(List.of(d), events, sh("2025-11-22T00:49:59"));
        DeadlineReview after = policy.deadlines().review(List.of(d), events, sh("2025-11-22T00:50"));
        // then the 20 paused minutes are given back as 20 clock minutes
        assertThat(d.due()).isEqualTo(sh("2025-11-22T00:30"));
        assertThat(before.states().get(0).status()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(before.states().get(0).timeLeft()).isEqualTo(Duration.ofSeconds(1));
        assertThat(after.states().get(0).status()).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(after.breaches().get(0).due()).isEqualTo(sh("2025-11-22T00:50"));
    }
}
