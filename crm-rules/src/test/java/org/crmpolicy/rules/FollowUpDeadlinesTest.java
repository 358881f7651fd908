package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.Shipment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.crmpolicy.deadline.DeadlineReview;

/** D8 overdue delivery, D9 installment reminders, D14 after shipment. */
class FollowUpDeadlinesTest {

    @ParameterizedTest(name = "D8 reported {0}: confirmed date by {1}, delivered by {2}")
    @CsvSource({
            "2025-11-24T10:00, 2025-11-27T00:00, 2025-12-02T00:00",
            "2025-11-21T15:00, 2025-11-26T00:00, 2025-11-29T00:00",
            "2025-09-29T15:00, 2025-10-10T00:00, 2025-10-07T00:00",
            "2025-01-27T09:00, 2025-02-07T00:00, 2025-02-04T00:00",
            "2025-12-31T09:00, 2026-01-06T00:00, 2026-01-08T00:00"})
    void d8OverdueDeliveryGetsAConfirmedDateWithinTwoWorkingDaysAndIsDeliveredWithinAWeek(String reported, String confirmBy, String deliverBy) {
        // given / when
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forOverdueDelivery(new OverdueDelivery("HT-2025-001", sh(reported)));
        // then
        assertThat(ds).hasSize(2).allSatisfy(d -> assertThat(d.ruleId().value()).isEqualTo("D8"));
        assertThat(ds).filteredOn(d -> d.obligation().equals("confirmed delivery date")).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh(confirmBy)));
        assertThat(ds).filteredOn(d -> d.obligation().equals("delivery")).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh(deliverBy)));
    }

    @Test
    void d8BothSidesOfBothBounds() {
        // given reported Monday 2025-11-24: date confirmed by Wednesday 24:00, delivered by Monday 12-01 24:00
        CrmPolicy policy = DeadlineFixtures.policy();
        List<Deadline> ds = policy.deadlines().forOverdueDelivery(new OverdueDelivery("HT-1", sh("2025-11-24T10:00")));
        // when
        DeadlineReview inTime = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-1", "confirmed delivery date", sh("2025-11-26T23:59")),
                DeadlineEvent.fulfilled("HT-1", "delivery", sh("2025-12-01T23:59"))), sh("2025-12-10T00:00"));
        DeadlineReview late = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-1", "confirmed delivery date", sh("2025-11-27T00:00")),
                DeadlineEvent.fulfilled("HT-1", "delivery", sh("2025-12-02T00:00"))), sh("2025-12-10T00:00"));
        // then
        assertThat(inTime.states()).allSatisfy(s -> assertThat(s.status()).isEqualTo(DeadlineStatus.MET));
        assertThat(late.breaches()).hasSize(2).allSatisfy(f -> {
            assertThat(f.ruleId().value()).isEqualTo("D8");
            assertThat(f.responsible()).isEqualTo("PRODUCTION_SAFETY_DEPARTMENT");
        });
    }

    @ParameterizedTest(name = "D9 due {0}: remind by {1}")
    @CsvSource({
            "2025-11-28, 2025-11-26T00:00, Friday: Tue Wed Thu back, remind by end of Tuesday",
            "2025-02-10, 2025-02-07T00:00, Monday 02-10: the make-up Saturday 02-08 and 02-07 count, remind by 02-06",
            "2025-10-09, 2025-09-29T00:00, after National Day: 09-30 09-29 and the make-up Sunday 09-28",
            "2026-01-05, 2025-12-31T00:00, across the year end: 01-04 (worked Sunday), 12-31, 12-30"})
    void d9CustomerIsRemindedThreeWorkingDaysBeforeEachInstallment(LocalDate dueDate, String remindBy, String why) {
        // given a schedule agreed long before
        InstallmentSchedule schedule = new InstallmentSchedule("HT-9", sh("2025-01-02T10:00"), List.of(dueDate));
        // when
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forInstallments(schedule);
        // then
        assertThat(ds).singleElement().satisfies(d -> {
            assertThat(d.ruleId().value()).isEqualTo("D9");
            assertThat(d.subjectId()).isEqualTo("HT-9/" + dueDate);
            assertThat(d.due()).as(why).isEqualTo(sh(remindBy));
        });
    }

    @Test
    void d9OneReminderPerInstallmentInDueDateOrderAndBothSides() {
        // given
        CrmPolicy policy = DeadlineFixtures.policy();
        InstallmentSchedule schedule = new InstallmentSchedule("HT-10", sh("2025-01-02T10:00"),
                List.of(LocalDate.of(2025, 12, 26), LocalDate.of(2025, 11, 28)));
        List<Deadline> ds = policy.deadlines().forInstallments(schedule);
        // when the first reminder comes in the last minute and the second one minute late
        DeadlineReview r = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-10/2025-11-28", sh("2025-11-25T23:59")),
                DeadlineEvent.fulfilled("HT-10/2025-12-26", sh("2025-12-24T00:00"))), sh("2025-12-31T00:00"));
        // then
        assertThat(ds).extracting(Deadline::subjectId).containsExactly("HT-10/2025-11-28", "HT-10/2025-12-26");
        assertThat(r.states()).extracting(s -> s.status()).containsExactly(DeadlineStatus.MET, DeadlineStatus.BREACHED);
        assertThat(r.breaches()).singleElement().satisfies(f -> assertThat(f.subjectId()).isEqualTo("HT-10/2025-12-26"));
    }

    @Test
    void d9AnInstallmentDueTooSoonIsRemindedOnTheDayOfAgreement() {
        InstallmentSchedule schedule = new InstallmentSchedule("HT-11", sh("2025-11-24T10:00"), List.of(LocalDate.of(2025, 11, 25)));
        assertThat(DeadlineFixtures.policy().deadlines().forInstallments(schedule)).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh("2025-11-25T00:00")));
    }

    @Test
    void d9LeadIsANamedParameterAndTheCalendarMayBeAHostsInBerlin() {
        // given a host in Berlin (no Chinese holidays there; 2025 data absent, so weekends and fixed days) with a 5-day lead
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        CrmPolicy policy = CrmPolicy.builder().parameter("D9.reminder-lead-working-days", "5")
                .calendar(WorkCalendar.builder().zone(berlin).build()).build();
        InstallmentSchedule schedule = new InstallmentSchedule("HT-12", LocalDateTime.parse("2025-03-01T10:00").atZone(berlin).toInstant(),
                List.of(LocalDate.of(2025, 4, 4)));
        // when (capturing the log, which slf4j-simple writes to System.err)
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        Deadline d;
        try {
            System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
            d = policy.deadlines().forInstallments(schedule).get(0);
            policy.deadlines().forInstallments(schedule);
        } finally {
            System.setErr(err);
        }
        // then one warning names the uncovered year and how to supply it
        String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(logged.split("no statutory holiday data for 2025", -1)).hasSize(2);
        assertThat(logged).contains("statutoryDays");
        assertThat(d.isProvisional()).isTrue();
        // and Friday 04-04 minus 5 working days = Friday 03-28; due 24:00 local, after the 03-30 DST switch: 22:00 UTC
        assertThat(d.due()).isEqualTo(LocalDateTime.parse("2025-03-29T00:00").atZone(berlin).toInstant());
        assertThat(d.due().toString()).isEqualTo("2025-03-28T23:00:00Z");
        Deadline after = policy.deadlines().forInstallments(new InstallmentSchedule("HT-13",
                LocalDateTime.parse("2025-03-01T10:00").atZone(berlin).toInstant(), List.of(LocalDate.of(2025, 4, 7)))).get(0);
        assertThat(after.due().toString()).isEqualTo("2025-03-31T22:00:00Z");
        assertThatThrownBy(() -> CrmPolicy.builder().parameter("D9.reminder-lead-working-days", "three"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D9.reminder-lead-working-days");
    }

    @ParameterizedTest(name = "D14 shipped {0}: {1} by {2}")
    @CsvSource({
            "2025-11-21T15:00, customer notified of shipment, 2025-11-25T00:00",
            "2025-11-21T15:00, invoice mailed, 2025-11-27T00:00",
            "2025-11-21T15:00, invoice receipt confirmed, 2025-12-06T00:00",
            "2025-09-30T15:00, customer notified of shipment, 2025-10-10T00:00"})
    void d14AfterShipmentTheCustomerIsNotifiedTheInvoiceMailedAndItsReceiptConfirmed(String shipped, String obligation, String due) {
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forShipment(new Shipment("HT-14", sh(shipped)));
        assertThat(ds).hasSize(3).filteredOn(d -> d.obligation().equals(obligation)).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh(due)));
    }

    @Test
    void d14BothSidesOfTheNotificationBound() {
        CrmPolicy policy = DeadlineFixtures.policy();
        List<Deadline> ds = policy.deadlines().forShipment(new Shipment("HT-15", sh("2025-11-21T15:00")));
        DeadlineReview in = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-15", "customer notified of shipment", sh("2025-11-24T23:59"))), sh("2025-11-25T12:00"));
        DeadlineReview out = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-15", "customer notified of shipment", sh("2025-11-25T00:00"))), sh("2025-11-25T12:00"));
        assertThat(in.breaches()).isEmpty();
        assertThat(in.withStatus(DeadlineStatus.RUNNING)).hasSize(2);
        assertThat(out.breaches()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("D14");
            assertThat(f.responsible()).isEqualTo("BUSINESS_UNIT");
            assertThat(f.evidence()).containsEntry("obligation", "customer notified of shipment");
        });
    }

    @Test
    void badFollowUpInputIsAClearError() {
        assertThatThrownBy(() -> new InstallmentSchedule("HT-1", sh("2025-01-02T10:00"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dueDates is empty");
        assertThatThrownBy(() -> new InstallmentSchedule("HT-1", sh("2025-01-02T10:00"),
                List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))).hasMessageContaining("2025-03-01 appears twice");
        assertThatThrownBy(() -> new OverdueDelivery("HT-1", null)).hasMessageContaining("reportedAt");
        assertThatThrownBy(() -> new Shipment("", sh("2025-01-02T10:00"))).hasMessageContaining("shipment contractId");
    }
}
