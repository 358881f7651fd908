package org.crmpolicy.customer;

/** The units that assess and tier customers (T10; 003 §12(二)). */
public enum AssessingUnit {
    SALES_DEPARTMENT,
    FINANCE_DEPARTMENT,
    TECHNOLOGY_CENTRE,
    ENTERPRISE_MANAGEMENT,
    BUSINESS_UNIT
}
