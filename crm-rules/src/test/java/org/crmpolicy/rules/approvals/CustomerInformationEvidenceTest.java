package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.CollectionAuthorisation;
import org.crmpolicy.information.ConfidentialityCommitment;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataExport;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.CustomerInformationUse;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.information.Encryption;
import org.crmpolicy.information.ExportKind;
import org.crmpolicy.information.WrittenField;
import org.crmpolicy.rules.Fixtures;
import org.crmpolicy.rules.information.Information;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * I6, I7 and I8 read evidence, not flags the host sets: a collection's authorisation record (I8), the purposes it
 * states as the measure of every later use (I6), and the per-field encryption of a storage or export description
 * (I7). Each rule on both sides.
 */
class CustomerInformationEvidenceTest {

    private static final CustomerId CUSTOMER = CustomerId.of("C-500");
    private static final ConfidentialityCommitment SIGNED = new ConfidentialityCommitment("EMP-42", DAY.minusYears(1));

    private static Information information() {
        return Fixtures.policy().information();
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId().value()).toList();
    }

    private static List<Evidence> onFile(Evidence... more) {
        List<Evidence> all = new ArrayList<>(List.of(SIGNED));
        all.addAll(Arrays.asList(more));
        return all;
    }

    // ---------------------------------------------------------------- I8: a collection rests on a record

    private static final CustomerDataCollection COLLECTION = new CustomerDataCollection("COL-1", CUSTOMER,
            Set.of(CustomerDataField.CONTACT_EMAIL, CustomerDataField.CREDIT_STANDING), DAY);

    private static CollectionAuthorisation stated(String collectionId, DataUsePurpose purpose, java.time.LocalDate recordedOn) {
        return CollectionAuthorisation.purposesStated(collectionId, CUSTOMER, Set.of(purpose), "EMP-7", recordedOn);
    }

    @Test
    void i8ACollectionWithAStatedPurposeOnRecordPasses() {
        // when
        ApprovalPlan plan = information().plan(COLLECTION, List.of(stated("COL-1", DataUsePurpose.BILLING, DAY)));

        // then
        assertThat(plan.findings()).isEmpty();
        assertThat(plan.isPermitted()).isTrue();
    }

    @Test
    void i8ACollectionWithTheCustomersAuthorisationOnRecordPassesWithoutAStatedPurpose() {
        // given
        CollectionAuthorisation consent = new CollectionAuthorisation("COL-1", CUSTOMER, Set.of(), "CONSENT-2025-17",
                "EMP-7", DAY.minusDays(3));

        // then
        assertThat(information().plan(COLLECTION, List.of(consent)).findings()).isEmpty();
        assertThat(information().check(COLLECTION, List.of(), List.of(consent))).isEmpty();
    }

    @Test
    void i8ACollectionWithoutAnAuthorisationRecordIsRefusedBeforeAndAfterTheAct() {
        // when
        ApprovalPlan plan = information().plan(COLLECTION);
        List<Finding> checked = information().check(COLLECTION, List.of(), List.of());

        // then
        assertThat(plan.isPermitted()).isFalse();
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I8");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.subjectId()).isEqualTo("COL-1");
            assertThat(f.message()).contains("no authorisation record on file");
        });
        assertThat(ids(checked)).containsExactly("I8");
    }

    @Test
    void i8ARecordWithNeitherTheCustomersAuthorisationNorAPurposeIsNoBasis() {
        // given
        CollectionAuthorisation empty = new CollectionAuthorisation("COL-1", CUSTOMER, Set.of(), null, "EMP-7", DAY);

        // when
        ApprovalPlan plan = information().plan(COLLECTION, List.of(empty));

        // then
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I8");
            assertThat(f.message()).contains("the record by EMP-7 names neither the customer's authorisation nor a purpose");
        });
    }

    @ParameterizedTest(name = "[{index}] recorded {0} day(s) after the collection -> refused {1}")
    @CsvSource({"-1, false", "0, false", "1, true"})
    void i8TheRecordMustBeMadeOnOrBeforeTheDayOfCollection(int daysAfter, boolean refused) {
        // when
        ApprovalPlan plan = information().plan(COLLECTION,
                List.of(stated("COL-1", DataUsePurpose.BILLING, DAY.plusDays(daysAfter))));

        // then
        assertThat(ids(plan.findings())).isEqualTo(refused ? List.of("I8") : List.of());
        if (refused) {
            assertThat(plan.findings().get(0).message()).contains("was recorded on " + DAY.plusDays(1) + ", after the collection");
        }
    }

    @Test
    void i8TheRecordOfAnotherCollectionOrAnotherCustomerIsNoBasis() {
        // given
        CollectionAuthorisation otherCollection = stated("COL-2", DataUsePurpose.BILLING, DAY);
        CollectionAuthorisation otherCustomer = CollectionAuthorisation.purposesStated("COL-1", CustomerId.of("C-501"),
                Set.of(DataUsePurpose.BILLING), "EMP-7", DAY);

        // then
        assertThat(ids(information().plan(COLLECTION, List.of(otherCollection)).findings())).containsExactly("I8");
        assertThat(information().plan(COLLECTION, List.of(otherCustomer)).findings()).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("is about customer C-501"));
    }

    // ---------------------------------------------------------------- I6: a use is measured against the stated purposes

    private static CustomerInformationUse aUse(DataUsePurpose purpose, String... reliesOn) {
        return new CustomerInformationUse("USE-1", CUSTOMER, "EMP-42", purpose, Set.of(CustomerDataField.CONTACT_PHONE),
                Set.of(reliesOn), DAY);
    }

    @Test
    void i6AUseForAPurposeStatedAtCollectionIsAllowed() {
        // when
        ApprovalPlan plan = information().plan(aUse(DataUsePurpose.BILLING),
                onFile(stated("COL-1", DataUsePurpose.BILLING, DAY.minusMonths(2))));

        // then
        assertThat(plan.findings()).isEmpty();
    }

    @Test
    void i6AUseForAnotherPurposeIsRefusedNamingTheStatedPurposesAndTheUsesPurpose() {
        // when
        ApprovalPlan plan = information().plan(aUse(DataUsePurpose.CUSTOMER_SERVICE),
                onFile(stated("COL-1", DataUsePurpose.BILLING, DAY.minusMonths(2))));

        // then
        assertThat(plan.isPermitted()).isFalse();
        assertThat(plan.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.subjectId()).isEqualTo("USE-1");
            assertThat(f.evidence()).containsEntry("purpose", "CUSTOMER_SERVICE").containsEntry("statedPurposes", "COL-1 [BILLING]");
            assertThat(f.message()).contains("use for CUSTOMER_SERVICE", "stated that purpose (COL-1 [BILLING])");
        });
    }

    @Test
    void i6AUseWithoutAnyCollectionRecordOfTheCustomerIsRefused() {
        // given: the only record is of another customer
        CollectionAuthorisation otherCustomer = CollectionAuthorisation.purposesStated("COL-9", CustomerId.of("C-501"),
                Set.of(DataUsePurpose.BILLING), "EMP-7", DAY);

        // when
        List<Finding> findings = information().plan(aUse(DataUsePurpose.BILLING), onFile(otherCustomer)).findings();

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.evidence()).containsEntry("statedPurposes", "no record");
            assertThat(f.message()).contains("no collection authorisation record of that customer on file by " + DAY);
        });
    }

    @Test
    void i6AUseNamingItsCollectionsIsJudgedAgainstEachOfThem() {
        // given
        List<Evidence> records = onFile(stated("COL-1", DataUsePurpose.BILLING, DAY.minusMonths(2)),
                stated("COL-2", DataUsePurpose.CUSTOMER_SERVICE, DAY.minusMonths(1)));

        // when
        List<Finding> both = information().plan(aUse(DataUsePurpose.CUSTOMER_SERVICE, "COL-1", "COL-2"), records).findings();
        List<Finding> theRightOne = information().plan(aUse(DataUsePurpose.CUSTOMER_SERVICE, "COL-2"), records).findings();
        List<Finding> theCustomers = information().plan(aUse(DataUsePurpose.CUSTOMER_SERVICE), records).findings();

        // then: data of COL-1 was collected for billing only
        assertThat(both).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.evidence()).containsEntry("collection", "COL-1").containsEntry("statedPurposes", "COL-1 [BILLING]");
            assertThat(f.message()).contains("use for CUSTOMER_SERVICE relies on collection COL-1, whose authorisation record states COL-1 [BILLING]");
        });
        assertThat(theRightOne).isEmpty();
        assertThat(theCustomers).isEmpty();
    }

    @Test
    void i6ANamedCollectionWithoutARecordOnFileIsRefused() {
        // when
        List<Finding> findings = information().plan(aUse(DataUsePurpose.BILLING, "COL-3"),
                onFile(stated("COL-1", DataUsePurpose.BILLING, DAY))).findings();

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.message()).contains("relies on collection COL-3, which has no authorisation record of customer C-500 on file");
        });
    }

    @ParameterizedTest(name = "[{index}] recorded {0} day(s) after the use -> refused {1}")
    @CsvSource({"0, false", "1, true"})
    void i6APurposeStatedOnlyAfterTheUseDoesNotCoverIt(int daysAfter, boolean refused) {
        // when
        List<Finding> findings = information().plan(aUse(DataUsePurpose.BILLING),
                onFile(stated("COL-1", DataUsePurpose.BILLING, DAY.plusDays(daysAfter)))).findings();

        // then
        assertThat(ids(findings)).isEqualTo(refused ? List.of("I6") : List.of());
    }

    @Test
    void i6TheCustomersAuthorisationWithoutAStatedPurposeAllowsNoUse() {
        // given
        CollectionAuthorisation consentOnly = new CollectionAuthorisation("COL-1", CUSTOMER, Set.of(), "CONSENT-2025-17",
                "EMP-7", DAY.minusDays(3));

        // when
        List<Finding> findings = information().plan(aUse(DataUsePurpose.BILLING), onFile(consentOnly)).findings();

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.evidence()).containsEntry("statedPurposes", "COL-1 none");
        });
    }

    @ParameterizedTest
    @EnumSource(value = DataUsePurpose.class, names = {"ADVERTISING", "COMPETITION", "THIRD_PARTY_DISCLOSURE"})
    void i6APurposeOutsideTheBusinessIsRefusedEvenWhenItWasStatedAtCollection(DataUsePurpose purpose) {
        // given
        CollectionAuthorisation record = new CollectionAuthorisation("COL-1", CUSTOMER, Set.of(purpose, DataUsePurpose.BILLING),
                "CONSENT-2025-17", "EMP-7", DAY);

        // when
        List<Finding> use = information().plan(aUse(purpose), onFile(record)).findings();
        List<Finding> collection = information().plan(COLLECTION, List.of(record)).findings();

        // then: one refusal each, naming the purpose
        assertThat(use).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.evidence()).containsEntry("purpose", purpose.name());
            assertThat(f.message()).contains("is not an allowed business purpose");
        });
        assertThat(collection).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I6");
            assertThat(f.subjectId()).isEqualTo("COL-1");
            assertThat(f.evidence()).containsEntry("purpose", purpose.name());
        });
    }

    @ParameterizedTest
    @EnumSource(value = DataUsePurpose.class, names = {"ADVERTISING", "COMPETITION", "THIRD_PARTY_DISCLOSURE"},
            mode = EnumSource.Mode.EXCLUDE)
    void i6EveryBusinessPurposeStatedAtCollectionAllowsTheUseAndTheCollection(DataUsePurpose purpose) {
        // given
        CollectionAuthorisation record = stated("COL-1", purpose, DAY);

        // then
        assertThat(information().plan(aUse(purpose, "COL-1"), onFile(record)).findings()).isEmpty();
        assertThat(information().plan(COLLECTION, List.of(record)).findings()).isEmpty();
    }

    @Test
    void i6TheOldUseConstructorReliesOnTheCustomersCollections() {
        // given
        CustomerInformationUse use = new CustomerInformationUse("USE-1", CUSTOMER, "EMP-42", DataUsePurpose.BILLING,
                Set.of(CustomerDataField.CONTACT_PHONE), DAY);

        // then
        assertThat(use.reliesOn()).isEmpty();
        assertThat(use.reliesOn("COL-1", CUSTOMER)).isTrue();
        assertThat(use.reliesOn("COL-1", CustomerId.of("C-501"))).isFalse();
        assertThat(information().plan(use, onFile(stated("COL-1", DataUsePurpose.BILLING, DAY))).findings()).isEmpty();
    }

    // ---------------------------------------------------------------- I7: each written field says where it is encrypted

    @ParameterizedTest(name = "[{index}] {0} {1} encrypted {2} -> flagged {3}")
    @CsvSource({
            "STORAGE_CONFIGURATION, CONTACT_PHONE, '', true",
            "STORAGE_CONFIGURATION, CONTACT_PHONE, AT_REST, false",
            "STORAGE_CONFIGURATION, CONTACT_BIRTHDAY, IN_TRANSIT, true",
            "FILE_EXPORT, CONTACT_EMAIL, '', true",
            "FILE_EXPORT, CONTACT_EMAIL, AT_REST, false",
            "TRANSMISSION, CONTACT_PERSON_NAME, AT_REST, true",
            "TRANSMISSION, CONTACT_PERSON_NAME, IN_TRANSIT, false",
            "TRANSMISSION, PERSONAL_ID_NUMBER, '', true",
            "FILE_EXPORT, CREDIT_STANDING, '', false",
            "TRANSMISSION, PRODUCTION_SITUATION, '', false"})
    void i7APersonalFieldWrittenWithoutTheEncryptionItsExportNeedsIsFlagged(ExportKind kind, CustomerDataField field,
                                                                          String encryption, boolean flagged) {
        // given
        Set<Encryption> where = encryption.isEmpty() ? Set.of() : Set.of(Encryption.valueOf(encryption));
        CustomerDataExport export = new CustomerDataExport("EXP-1", kind, List.of(new WrittenField("col_a", field, where),
                WrittenField.plain("contract_no", CustomerDataField.CONTRACTS_AND_ORDERS)), DAY);

        // when
        ApprovalPlan plan = information().plan(export);
        List<Finding> checked = information().check(export, List.of(), List.of());

        // then
        assertThat(ids(plan.findings())).isEqualTo(flagged ? List.of("I7") : List.of());
        assertThat(ids(checked)).isEqualTo(flagged ? List.of("I7") : List.of());
    }

    @Test
    void i7OneFindingPerPlainPersonalFieldNamingTheColumnAndTheKindOfData() {
        // given: the ERP's contact_person table before its personal columns were encrypted
        CustomerDataExport plainTable = new CustomerDataExport("erp.contact_person", ExportKind.STORAGE_CONFIGURATION, List.of(
                WrittenField.plain("contact_person.name", CustomerDataField.CONTACT_PERSON_NAME),
                WrittenField.plain("contact_person.phone", CustomerDataField.CONTACT_PHONE),
                WrittenField.encrypted("contact_person.email_cipher", CustomerDataField.CONTACT_EMAIL, Encryption.AT_REST),
                WrittenField.plain("contact_person.birthday", CustomerDataField.CONTACT_BIRTHDAY)), DAY);

        // when
        List<Finding> findings = information().plan(plainTable).findings();

        // then
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.ruleId().value()).isEqualTo("I7");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsEntry("required", "AT_REST");
        }).extracting(f -> f.evidence().get("field")).containsExactlyInAnyOrder(
                "contact_person.name", "contact_person.phone", "contact_person.birthday");
        assertThat(findings).filteredOn(f -> f.evidence().get("field").equals("contact_person.phone")).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("STORAGE_CONFIGURATION writes personal field "
                        + "contact_person.phone (CONTACT_PHONE) unencrypted at rest: customer data is encrypted at rest "
                        + "and in transit (004 ch.1 §5 1.2)"));
    }

    @ParameterizedTest
    @EnumSource(CustomerDataField.class)
    void i7EveryPersonalKindOfDataIsFlaggedWhenWrittenInClearTextAndNoOtherIs(CustomerDataField field) {
        // when
        List<Finding> findings = information().plan(new CustomerDataExport("EXP-1", ExportKind.FILE_EXPORT,
                List.of(WrittenField.plain("x", field)), DAY)).findings();

        // then
        assertThat(ids(findings)).isEqualTo(field.isPersonal() ? List.of("I7") : List.of());
    }

    // ---------------------------------------------------------------- bad descriptions are caller errors

    @Test
    void aDescriptionNamingAColumnTwiceOrNoneIsRefusedNamingTheExport() {
        assertThatThrownBy(() -> new CustomerDataExport("EXP-1", ExportKind.FILE_EXPORT, List.of(
                WrittenField.plain("phone", CustomerDataField.CONTACT_PHONE),
                WrittenField.encrypted("phone", CustomerDataField.CONTACT_PHONE, Encryption.AT_REST)), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("export EXP-1 fields name 'phone' twice");
        assertThatThrownBy(() -> new CustomerDataExport("EXP-1", ExportKind.FILE_EXPORT, List.of(), DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("export EXP-1 fields is empty");
    }

    @Test
    void aRecordWithANullPurposeOrAUseNamingANullCollectionIsRefusedNamingTheField() {
        Set<DataUsePurpose> withNull = new HashSet<>(Arrays.asList(DataUsePurpose.BILLING, null));
        Set<String> nullId = new HashSet<>(Arrays.asList("COL-1", null));
        assertThatThrownBy(() -> new CollectionAuthorisation("COL-1", CUSTOMER, withNull, null, "EMP-7", DAY))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("collection authorisation COL-1 statedPurposes");
        assertThatThrownBy(() -> new CustomerInformationUse("USE-1", CUSTOMER, "EMP-42", DataUsePurpose.BILLING,
                Set.of(CustomerDataField.CONTACT_PHONE), nullId, DAY))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("use USE-1 reliesOn");
    }
}
