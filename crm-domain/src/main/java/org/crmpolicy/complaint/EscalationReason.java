package org.crmpolicy.complaint;

/** Why a complaint is escalated (P4). */
public enum EscalationReason {
    /** The claimed or first-estimated compensation reaches the large-claim bound. */
    LARGE_CLAIM,
    /** The complaint has a major social impact. */
    MAJOR_SOCIAL_IMPACT,
    /** The complaint became a lawsuit. */
    LITIGATION
}
