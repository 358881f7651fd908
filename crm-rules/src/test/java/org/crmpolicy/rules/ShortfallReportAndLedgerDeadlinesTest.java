package org.crmpolicy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.DeadlineFixtures.sh;

import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineReview;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.ShortfallCause;
import org.junit.jupiter.api.Test;

/**
 * The second halves of D8 and D9 (003 §28(四)3, §28(五)): a shortfall caused inside the company is reported to the
 * sales department and the business unit; each installment received is reconciled with finance and entered in the
 * customer ledger.
 */
class ShortfallReportAndLedgerDeadlinesTest {

    private static final String TO_SALES = "internal cause reported to the sales department";
    private static final String TO_UNIT = "internal cause reported to the business unit";
    private static final String RECONCILED = "payment reconciled with finance";
    private static final String LEDGER = "payment entered in the customer ledger";

    // ---------------------------------------------------------------- D8

    @Test
    void d8AnInternalCauseOwesAReportToSalesAndToTheBusinessUnitWithinTwoWorkingDaysOfBeingFound() {
        // given reported Monday 11-24, the internal cause found Tuesday 11-25: reports due by the end of Thursday
        OverdueDelivery o = OverdueDelivery.internalCause("HT-20", sh("2025-11-24T10:00"), sh("2025-11-25T09:00"));
        // when
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forOverdueDelivery(o);
        // then
        assertThat(ds).extracting(Deadline::obligation).contains("confirmed delivery date", "delivery", TO_SALES, TO_UNIT);
        assertThat(ds).filteredOn(d -> d.obligation().startsWith("internal cause")).hasSize(2).allSatisfy(d -> {
            assertThat(d.ruleId().value()).isEqualTo("D8");
            assertThat(d.start()).isEqualTo(sh("2025-11-25T09:00"));
            assertThat(d.due()).isEqualTo(sh("2025-11-28T00:00"));
            assertThat(d.responsible()).isEqualTo("PRODUCTION_SAFETY_DEPARTMENT");
        });
    }

    @Test
    void d8BothSidesOfTheReportBoundAndAMissingReportIsAFinding() {
        // given
        CrmPolicy policy = DeadlineFixtures.policy();
        List<Deadline> ds = policy.deadlines().forOverdueDelivery(
                OverdueDelivery.internalCause("HT-21", sh("2025-11-24T10:00"), sh("2025-11-25T09:00")));
        // when sales is told in the last minute, the business unit a minute late
        DeadlineReview told = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-21", TO_SALES, sh("2025-11-27T23:59")),
                DeadlineEvent.fulfilled("HT-21", TO_UNIT, sh("2025-11-28T00:00"))), sh("2025-11-28T12:00"));
        // and when nobody is told
        DeadlineReview untold = policy.deadlines().review(ds, List.of(), sh("2025-11-28T00:00"));
        // then
        assertThat(told.states()).filteredOn(s -> s.deadline().obligation().equals(TO_SALES)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(DeadlineStatus.MET));
        assertThat(told.breaches()).filteredOn(f -> f.evidence().get("obligation").startsWith("internal cause")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId().value()).isEqualTo("D8");
                    assertThat(f.evidence()).containsEntry("obligation", TO_UNIT);
                });
        assertThat(untold.breaches()).filteredOn(f -> f.evidence().get("obligation").startsWith("internal cause"))
                .hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("still open"));
    }

    @Test
    void d8ACauseKnownBeforeTheReportToProductionCountsFromTheReport() {
        OverdueDelivery o = OverdueDelivery.internalCause("HT-22", sh("2025-11-24T10:00"), sh("2025-11-20T09:00"));

        assertThat(DeadlineFixtures.policy().deadlines().forOverdueDelivery(o)).filteredOn(d -> d.obligation().equals(TO_SALES))
                .singleElement().satisfies(d -> assertThat(d.due()).isEqualTo(sh("2025-11-27T00:00")));
    }

    @Test
    void d8AnExternalOrUnestablishedCauseOwesNoReport() {
        CrmPolicy policy = DeadlineFixtures.policy();

        assertThat(policy.deadlines().forOverdueDelivery(new OverdueDelivery("HT-23", sh("2025-11-24T10:00")))).hasSize(2);
        assertThat(policy.deadlines().forOverdueDelivery(new OverdueDelivery("HT-23", sh("2025-11-24T10:00"),
                ShortfallCause.EXTERNAL, null))).extracting(Deadline::obligation).containsExactly("confirmed delivery date", "delivery");
    }

    @Test
    void d8AnInternalCauseWithoutItsInstantOrAnInstantForAnotherCauseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new OverdueDelivery("HT-24", sh("2025-11-24T10:00"), ShortfallCause.INTERNAL, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("HT-24").hasMessageContaining("causeFoundAt");
        assertThatThrownBy(() -> new OverdueDelivery("HT-24", sh("2025-11-24T10:00"), ShortfallCause.EXTERNAL, sh("2025-11-24T11:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("causeFoundAt").hasMessageContaining("EXTERNAL");
        assertThatThrownBy(() -> new OverdueDelivery("HT-24", sh("2025-11-24T10:00"), null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("cause");
    }

    @Test
    void d8TheReportBoundIsANamedParameter() {
        CrmPolicy policy = CrmPolicy.builder().parameter("D8.internal-cause-report-working-days", "1").build();

        assertThat(policy.deadlines().forOverdueDelivery(OverdueDelivery.internalCause("HT-25", sh("2025-11-24T10:00"),
                sh("2025-11-24T10:00")))).filteredOn(d -> d.obligation().equals(TO_UNIT)).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh("2025-11-26T00:00")));
        assertThatThrownBy(() -> CrmPolicy.builder().parameter("D8.internal-cause-report-working-days", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D8.internal-cause-report-working-days");
    }

    // ---------------------------------------------------------------- D9

    @Test
    void d9EachInstallmentReceivedOwesAReconciliationAndALedgerEntryWithinTwoWorkingDays() {
        // given the first of two installments received Monday 11-24: both due by the end of Wednesday 11-26
        InstallmentSchedule s = new InstallmentSchedule("HT-30", sh("2025-01-02T10:00"),
                List.of(LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 26)))
                .withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-24T10:00"));
        // when
        List<Deadline> ds = DeadlineFixtures.policy().deadlines().forInstallments(s);
        // then one reminder per installment, two duties for the one received
        assertThat(ds).filteredOn(d -> d.obligation().equals("installment reminder")).hasSize(2);
        assertThat(ds).filteredOn(d -> d.obligation().startsWith("payment")).hasSize(2).allSatisfy(d -> {
            assertThat(d.ruleId().value()).isEqualTo("D9");
            assertThat(d.subjectId()).isEqualTo("HT-30/2025-11-28");
            assertThat(d.due()).isEqualTo(sh("2025-11-27T00:00"));
            assertThat(d.responsible()).isEqualTo("BUSINESS_UNIT");
        }).extracting(Deadline::obligation).containsExactlyInAnyOrder(RECONCILED, LEDGER);
    }

    @Test
    void d9BothSidesOfTheLedgerBoundAndAMissingEntryIsAFinding() {
        // given
        CrmPolicy policy = DeadlineFixtures.policy();
        InstallmentSchedule s = new InstallmentSchedule("HT-31", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)))
                .withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-24T10:00"));
        List<Deadline> ds = policy.deadlines().forInstallments(s);
        // when reconciled in the last minute and entered in the ledger a minute late
        DeadlineReview r = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-31/2025-11-28", "installment reminder", sh("2025-11-25T09:00")),
                DeadlineEvent.fulfilled("HT-31/2025-11-28", RECONCILED, sh("2025-11-26T23:59")),
                DeadlineEvent.fulfilled("HT-31/2025-11-28", LEDGER, sh("2025-11-27T00:00"))), sh("2025-11-28T00:00"));
        DeadlineReview missing = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-31/2025-11-28", "installment reminder", sh("2025-11-25T09:00"))), sh("2025-11-27T00:00"));
        DeadlineReview stillInTime = policy.deadlines().review(ds, List.of(
                DeadlineEvent.fulfilled("HT-31/2025-11-28", "installment reminder", sh("2025-11-25T09:00"))), sh("2025-11-26T23:59"));
        // then
        assertThat(r.breaches()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("D9");
            assertThat(f.evidence()).containsEntry("obligation", LEDGER);
        });
        assertThat(missing.breaches()).hasSize(2).allSatisfy(f -> assertThat(f.ruleId().value()).isEqualTo("D9"));
        assertThat(stillInTime.breaches()).isEmpty();
    }

    @Test
    void d9NothingReceivedOwesNoLedgerEntryAndTheOldConstructorStillWorks() {
        InstallmentSchedule s = new InstallmentSchedule("HT-32", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)));

        assertThat(s.payments()).isEmpty();
        assertThat(DeadlineFixtures.policy().deadlines().forInstallments(s)).extracting(Deadline::obligation)
                .containsExactly("installment reminder");
    }

    @Test
    void d9APaymentForNoInstallmentTwiceOrBeforeTheAgreementIsRefusedNamingTheField() {
        InstallmentSchedule s = new InstallmentSchedule("HT-33", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)));

        assertThatThrownBy(() -> s.withPayment(LocalDate.of(2025, 11, 29), sh("2025-11-24T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HT-33").hasMessageContaining("payment dueDate 2025-11-29");
        assertThatThrownBy(() -> s.withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-24T10:00"))
                .withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-25T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> s.withPayment(LocalDate.of(2025, 11, 28), sh("2025-01-01T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receivedAt").hasMessageContaining("agreedAt");
        assertThatThrownBy(() -> s.withPayment(LocalDate.of(2025, 11, 28), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("receivedAt");
        assertThatThrownBy(() -> new InstallmentSchedule("HT-33", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("payments");
    }

    @Test
    void d9TheLedgerBoundIsANamedParameter() {
        CrmPolicy policy = CrmPolicy.builder().parameter("D9.ledger-working-days", "1").build();
        InstallmentSchedule s = new InstallmentSchedule("HT-34", sh("2025-01-02T10:00"), List.of(LocalDate.of(2025, 11, 28)))
                .withPayment(LocalDate.of(2025, 11, 28), sh("2025-11-24T10:00"));

        assertThat(policy.deadlines().forInstallments(s)).filteredOn(d -> d.obligation().equals(LEDGER)).singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(sh("2025-11-26T00:00")));
    }
}
