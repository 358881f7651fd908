package org.crmpolicy.examples.erp;

import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;

/**
 * A finding together with the customer it belongs to, so the report can place it in the customer's tier even when
 * its subject is a complaint, a contract or an approval.
 *
 * @param customerId the customer, not {@code null}
 * @param finding    the finding, not {@code null}
 */
public record CustomerFinding(CustomerId customerId, Finding finding) {

    /**
     * The customer column of a company-wide finding ({@link CompanyAreaEvaluation}: a periodic report is the
     * company's duty, not a customer's). No customer of the ERP may have this ID.
     */
    public static final CustomerId COMPANY = CustomerId.of("COMPANY");

    /** A company-wide finding. */
    public static CustomerFinding ofCompany(Finding finding) {
        return new CustomerFinding(COMPANY, finding);
    }

    /** True when the finding belongs to the company, not to a customer. */
    public boolean isCompanyWide() {
        return COMPANY.equals(customerId);
    }

    public CustomerFinding {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(finding, "finding");
    }
}
