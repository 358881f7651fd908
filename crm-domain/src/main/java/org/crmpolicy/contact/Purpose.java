package org.crmpolicy.contact;

/** Why a contact was made. Obligations that ask for a purpose (a revisit, a care greeting) count only those. */
public enum Purpose {
    /** Day-to-day communication (003 §14). */
    ROUTINE,
    /** A follow-up revisit (回访, C5, C6, R1–R4). */
    REVISIT,
    /** A care greeting on a holiday, birthday or anniversary (C7). */
    CARE,
    /** An ordering conference or exchange meeting (C8). */
    EXCHANGE,
    /** A technical exchange with a user customer (C8). */
    TECHNICAL_EXCHANGE,
    /** A follow-up on a complaint: counts as a revisit (R1). */
    COMPLAINT_FOLLOW_UP,
    /** An invitation to visit the factory (C11). */
    FACTORY_VISIT_INVITATION,
    /** Information published to and discussed with customers online (C10). */
    ONLINE_INFORMATION,
    /** Internal: a key-customer communication report to the marketing department (C9). */
    KEY_CUSTOMER_REPORT,
    /** Internal: the quarterly revisit evaluation report of the sales department (R6). */
    REVISIT_EVALUATION_REPORT
}
