package org.crmpolicy.complaint;

/** How a conflict with the customer is settled (P7). */
public enum ResolutionMethod {
    NEGOTIATION,
    THIRD_PARTY_MEDIATION,
    ARBITRATION
}
