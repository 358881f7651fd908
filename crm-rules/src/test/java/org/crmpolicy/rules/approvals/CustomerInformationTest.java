package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.ApprovalFixtures.approvals;
import static org.crmpolicy.rules.ApprovalFixtures.approvedBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Arrangement;
import org.crmpolicy.approval.ArrangementTask;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.information.AccessLogEntry;
import org.crmpolicy.information.BreachRecord;
import org.crmpolicy.information.CollectionAuthorisation;
import org.crmpolicy.information.ConfidentialityCommitment;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.CustomerInformationDestruction;
import org.crmpolicy.information.CustomerInformationUpdate;
import org.crmpolicy.information.CustomerInformationUse;
import org.crmpolicy.information.DataBreach;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.information.DestructionMethod;
import org.crmpolicy.information.DestructionRecord;
import org.crmpolicy.information.UpdateLogEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A9 and I1, I2, I4-I11 (the evidence I6, I7 and I8 read: {@link CustomerInformationEvidenceTest}): using, storing, exporting, updating, destroying customer information and breaches. */
class CustomerInformationTest {

    private static final CustomerId CUSTOMER = CustomerId.of("C-500");
    private static final Instant NOON = DAY.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    private static final ConfidentialityCommitment SIGNED = new ConfidentialityCommitment("EMP-42", DAY.minusYears(1));
    /** I8's record of the collection the uses rely on: every business purpose stated half a year before. */
    private static final CollectionAuthorisation COLLECTED = CollectionAuthorisation.purposesStated("COL-0", CUSTOMER,
            EnumSet.complementOf(EnumSet.of(DataUsePurpose.ADVERTISING, DataUsePurpose.COMPETITION,
                    DataUsePurpose.THIRD_PARTY_DISCLOSURE)), "EMP-7", DAY.minusMonths(6));

    private static CustomerInformationUse aUse(DataUsePurpose purpose) {
        return new CustomerInformationUse("USE-1", CUSTOMER, "EMP-42", purpose,
                Set.of(CustomerDataField.CONTACT_PHONE, CustomerDataField.CREDIT_STANDING), DAY);
    }

    private static AccessLogEntry aLogOf(CustomerInformationUse use) {
        return new AccessLogEntry(use.useId(), CUSTOMER, use.staffId(), NOON, use.purpose(), "contract reviewed");
    }

    // ---------------------------------------------------------------- A9, I4, I6, I11: use

    @Test
    void a9UsingCustomerInformationNeedsApprovalAndI4AnAccessLogEntry() {
        // when
        ApprovalPlan plan = approvals().plan(aUse(DataUsePurpose.CONTRACT_REVIEW), List.of(SIGNED, COLLECTED));

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.ruleId().value()).isEqualTo("A9");
            assertThat(a.level()).isEqualTo(ApproverLevel.LEADER_IN_CHARGE);
        });
        assertThat(plan.arrangements()).extracting(Arrangement::task).containsExactly(ArrangementTask.LOG_ACCESS);
        assertThat(plan.isPermitted()).isTrue();
    }

    @Test
    void aUseApprovedLoggedAndByCommittedStaffIsInOrder() {
        // given
        CustomerInformationUse use = aUse(DataUsePurpose.CONTRACT_REVIEW);

        // when
        List<Finding> findings = approvals().check(use, List.of(approvedBy(use, ApproverLevel.LEADER_IN_CHARGE)),
                List.of(SIGNED, COLLECTED, aLogOf(use)));

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A9");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @Test
    void a9AUseApprovedByTheWrongLevelIsAViolation() {
        // given
        CustomerInformationUse use = aUse(DataUsePurpose.CONTRACT_REVIEW);

        // when
        List<Finding> findings = approvals().check(use, List.of(approvedBy(use, ApproverLevel.MARKETING)),
                List.of(SIGNED, COLLECTED, aLogOf(use)));

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A9");
            assertThat(f.isViolation()).isTrue();
        });
    }

    @Test
    void i4AUseWithoutALogEntryOrWithOneForAnotherPurposeIsAViolation() {
        // given
        CustomerInformationUse use = aUse(DataUsePurpose.CONTRACT_REVIEW);
        AccessLogEntry otherPurpose = new AccessLogEntry("USE-1", CUSTOMER, "EMP-42", NOON, DataUsePurpose.BILLING, "ok");
        var approval = List.of(approvedBy(use, ApproverLevel.LEADER_IN_CHARGE));

        // when
        List<Finding> none = approvals().check(use, approval, List.of(SIGNED, COLLECTED));
        List<Finding> wrong = approvals().check(use, approval, List.of(SIGNED, COLLECTED, otherPurpose));

        // then
        assertThat(none).filteredOn(Finding::isViolation).extracting(f -> f.ruleId().value()).containsExactly("I4");
        assertThat(wrong).filteredOn(Finding::isViolation).extracting(f -> f.ruleId().value()).containsExactly("I4");
    }

    @ParameterizedTest
    @EnumSource(value = DataUsePurpose.class, names = {"ADVERTISING", "COMPETITION", "THIRD_PARTY_DISCLOSURE"})
    void i6AUseOutsideAnAllowedBusinessPurposeIsRefused(DataUsePurpose purpose) {
        // when
        ApprovalPlan plan = approvals().plan(aUse(purpose), List.of(SIGNED, COLLECTED));

        // then
        assertThat(plan.isPermitted()).isFalse();
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsEntry("purpose", purpose.name());
        });
    }

    @ParameterizedTest
    @EnumSource(value = DataUsePurpose.class, names = {"ADVERTISING", "COMPETITION", "THIRD_PARTY_DISCLOSURE"},
            mode = EnumSource.Mode.EXCLUDE)
    void i6EveryBusinessPurposeIsAllowed(DataUsePurpose purpose) {
        // when
        ApprovalPlan plan = approvals().plan(aUse(purpose), List.of(SIGNED, COLLECTED));

        // then
        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void i11StaffWithoutASignedConfidentialityCommitmentMayNotAccess() {
        // given
        CustomerInformationUse use = aUse(DataUsePurpose.CUSTOMER_SERVICE);
        List<Evidence> someoneElse = List.of(COLLECTED, new ConfidentialityCommitment("EMP-43", DAY.minusYears(1)));
        List<Evidence> signedTheDayAfter = List.of(COLLECTED, new ConfidentialityCommitment("EMP-42", DAY.plusDays(1)));
        List<Evidence> signedThatDay = List.of(COLLECTED, new ConfidentialityCommitment("EMP-42", DAY));

        // then
        assertThat(approvals().plan(use, List.of(COLLECTED)).findings()).extracting(f -> f.ruleId().value()).containsExactly("I11");
        assertThat(approvals().plan(use, someoneElse).findings()).extracting(f -> f.ruleId().value()).containsExactly("I11");
        assertThat(approvals().plan(use, signedTheDayAfter).findings()).extracting(f -> f.ruleId().value()).containsExactly("I11");
        assertThat(approvals().plan(use, signedThatDay).findings()).isEmpty();
    }

    // ---------------------------------------------------------------- A9, I5: destruction

    @Test
    void a9DestructionNeedsApprovalAndI5ARecordOfMethodTimeAndResponsiblePerson() {
        // given
        CustomerInformationDestruction destruction = new CustomerInformationDestruction("DS-1", CUSTOMER, DAY);
        var approval = List.of(approvedBy(destruction, ApproverLevel.LEADER_IN_CHARGE));
        DestructionRecord record = new DestructionRecord("DS-1", DestructionMethod.SHREDDING, NOON, "EMP-42");

        // when
        ApprovalPlan plan = approvals().plan(destruction);
        List<Finding> unrecorded = approvals().check(destruction, approval, List.of());
        List<Finding> recorded = approvals().check(destruction, approval, List.of(record));
        List<Finding> unapproved = approvals().check(destruction, List.of(), List.of(record));

        // then
        assertThat(plan.approvals()).extracting(a -> a.ruleId().value()).containsExactly("A9");
        assertThat(plan.arrangements()).extracting(Arrangement::task).containsExactly(ArrangementTask.RECORD_DESTRUCTION);
        assertThat(unrecorded).filteredOn(Finding::isViolation).extracting(f -> f.ruleId().value()).containsExactly("I5");
        assertThat(recorded).noneMatch(Finding::isViolation);
        assertThat(unapproved).filteredOn(Finding::isViolation).extracting(f -> f.ruleId().value()).containsExactly("A9");
    }

    // ---------------------------------------------------------------- I1, I2: collection (I6-I8: CustomerInformationEvidenceTest)

    @ParameterizedTest
    @EnumSource(value = CustomerDataField.class, names = {"PERSONAL_ID_NUMBER", "HOME_ADDRESS", "PRIVATE_LIFE"},
            mode = EnumSource.Mode.EXCLUDE)
    void i2EveryCustomerFileFieldMayBeCollected(CustomerDataField field) {
        // when
        ApprovalPlan plan = approvals().plan(aCollection(Set.of(field)), List.of(aRecordOf(DataUsePurpose.CONTRACT_REVIEW)));

        // then
        assertThat(plan.findings()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CustomerDataField.class, names = {"PERSONAL_ID_NUMBER", "HOME_ADDRESS", "PRIVATE_LIFE"})
    void i1CollectingDataOutsideTheCustomerFileBreaksMinimisation(CustomerDataField field) {
        // when
        ApprovalPlan plan = approvals().plan(aCollection(Set.of(field, CustomerDataField.CONTACT_PHONE)),
                List.of(aRecordOf(DataUsePurpose.CONTRACT_REVIEW)));

        // then
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I1");
            assertThat(f.evidence()).containsEntry("field", field.name());
        });
    }

    @Test
    void i1AnUpdateThatAddsDataOutsideTheFileBreaksMinimisationToo() {
        // when
        ApprovalPlan plan = approvals().plan(new CustomerInformationUpdate("UP-9", CUSTOMER,
                Set.of(CustomerDataField.HOME_ADDRESS), DAY));

        // then
        assertThat(plan.findings()).extracting(f -> f.ruleId().value()).containsExactly("I1");
    }

    private static CustomerDataCollection aCollection(Set<CustomerDataField> fields) {
        return new CustomerDataCollection("COL-1", CUSTOMER, fields, DAY);
    }

    private static CollectionAuthorisation aRecordOf(DataUsePurpose purpose) {
        return CollectionAuthorisation.purposesStated("COL-1", CUSTOMER, Set.of(purpose), "EMP-42", DAY);
    }

    // ---------------------------------------------------------------- I10: updates

    @Test
    void i10AnUpdateWithoutALogEntryIsAViolation() {
        // given
        CustomerInformationUpdate update = new CustomerInformationUpdate("UP-1", CUSTOMER, Set.of(CustomerDataField.CONTACT_PHONE), DAY);
        UpdateLogEntry log = new UpdateLogEntry("UP-1", NOON, "contact phone replaced", "EMP-42");

        // when
        ApprovalPlan plan = approvals().plan(update);
        List<Finding> unlogged = approvals().check(update, List.of(), List.of());
        List<Finding> logged = approvals().check(update, List.of(), List.of(log));

        // then
        assertThat(plan.arrangements()).extracting(Arrangement::task).containsExactly(ArrangementTask.LOG_UPDATE);
        assertThat(unlogged).extracting(f -> f.ruleId().value()).containsExactly("I10");
        assertThat(logged).isEmpty();
    }

    // ---------------------------------------------------------------- I9: breaches

    private static final DataBreach BREACH = new DataBreach("BR-1", NOON, ZoneId.of("Asia/Shanghai"), Set.of(CUSTOMER));

    @Test
    void i9ABreachIsIsolatedTheCustomersNotifiedWithin72HoursAndAccountabilityAssigned() {
        // when
        ApprovalPlan plan = approvals().plan(BREACH);

        // then
        assertThat(plan.arrangements()).extracting(Arrangement::task).containsExactly(
                ArrangementTask.ISOLATE_LEAKED_INFORMATION, ArrangementTask.NOTIFY_AFFECTED_CUSTOMERS,
                ArrangementTask.ASSIGN_ACCOUNTABILITY);
        assertThat(plan.arrangements(ArrangementTask.NOTIFY_AFFECTED_CUSTOMERS)).singleElement()
                .extracting(Arrangement::due).isEqualTo(NOON.plus(Duration.ofHours(72)));
    }

    @ParameterizedTest(name = "[{index}] notified {0} after detection -> late {1}")
    @CsvSource({"PT72H, false", "PT72H0.001S, true", "PT1H, false"})
    void i9CustomersNotifiedAfter72HoursIsAViolation(Duration after, boolean late) {
        // given
        BreachRecord record = new BreachRecord("BR-1", NOON.plusSeconds(60), NOON.plus(after), "BU-EAST");

        // when
        List<Finding> findings = approvals().check(BREACH, List.of(), List.of(record));

        // then
        assertThat(findings).hasSize(late ? 1 : 0).allSatisfy(f -> {
            assertThat(f.evidence()).containsEntry("task", ArrangementTask.NOTIFY_AFFECTED_CUSTOMERS.name());
            assertThat(f.message()).contains("not carried out by 2025-11-27 12:00 Asia/Shanghai", "within 72 hours");
        });
    }

    @Test
    void i9ABreachHandledInFullIsInOrder() {
        // when
        List<Finding> findings = approvals().check(BREACH, List.of(),
                List.of(new BreachRecord("BR-1", NOON.plusSeconds(60), NOON.plusSeconds(3600), "BU-EAST")));

        // then
        assertThat(findings).isEmpty();
    }

    @Test
    void i9ABreachNotIsolatedNotNotifiedAndWithoutAccountabilityGivesThreeViolations() {
        // when
        List<Finding> findings = approvals().check(BREACH, List.of(), List.of(new BreachRecord("BR-1", null, null, null)));

        // then
        assertThat(findings).allMatch(f -> f.ruleId().value().equals("I9") && f.isViolation())
                .extracting(f -> f.evidence().get("task")).containsExactlyInAnyOrder(
                        ArrangementTask.ISOLATE_LEAKED_INFORMATION.name(), ArrangementTask.NOTIFY_AFFECTED_CUSTOMERS.name(),
                        ArrangementTask.ASSIGN_ACCOUNTABILITY.name());
    }

    @Test
    void i9ABreachFindingPrintsTheDetectionAndTheDueTimeInLocalTimeWithTheZone() {
        // when
        List<Finding> findings = approvals().check(BREACH, List.of(), List.of(new BreachRecord("BR-1", null, null, null)));

        // then: detected at noon Shanghai time; customers notified within I9.notify-within-hours of it
        assertThat(findings).filteredOn(f -> f.evidence().get("task").equals(ArrangementTask.NOTIFY_AFFECTED_CUSTOMERS.name()))
                .singleElement().satisfies(f -> assertThat(f.message())
                        .startsWith("breach detected at " + DAY + " 12:00 Asia/Shanghai: NOTIFY_AFFECTED_CUSTOMERS not carried out by ")
                        .doesNotContain("Z ").containsPattern(" by \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} Asia/Shanghai "));
    }
}
