package org.crmpolicy.information;

/**
 * Why customer information is collected or used (A9, I6, I8). Which purposes are allowed business purposes is
 * policy, stated in {@code customer-information.drl}.
 */
public enum DataUsePurpose {
    CONTRACT_REVIEW,
    ORDER_FULFILMENT,
    CUSTOMER_SERVICE,
    COMPLAINT_HANDLING,
    REVISIT,
    CUSTOMER_CARE,
    CREDIT_ASSESSMENT,
    BILLING,
    /** Advertising or marketing outside the business relationship: not a business purpose (I6). */
    ADVERTISING,
    /** Business competition (商业竞争): not a business purpose (I6). */
    COMPETITION,
    /** Passing the data to a third party: refused (I6). */
    THIRD_PARTY_DISCLOSURE
}
