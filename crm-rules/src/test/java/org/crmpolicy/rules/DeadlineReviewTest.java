package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.Duration;
import java.util.List;
import org.crmpolicy.calendar.CalendarDataMissingException;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineState;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;
import org.crmpolicy.deadline.DeadlineReview;

/** Reviewing deadlines against what happened: statuses, pauses in business time, breaches, provisional years. */
class DeadlineReviewTest {

    private static Deadline generalRequest(String id, String received) {
        return DeadlineFixtures.officePolicy().deadlines()
                .forInquiry(Inquiry.serviceRequest(id, InquiryChannel.OTHER, RequestSeverity.GENERAL, sh(received)));
    }

    @Test
    void anOpenDeadlinePastItsDueIsABreachNamingResponsibleAndDue() {
        // given a phone inquiry received Monday, due Thursday 24:00
        CrmPolicy policy = DeadlineFixtures.policy();
        Deadline d = policy.deadlines().forInquiry(Inquiry.of("CALL-7", InquiryChannel.PHONE, sh("2025-11-24T10:00")));
        // when
        DeadlineReview before = policy.deadlines().review(List.of(d), List.of(), sh("2025-11-27T23:59"));
        DeadlineReview after = policy.deadlines().review(List.of(d), List.of(), sh("2025-11-28T00:00"));
        // then
        assertThat(before.states()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(DeadlineStatus.RUNNING);
            assertThat(s.timeLeft()).isEqualTo(Duration.ofMinutes(1));
        });
        assertThat(before.findings()).isEmpty();
        assertThat(after.breaches()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("D1");
            assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(f.responsible()).isEqualTo("FIRST_RESPONDER");
            assertThat(f.due()).isEqualTo(sh("2025-11-28T00:00"));
            assertThat(f.message()).contains("still open");
        });
    }

    @Test
    void waitingForTheCustomerPausesInBusinessTime() {
        // given a general service request Friday 16:00, due 17:00 (office hours)
        CrmPolicy policy = DeadlineFixtures.officePolicy();
        Deadline d = generalRequest("SR-3", "2025-11-21T16:00");
        List<DeadlineEvent> events = List.of(DeadlineEvent.paused("SR-3", sh("2025-11-21T16:30")),
                DeadlineEvent.resumed("SR-3", sh("2025-11-24T09:10")));
        // when
        DeadlineState weekend = policy.deadlines().review(List.of(d), events, sh("2025-11-22T12:00")).states().get(0);
        DeadlineState lastMinute = policy.deadlines().review(List.of(d), events, sh("2025-11-24T09:39")).states().get(0);
        DeadlineReview firstMinuteOut = policy.deadlines().review(List.of(d), events, sh("2025-11-24T09:40"));
        // then the pause gave back 70 business minutes (60 on Friday, 10 on Monday), not 64 clock hours
        assertThat(weekend.status()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(weekend.timeLeft()).isEqualTo(Duration.ofMinutes(30));
        assertThat(lastMinute.status()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(lastMinute.due()).isEqualTo(sh("2025-11-24T09:40"));
        assertThat(firstMinuteOut.states().get(0).status()).isEqualTo(DeadlineStatus.BREACHED);
        assertThat(firstMinuteOut.breaches()).singleElement().satisfies(f -> assertThat(f.due()).isEqualTo(sh("2025-11-24T09:40")));
    }

    @Test
    void eventsAfterAsOfAreNotSeen() {
        CrmPolicy policy = DeadlineFixtures.officePolicy();
        Deadline d = generalRequest("SR-4", "2025-11-24T10:00");
        DeadlineReview r = policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled("SR-4", sh("2025-11-24T10:30"))),
                sh("2025-11-24T10:20"));
        assertThat(r.states().get(0).status()).isEqualTo(DeadlineStatus.RUNNING);
        assertThat(r.states().get(0).timeLeft()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void aSecondReplyDoesNotMatter() {
        CrmPolicy policy = DeadlineFixtures.officePolicy();
        Deadline d = generalRequest("SR-5", "2025-11-24T10:00");
        DeadlineReview r = policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled("SR-5", sh("2025-11-24T10:30")),
                DeadlineEvent.fulfilled("SR-5", sh("2025-11-24T15:00"))), sh("2025-11-25T00:00"));
        assertThat(r.states().get(0).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void eventsThatDoNotFitAreClearErrors() {
        CrmPolicy policy = DeadlineFixtures.officePolicy();
        Deadline d = generalRequest("SR-6", "2025-11-24T10:00");
        assertThatThrownBy(() -> policy.deadlines().review(List.of(d), List.of(DeadlineEvent.fulfilled("SR-999", sh("2025-11-24T10:30"))),
                sh("2025-11-25T00:00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SR-999")
                .hasMessageContaining("matches none");
        assertThatThrownBy(() -> policy.deadlines().review(List.of(d), List.of(DeadlineEvent.paused("SR-6", sh("2025-11-24T10:10")),
                DeadlineEvent.resumed("SR-6", sh("2025-11-24T10:20")), DeadlineEvent.resumed("SR-6", sh("2025-11-24T10:30"))),
                sh("2025-11-25T00:00"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("D4 respond for SR-6 is not paused");
        assertThatThrownBy(() -> policy.deadlines().review(List.of(d), List.of(DeadlineEvent.paused("SR-6", sh("2025-11-24T09:00"))),
                sh("2025-11-25T00:00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before its start");
        assertThatThrownBy(() -> policy.deadlines().review(List.of(d), List.of(), null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("asOf");
    }

    @Test
    void aDeadlineCountedOverAnUncoveredYearSaysSo() {
        // given an inquiry on 2026-12-30: the 3 working days run into 2027, which has no holiday data yet
        CrmPolicy policy = DeadlineFixtures.policy();
        Deadline d = policy.deadlines().forInquiry(Inquiry.of("CALL-2027", InquiryChannel.PHONE, sh("2026-12-30T10:00")));
        // when
        DeadlineReview r = policy.deadlines().review(List.of(d), List.of(), sh("2026-12-31T10:00"));
        // then: 12-31, then 01-01 provisional holiday, 01-04 and 01-05 (weekend 01-02/03)
        assertThat(d.due()).isEqualTo(sh("2027-01-06T00:00"));
        assertThat(d.isProvisional()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.ruleId().value()).isEqualTo("D1");
            assertThat(f.message()).contains("provisional").contains("2027");
        });
        assertThat(policy.calendar().isProvisional(java.time.LocalDate.of(2027, 1, 4))).isTrue();
    }

    @Test
    void aStrictCalendarRefusesAnUncoveredYearThroughTheFacade() {
        // given a strict calendar (the policy compiles once more here)
        CrmPolicy strict = CrmPolicy.builder().calendar(WorkCalendar.chinaMainland().toBuilder().strict(true).build()).build();
        // when / then
        assertThatThrownBy(() -> strict.deadlines().forInquiry(Inquiry.of("CALL-S", InquiryChannel.PHONE, sh("2026-12-30T10:00"))))
                .isInstanceOf(CalendarDataMissingException.class).hasMessageContaining("2027").hasMessageContaining("statutoryDays");
        assertThat(strict.deadlines().forInquiry(Inquiry.of("CALL-T", InquiryChannel.PHONE, sh("2026-11-30T10:00"))).due())
                .isEqualTo(sh("2026-12-04T00:00"));
    }

    @Test
    void theCatalogueNamesEveryDeadlineRule() {
        List<String> names = DeadlineFixtures.policy().catalogue().ruleNames();
        for (String id : List.of("D1", "D2", "D3", "D4", "D8", "D9", "D11", "D12", "D13", "D14", "D15", "D16")) {
            assertThat(names).as(id).anySatisfy(n -> assertThat(n).matches("D1-D16 .*|D1-D4 .*|D11-D16 .*|D1-D3 .*|" + id + " .*"));
        }
        assertThat(names).anyMatch(n -> n.startsWith("D8 ")).anyMatch(n -> n.startsWith("D9 ")).anyMatch(n -> n.startsWith("D14 "))
                .anyMatch(n -> n.startsWith("D4 ")).anyMatch(n -> n.startsWith("D1-D3 ")).anyMatch(n -> n.startsWith("D11-D16 "));
    }
}
