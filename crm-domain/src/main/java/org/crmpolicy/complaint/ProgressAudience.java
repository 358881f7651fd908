package org.crmpolicy.complaint;

/** Who a progress report went to (D7: both, at least twice per ISO week). */
public enum ProgressAudience {
    COMPETENT_DEPARTMENT,
    CUSTOMER
}
