package org.crmpolicy.approval;

/**
 * The customer's legal qualification documents that A2 requires before a new customer's first contract of 3,000 CNY
 * or more (003 §27(二)).
 */
public enum QualificationDocument {
    /** 近期年度财务报表 — recent annual financial statements. */
    ANNUAL_FINANCIAL_STATEMENTS,
    /** 营业执照 — business licence. */
    BUSINESS_LICENCE,
    /** 税务登记证 — tax registration certificate. */
    TAX_REGISTRATION_CERTIFICATE,
    /** 组织机构代码证 — organisation code certificate. */
    ORGANISATION_CODE_CERTIFICATE,
    /** 银行开户许可证 — bank account opening permit. */
    BANK_ACCOUNT_OPENING_PERMIT
}
