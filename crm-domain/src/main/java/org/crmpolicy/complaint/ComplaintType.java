package org.crmpolicy.complaint;

/** What a complaint is about, determined at registration (P2); decides its routing (P3). */
public enum ComplaintType {
    /** A defect of the product: accepted by the quality supervision department (P3). */
    PRODUCT_QUALITY,
    /** The way a service was provided. */
    SERVICE,
    /** Late, short or wrong delivery. */
    DELIVERY,
    /** Price, invoice or payment. */
    COMMERCIAL,
    /** Anything else. */
    OTHER
}
