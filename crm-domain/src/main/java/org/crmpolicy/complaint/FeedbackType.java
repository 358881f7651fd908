package org.crmpolicy.complaint;

/** What kind of feedback a customer gave (P1). Only a {@link #COMPLAINT} starts a {@link Complaint}. */
public enum FeedbackType {
    /** A question: answered within the D1-D3 channel deadlines. */
    INQUIRY,
    /** Dissatisfaction that needs handling: the P2 complaint lifecycle. */
    COMPLAINT,
    /** An idea for improvement: recorded and passed on. */
    SUGGESTION
}
