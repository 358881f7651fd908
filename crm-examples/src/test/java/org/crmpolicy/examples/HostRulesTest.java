package org.crmpolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.testkit.ApprovalsArea.approvals;
import static org.crmpolicy.testkit.TiersArea.tiers;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerBuilder;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.ValueAssessment;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.lint.RuleLint;
import org.crmpolicy.testkit.PolicyScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked example of docs/rule-authoring.md: the host directory {@code host-rules/}, proven with the test kit. */
class HostRulesTest {

    private static final Path HOST_RULES = Path.of("host-rules");
    private static final CrmPolicy HOST = CrmPolicy.builder().ruleDirectory(HOST_RULES).build();
    private static final CrmPolicy SHIPPED = CrmPolicy.standard();

    private static CustomerBuilder aCustomerDoing(String id, String annualVolume) {
        return Customer.builder(CustomerId.of(id), "客户 " + id)
                .contractStatus(ContractStatus.ACTIVE)
                .categories(CustomerCategory.OTHER)
                .annualVolume(annualVolume)
                .creditRating(CreditRating.A)
                .accountManagerId("AM-1")
                .province("四川")
                .since(LocalDate.of(2020, 1, 1))
                .valueAssessment(new ValueAssessment(3, 3, 3, 3, 3, LocalDate.of(2025, 10, 1), "SALES_DEPARTMENT"));
    }

    @Test
    void theHostDirectoryPassesTheLint() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = RuleLint.run(new String[] {"--strict", HOST_RULES.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(RuleLint.OK);
    }

    @Test
    void theLintListsTheA1RowTheBusinessUsersTableSets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        RuleLint.run(new String[] {HOST_RULES.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("thresholds.csv:2:A: table row replaces shipped rule"
                + " \"A1 Table: the cumulative contract amount in the window from which the sales-contract approval"
                + " applies\" (approvals-table.drl:");
    }

    @ParameterizedTest(name = "annual volume {0} CNY: company rule T3 matches = {1}, tier {2}")
    @CsvSource({
            "4999999.99, false, GENERAL",
            "5000000.00, true,  KEY",
    })
    void aUnitDoing5MillionOrMoreIsAKeyCustomerInThisCompany(String volume, boolean companyRule, Tier tier) {
        var customer = PolicyScenario.of(HOST).given(aCustomerDoing("C-1", volume).build()).asOf("2025-11-24")
                .then(tiers()).customer("C-1").isIn(tier);

        if (companyRule) {
            customer.matched("T3", "company's key-customer volume 5000000 CNY");
        } else {
            customer.didNotMatch("T3");
        }
    }

    @ParameterizedTest(name = "annual volume {0} CNY: low volume in this company = {1}")
    @CsvSource({
            "150000.00,  true",
            "199999.99,  true",
            "200000.00,  false",
    })
    void theLowVolumeBoundIs200000InThisCompany(String volume, boolean lowVolume) {
        var host = PolicyScenario.of(HOST).given(aCustomerDoing("C-1", volume).build()).asOf("2025-11-24")
                .then(tiers()).customer("C-1").isIn(Tier.GENERAL);

        if (lowVolume) {
            host.matched("T4", "below the low-volume bound 200000 CNY");
        } else {
            host.matched("T4", "no other criterion matched");
        }
    }

    @Test
    void theShippedPolicyStillUsesItsOwnBound() {
        PolicyScenario.of(SHIPPED).given(aCustomerDoing("C-1", "150000.00").build()).asOf("2025-11-24")
                .then(tiers()).customer("C-1").isIn(Tier.GENERAL).matched("T4", "no other criterion matched");
    }

    @Test
    void theProspectReportIsSwitchedOffInThisCompanyOnly() {
        Customer prospect = Customer.builder(CustomerId.of("P-1"), "潜在客户").contractStatus(ContractStatus.NONE).province("四川")
                .since(LocalDate.of(2025, 1, 1)).build();

        PolicyScenario.of(HOST).given(prospect).asOf("2025-11-24").then(tiers())
                .customer("P-1").isIn(Tier.RESERVE).hasNoFinding("T5");
        PolicyScenario.of(SHIPPED).given(prospect).asOf("2025-11-24").then(tiers())
                .customer("P-1").isIn(Tier.RESERVE).hasFinding("T5", Severity.INFO);
    }

    /** A contract of {@code amount} CNY on 2025-11-24 after 1,000.00 CNY signed earlier this year. */
    private static ContractSigning aContractBringingTheYearTo(String total) {
        Customer customer = aCustomerDoing("C-1", "250000.00").build();
        java.math.BigDecimal amount = new java.math.BigDecimal(total).subtract(new java.math.BigDecimal("1000.00"));
        return ContractSigning.of("HT-1", customer, Money.cny(amount.toPlainString()), LocalDate.of(2025, 11, 24),
                List.of(EarlierContract.of("HT-0", "1000.00", LocalDate.of(2025, 3, 1))));
    }

    @ParameterizedTest(name = "cumulative {0} CNY this year: A1 approval in this company = {1}, in the shipped policy = {2}")
    @CsvSource({
            "3999.99, false, false",
            "4000.00, false, true",
            "4999.99, false, true",
            "5000.00, true,  true",
    })
    void theSalesContractApprovalAppliesFrom5000InThisCompany(String cumulative, boolean host, boolean shipped) {
        ApproverLevel level = ApproverLevel.valueOf(HOST.parameters().text("A1.approver-level"));
        ContractSigning contract = aContractBringingTheYearTo(cumulative);

        var inThisCompany = PolicyScenario.of(HOST).given(contract).asOf("2025-11-24").then(approvals()).action("HT-1");
        var asShipped = PolicyScenario.of(SHIPPED).given(contract).asOf("2025-11-24").then(approvals()).action("HT-1");

        if (host) {
            inThisCompany.needsApproval("A1", level);
        } else {
            inThisCompany.needsNoApproval("A1");
        }
        if (shipped) {
            asShipped.needsApproval("A1", level);
        } else {
            asShipped.needsNoApproval("A1");
        }
    }

    @Test
    void theCatalogueShowsWhereEachRuleComesFrom() {
        assertThat(HOST.catalogue().rules()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("T3 A unit doing 5,000,000 CNY or more business a year is a key customer");
            assertThat(r.file()).isEqualTo("company.drl");
        });
        assertThat(HOST.catalogue().rules()).noneMatch(r -> r.name().startsWith("T5 A prospect with neither"));
    }

    @Test
    void theA1RowIsTheOnlyApprovalRuleTheHostChangesEveryOtherShippedARuleStillApplies() {
        // the A1 row comes from the business user's decision table host-rules/thresholds.csv
        var hostA = HOST.catalogue().rules().stream().filter(r -> r.name().startsWith("A")).toList();
        var shippedA = SHIPPED.catalogue().rules().stream().filter(r -> r.name().startsWith("A")).toList();

        List<String> host = hostA.stream().map(r -> r.name() + " @ " + r.file()).toList();
        List<String> shipped = shippedA.stream().map(r -> r.name() + " @ " + r.file()).toList();
        String row = "A1 Table: the cumulative contract amount in the window from which the sales-contract approval "
                + "applies";

        assertThat(host).filteredOn(r -> !shipped.contains(r)).containsExactly(row + " @ thresholds.csv");
        assertThat(shipped).filteredOn(r -> !host.contains(r)).containsExactly(row + " @ approvals-table.drl");
    }

    @ParameterizedTest(name = "first contract of {0} CNY: A2 documents required in this company = {1}")
    @CsvSource({"2999.99, false", "3000.00, true"})
    void theA2RowIsStillTheShippedOneInThisCompany(String amount, boolean required) {
        Customer customer = aCustomerDoing("C-2", "250000.00").build();
        ContractSigning first = ContractSigning.first("HT-2", customer, Money.cny(amount), LocalDate.of(2025, 11, 24));

        var plan = PolicyScenario.of(HOST).given(first).asOf("2025-11-24").then(approvals()).action("HT-2").plan();

        assertThat(plan.documentsRequired()).as(plan.toString()).hasSize(required ? 5 : 0);
    }
}
