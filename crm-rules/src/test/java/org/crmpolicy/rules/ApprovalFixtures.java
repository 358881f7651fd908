package org.crmpolicy.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.DocumentOnFile;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.HostAction;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.approvals.Approvals;

/** Fixture factories for the approvals and customer-information specifications. */
public final class ApprovalFixtures {

    /** Monday 2025-11-24, the day most acts in these tests happen. */
    public static final LocalDate DAY = LocalDate.of(2025, 11, 24);

    private ApprovalFixtures() {
    }

    /** The shared policy (compiled once for all test classes). */
    public static Approvals approvals() {
        return Fixtures.policy().approvals();
    }

    /** An existing customer, in the records since 2020, with a contact person carrying personal data. */
    public static Customer anExistingCustomer(String id) {
        return Fixtures.aKeyCustomer(id).contactPerson(Fixtures.zhangWei()).build();
    }

    /** A customer new this year, with no contract yet. */
    public static Customer aNewCustomer(String id) {
        return Fixtures.aKeyCustomer(id).since(LocalDate.of(2025, 9, 1)).firstContractDate(null).build();
    }

    /** A contract of {@code amount} CNY signed on {@link #DAY} after {@code earlier} amounts signed earlier this year. */
    public static ContractSigning aContract(Customer customer, String amount, String... earlier) {
        EarlierContract[] list = new EarlierContract[earlier.length];
        for (int i = 0; i < earlier.length; i++) {
            list[i] = EarlierContract.of("HT-2025-E" + i, earlier[i], LocalDate.of(2025, 3, 1).plusDays(i));
        }
        return ContractSigning.of("HT-2025-0042", customer, Money.cny(amount), DAY, Arrays.asList(list));
    }

    /** An approval of {@code act} by {@code level}, given the day before it. */
    public static Approval approvedBy(HostAction act, ApproverLevel level) {
        return Approval.of(act, level, "EMP-" + level.ordinal(), act.on().minusDays(1));
    }

    /** Every qualification document, on file since a month before {@link #DAY}. */
    public static List<DocumentOnFile> allDocuments(CustomerId customer) {
        return Arrays.stream(QualificationDocument.values())
                .map(d -> new DocumentOnFile(customer, d, DAY.minusMonths(1))).toList();
    }
}
