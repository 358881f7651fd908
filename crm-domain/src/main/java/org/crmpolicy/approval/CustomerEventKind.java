package org.crmpolicy.approval;

/** The customer events of A5 (003 §15(三)). */
public enum CustomerEventKind {
    /** 装置投产 — commissioning of a plant. */
    PLANT_COMMISSIONING,
    /** 产品下线 — a product's launch off the line. */
    PRODUCT_LAUNCH,
    /** 成立周年庆典 — anniversary celebration. */
    ANNIVERSARY,
    /** another major event of the customer. */
    OTHER_MAJOR_EVENT
}
