package org.crmpolicy.rules;

import java.time.Instant;
import java.time.LocalDate;
import org.crmpolicy.customer.ContactPerson;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditRating;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerBuilder;
import org.crmpolicy.customer.CustomerCategory;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.JointDevelopment;
import org.crmpolicy.customer.ValueAssessment;

/** Fixture factories shared by the specification tests. */
public final class Fixtures {

    /** Monday 2025-11-24 10:00 in Asia/Shanghai. */
    public static final Instant AS_OF = Instant.parse("2025-11-24T02:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2025, 11, 24);

    /** One shared policy for all tests: compiling the rule base takes seconds. */
    private static CrmPolicy policy;

    private Fixtures() {
    }

    public static synchronized CrmPolicy policy() {
        if (policy == null) {
            policy = CrmPolicy.standard();
        }
        return policy;
    }

    /** A customer under contract with an account manager, a passing rating and a current assessment, of no named kind. */
    public static CustomerBuilder aContractedCustomer(String id) {
        return Customer.builder(CustomerId.of(id), "客户 " + id)
                .contractStatus(ContractStatus.ACTIVE)
                .annualVolume("250000.00")
                .categories(CustomerCategory.OTHER)
                .creditRating(CreditRating.A)
                .accountManagerId("AM-7")
                .province("四川")
                .since(LocalDate.of(2020, 3, 1))
                .firstContractDate(LocalDate.of(2020, 4, 1))
                .valueAssessment(anAssessment(TODAY.minusMonths(2)));
    }

    public static CustomerBuilder aKeyCustomer(String id) {
        return aContractedCustomer(id).categories(CustomerCategory.LISTED_COMPANY);
    }

    public static CustomerBuilder aStrategicPartner(String id) {
        return aContractedCustomer(id).categories(CustomerCategory.AVIATION_OEM)
                .jointDevelopment(new JointDevelopment("联合研制项目 JD-2023-04", LocalDate.of(2023, 5, 1)));
    }

    public static CustomerBuilder aGeneralCustomer(String id) {
        return aContractedCustomer(id).categories(CustomerCategory.SMALL_PRIVATE_COMPANY).annualVolume("30000");
    }

    public static CustomerBuilder aProspect(String id) {
        return Customer.builder(CustomerId.of(id), "潜在客户 " + id).contractStatus(ContractStatus.NONE).province("四川").since(LocalDate.of(2025, 1, 1));
    }

    /**
     * A middling assessment (17/25, value score 3.4 with the default weights): below the T6 key bound, so it lifts no
     * customer above the tier its kind gives it. {@link ValueAssessmentTierTest} specifies the scores that do.
     */
    public static ValueAssessment anAssessment(LocalDate on) {
        return new ValueAssessment(3, 4, 3, 3, 4, on, "SALES_DEPARTMENT");
    }

    /** A contact person whose personal data tests search for in logs and messages. */
    public static ContactPerson zhangWei() {
        return new ContactPerson("张伟", "采购部经理", "13812345678", "zhang.wei@example.cn", LocalDate.of(1980, 6, 15));
    }
}
