package org.crmpolicy.rules.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.DocumentOnFile;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.ApprovalFixtures;
import org.crmpolicy.rules.approvals.Approvals;
import org.junit.jupiter.api.Test;

/** The contract-signing example of docs/approvals-and-information.md, run as written. */
class ContractSigningExampleTest {

    @Test
    void theDocumentedContractSigningExampleBehavesAsDocumented() {
        // given
        Approvals approvals = ApprovalFixtures.approvals();
        Customer customer = Customer.builder(CustomerId.of("C-200"), "成都某航空维修有限公司")
                .contractStatus(ContractStatus.NONE).since(LocalDate.of(2025, 9, 1)).province("四川").build();
        ContractSigning signing = ContractSigning.first("HT-2025-0042", customer, Money.cny("5000.00"),
                LocalDate.of(2025, 11, 24));
        List<DocumentOnFile> onFile = List.of(
                new DocumentOnFile(customer.id(), QualificationDocument.BUSINESS_LICENCE, LocalDate.of(2025, 11, 3)));

        // when
        ApprovalPlan plan = approvals.plan(signing, onFile);
        List<Finding> findings = approvals.check(signing,
                List.of(Approval.of(signing, ApproverLevel.COMPANY_LEADERSHIP, "EMP-0007", LocalDate.of(2025, 11, 21))),
                onFile);
        ApprovalPlan later = approvals.plan(ContractSigning.of("HT-2025-0050", customer, Money.cny("300.00"),
                LocalDate.of(2025, 12, 1), List.of(EarlierContract.of("HT-2025-0042", "5000.00", LocalDate.of(2025, 11, 24)))));

        // then
        assertThat(plan.approvals()).singleElement().satisfies(a -> {
            assertThat(a.ruleId().value()).isEqualTo("A1");
            assertThat(a.level()).isEqualTo(ApproverLevel.LEADER_IN_CHARGE);
            assertThat(a.reason()).startsWith("cumulative contract amount of customer C-200 in the calendar year 2025 is "
                    + "5000.00 CNY with this contract (0.00 CNY before it)");
        });
        assertThat(plan.documentsMissing()).containsExactly(QualificationDocument.ANNUAL_FINANCIAL_STATEMENTS,
                QualificationDocument.TAX_REGISTRATION_CERTIFICATE, QualificationDocument.ORGANISATION_CODE_CERTIFICATE,
                QualificationDocument.BANK_ACCOUNT_OPENING_PERMIT);
        assertThat(plan.isPermitted()).isFalse();
        assertThat(findings).hasSize(5).allMatch(Finding::isViolation);
        assertThat(findings.get(0).message()).startsWith("CONTRACT_SIGNING HT-2025-0042 on 2025-11-24 without the approval of LEADER_IN_CHARGE: ");
        assertThat(findings.get(0).evidence()).containsEntry("required", "[LEADER_IN_CHARGE]")
                .containsEntry("not counted 1", "wrong level COMPANY_LEADERSHIP (EMP-0007)");
        assertThat(findings.get(1).message()).isEqualTo("first contract of customer C-200 for 5000.00 CNY was signed on "
                + "2025-11-24 without the ANNUAL_FINANCIAL_STATEMENTS on file (003 §27(二))");
        assertThat(later.needsApprovalFrom(ApproverLevel.LEADER_IN_CHARGE)).isTrue();
        assertThat(later.documentsRequired()).isEmpty();
    }
}
