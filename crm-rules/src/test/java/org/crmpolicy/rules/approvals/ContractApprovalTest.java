package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.ApprovalFixtures.DAY;
import static org.crmpolicy.rules.ApprovalFixtures.aContract;
import static org.crmpolicy.rules.ApprovalFixtures.aNewCustomer;
import static org.crmpolicy.rules.ApprovalFixtures.allDocuments;
import static org.crmpolicy.rules.ApprovalFixtures.anExistingCustomer;
import static org.crmpolicy.rules.ApprovalFixtures.approvals;
import static org.crmpolicy.rules.ApprovalFixtures.approvedBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.DocumentOnFile;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** A1 (cumulative 4,000 CNY), A2 (first contract of 3,000 CNY: five documents) and bad contract input. */
class ContractApprovalTest {

    private static final Customer EXISTING = anExistingCustomer("C-100");
    private static final Customer NEW = aNewCustomer("C-200");

    // ---------------------------------------------------------------- A1

    @ParameterizedTest(name = "[{index}] this {0} after ''{1}'' this year -> approval {2}")
    @CsvSource(delimiter = '|', textBlock = """
            3999.99 |                   | false
            4000.00 |                   | true
            4000.01 |                   | true
            1999.99 | 2000.00           | false
            2000.00 | 2000.00           | true
            0.01    | 3999.99           | true
            0.00    | 3999.99           | false
            100.00  | 1000.00;2899.99   | false
            100.00  | 1000.00;2900.00   | true
            50.00   | 4000.00;10.00     | true
            """)
    void a1CumulativeAmountInTheCalendarYearReaching4000NeedsTheSalesContractApproval(String amount, String earlier,
                                                                                       boolean needed) {
        // given
        ContractSigning signing = aContract(EXISTING, amount, earlier == null ? new String[0] : earlier.split(";"));

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.approvals()).filteredOn(a -> a.ruleId().value().equals("A1"))
                .hasSize(needed ? 1 : 0)
                .allSatisfy(a -> assertThat(a.level()).isEqualTo(ApproverLevel.LEADER_IN_CHARGE));
    }

    @Test
    void a1ReasonNamesTheCumulativeAmountBeforeAndWithTheContract() {
        // given
        ContractSigning signing = aContract(EXISTING, "1000.00", "3000.00");

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> assertThat(a.reason())
                .contains("calendar year 2025", "4000.00 CNY with this contract", "3000.00 CNY before it"));
    }

    @Test
    void a1ContractsOfThePreviousCalendarYearDoNotCount() {
        // given: 3,999.99 CNY signed on the last day of 2024, 100 CNY on the first day of 2025
        ContractSigning signing = ContractSigning.of("HT-2025-0001", EXISTING, Money.cny("100.00"),
                LocalDate.of(2025, 1, 1), List.of(EarlierContract.of("HT-2024-0999", "3999.99", LocalDate.of(2024, 12, 31))));

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.approvals()).isEmpty();
    }

    @Test
    void a1ContractsOnTheFirstDayOfTheYearCount() {
        // given
        ContractSigning signing = ContractSigning.of("HT-2025-0002", EXISTING, Money.cny("100.00"),
                LocalDate.of(2025, 12, 31), List.of(EarlierContract.of("HT-2025-0001", "3900.00", LocalDate.of(2025, 1, 1))));

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.needsApprovalFrom(ApproverLevel.LEADER_IN_CHARGE)).isTrue();
    }

    @Test
    void a1SignedWithTheApprovalOfTheLeaderInChargeIsReportedAsApproved() {
        // given
        ContractSigning signing = aContract(EXISTING, "4000.00");

        // when
        List<Finding> findings = approvals().check(signing, List.of(approvedBy(signing, ApproverLevel.LEADER_IN_CHARGE)), List.of());

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A1");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
    }

    @ParameterizedTest
    @EnumSource(value = ApproverLevel.class, names = "LEADER_IN_CHARGE", mode = EnumSource.Mode.EXCLUDE)
    void a1ApprovalFromAnyOtherLevelDoesNotCount(ApproverLevel wrong) {
        // given
        ContractSigning signing = aContract(EXISTING, "4000.00");

        // when
        List<Finding> findings = approvals().check(signing, List.of(approvedBy(signing, wrong)), List.of());

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A1");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsValue("wrong level " + wrong + " (EMP-" + wrong.ordinal() + ")");
        });
    }

    @Test
    void a1ApprovalGivenAfterSigningDoesNotCountButOneOnTheSigningDayDoes() {
        // given
        ContractSigning signing = aContract(EXISTING, "4000.00");
        Approval late = Approval.of(signing, ApproverLevel.LEADER_IN_CHARGE, "EMP-1", DAY.plusDays(1));
        Approval sameDay = Approval.of(signing, ApproverLevel.LEADER_IN_CHARGE, "EMP-1", DAY);

        // when
        List<Finding> withLate = approvals().check(signing, List.of(late), List.of());
        List<Finding> withSameDay = approvals().check(signing, List.of(sameDay), List.of());

        // then
        assertThat(withLate).singleElement().satisfies(f -> {
            assertThat(f.isViolation()).isTrue();
            assertThat(f.evidence()).containsValue("given on " + DAY.plusDays(1) + ", after the act (EMP-1)");
        });
        assertThat(withSameDay).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void a1ApprovalOfAnotherContractDoesNotCount() {
        // given
        ContractSigning signing = aContract(EXISTING, "4000.00");
        Approval other = new Approval("EMP-1", ApproverLevel.LEADER_IN_CHARGE, DAY, "HT-OTHER", signing.kind());

        // when
        List<Finding> findings = approvals().check(signing, List.of(other), List.of());

        // then
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.isViolation()).isTrue();
            assertThat(f.message()).contains("without the approval of LEADER_IN_CHARGE");
        });
    }

    // ---------------------------------------------------------------- A2

    @ParameterizedTest(name = "[{index}] first contract of {0} -> documents required {1}")
    @CsvSource({"2999.99, false", "3000.00, true", "3000.01, true", "0.00, false"})
    void a2NewCustomersFirstContractOf3000NeedsTheFiveQualificationDocuments(String amount, boolean required) {
        // given
        ContractSigning signing = aContract(NEW, amount);

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.documentsRequired()).isEqualTo(required ? List.of(QualificationDocument.values()) : List.of());
        assertThat(plan.documentsMissing()).isEqualTo(plan.documentsRequired());
        assertThat(plan.isPermitted()).isEqualTo(!required);
    }

    @Test
    void a2AContractAfterEarlierContractsNeedsNoDocuments() {
        // given
        ContractSigning signing = ContractSigning.of("HT-2025-0042", NEW, Money.cny("3000.00"), DAY,
                List.of(EarlierContract.of("HT-2025-0010", "10.00", LocalDate.of(2025, 10, 1))));

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.documentsRequired()).isEmpty();
    }

    @Test
    void a2ACustomerWhoseFileShowsAnEarlierFirstContractIsNotNew() {
        // given: the file says the first contract was in 2020, though the host passes no earlier contracts
        ContractSigning signing = aContract(EXISTING, "3000.00");

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.documentsRequired()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(QualificationDocument.class)
    void a2SigningWithoutOneDocumentIsAViolationNamingIt(QualificationDocument absent) {
        // given
        ContractSigning signing = aContract(NEW, "3000.00");
        List<DocumentOnFile> onFile = allDocuments(NEW.id()).stream().filter(d -> d.document() != absent).toList();

        // when
        ApprovalPlan plan = approvals().plan(signing, onFile);
        List<Finding> findings = approvals().check(signing, List.of(), onFile);

        // then
        assertThat(plan.documentsMissing()).containsExactly(absent);
        assertThat(plan.isPermitted()).isFalse();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId().value()).isEqualTo("A2");
            assertThat(f.isViolation()).isTrue();
            assertThat(f.message()).contains(absent.name());
            assertThat(f.evidence()).containsEntry("document", absent.name());
        });
    }

    @Test
    void a2SigningWithAllFiveDocumentsOnFileIsInOrder() {
        // given
        ContractSigning signing = aContract(NEW, "3000.00");

        // when
        ApprovalPlan plan = approvals().plan(signing, allDocuments(NEW.id()));
        List<Finding> findings = approvals().check(signing, List.of(), allDocuments(NEW.id()));

        // then
        assertThat(plan.documentsMissing()).isEmpty();
        assertThat(plan.isPermitted()).isTrue();
        assertThat(findings).isEmpty();
    }

    @Test
    void a2ADocumentReceivedAfterSigningDoesNotCountButOneReceivedThatDayDoes() {
        // given
        ContractSigning signing = aContract(NEW, "3000.00");
        List<DocumentOnFile> onFile = new ArrayList<>(allDocuments(NEW.id()).subList(0, 3));
        onFile.add(new DocumentOnFile(NEW.id(), QualificationDocument.ORGANISATION_CODE_CERTIFICATE, DAY));
        onFile.add(new DocumentOnFile(NEW.id(), QualificationDocument.BANK_ACCOUNT_OPENING_PERMIT, DAY.plusDays(1)));

        // when
        List<Finding> findings = approvals().check(signing, List.of(), onFile);

        // then
        assertThat(findings).extracting(f -> f.evidence().get("document"))
                .containsExactly(QualificationDocument.BANK_ACCOUNT_OPENING_PERMIT.name());
    }

    @Test
    void a2DocumentsOfAnotherCustomerDoNotCount() {
        // given
        ContractSigning signing = aContract(NEW, "3000.00");

        // when
        List<Finding> findings = approvals().check(signing, List.of(), allDocuments(EXISTING.id()));

        // then
        assertThat(findings).hasSize(5).allMatch(f -> f.ruleId().value().equals("A2") && f.isViolation());
    }

    @Test
    void a1AndA2BothApplyToALargeFirstContract() {
        // given
        ContractSigning signing = aContract(NEW, "5000.00");

        // when
        ApprovalPlan plan = approvals().plan(signing);

        // then
        assertThat(plan.approvals()).extracting(a -> a.ruleId().value()).containsExactly("A1");
        assertThat(plan.documentsMissing()).hasSize(5);
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void aNegativeAmountIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> Money.cny("-0.01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount = -0.01 CNY is negative; an amount must be 0 or more");
    }

    @Test
    void anUnknownCurrencyIsRefusedNamingIt() {
        assertThatThrownBy(() -> Money.of("100", "XYZ"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency = 'XYZ' is not an ISO 4217 currency code; crm-policy amounts are in CNY");
    }

    @Test
    void aContractInAnotherCurrencyIsRefusedNamingTheContractAndCurrency() {
        assertThatThrownBy(() -> ContractSigning.first("HT-9", NEW, Money.of("100.00", "USD"), DAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract HT-9 amount = 100.00 USD: currency USD is not accepted; the policy's amounts are in CNY");
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefused() {
        assertThatThrownBy(() -> Money.cny("10.001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount = 10.001 CNY has more than 2 decimal places");
    }

    @Test
    void aContractDatedBeforeTheCustomerExistedIsRefused() {
        assertThatThrownBy(() -> ContractSigning.first("HT-9", NEW, Money.cny("100"), LocalDate.of(2025, 8, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contract HT-9 signedOn = 2025-08-31 is before customer C-200 since = 2025-09-01; "
                        + "the customer did not exist yet");
    }

    @Test
    void aContractOnTheCustomersFirstDayIsAccepted() {
        // when
        ContractSigning signing = ContractSigning.first("HT-9", NEW, Money.cny("100"), LocalDate.of(2025, 9, 1));

        // then
        assertThat(approvals().plan(signing).approvals()).isEmpty();
    }

    @Test
    void anEarlierContractDatedBeforeTheCustomerExistedOrAfterThisOneIsRefused() {
        assertThatThrownBy(() -> ContractSigning.of("HT-9", NEW, Money.cny("100"), DAY,
                List.of(EarlierContract.of("HT-1", "10", LocalDate.of(2025, 1, 5)))))
                .hasMessage("contract HT-9 earlierContracts: HT-1 signedOn = 2025-01-05 is before customer C-200 "
                        + "since = 2025-09-01; the customer did not exist yet");
        assertThatThrownBy(() -> ContractSigning.of("HT-9", NEW, Money.cny("100"), DAY,
                List.of(EarlierContract.of("HT-1", "10", DAY.plusDays(1)))))
                .hasMessage("contract HT-9 earlierContracts: HT-1 signedOn = 2025-11-25 is after this contract's "
                        + "signedOn = 2025-11-24");
    }

    @Test
    void anInvalidCustomerIsRefusedWithEveryBadFieldNamedAndPersonalDataMasked() {
        // given
        Customer broken = NEW.toBuilder().province(" ")
                .contactPerson(new ContactPerson("李娜", "经理", "call me", "li.na@example.cn", null)).build();
        ContractSigning signing = ContractSigning.first("HT-9", broken, Money.cny("100"), DAY);

        // then
        assertThatThrownBy(() -> approvals().plan(signing))
                .isInstanceOf(InvalidFactException.class)
                .hasMessageStartingWith("contract HT-9 customer C-200 is invalid: ")
                .hasMessageContaining("province")
                .hasMessageContaining("contactPersons[0].phone = ***")
                .hasMessageNotContaining("call me");
    }

    @Test
    void aMissingActionIsRefused() {
        assertThatThrownBy(() -> approvals().plan(null))
                .isInstanceOf(NullPointerException.class).hasMessage("action must not be null");
    }
}
