package org.crmpolicy.complaint;

/** Whose responsibility a conflict was, as determined in the responsibility finding (P7, P11). */
public enum ResponsibilityKind {
    /** A fault: a rule or procedure was broken (过错). */
    FAULT,
    /** Subjective: a person's attitude or judgement (主观). */
    SUBJECTIVE,
    /** Objective: circumstances beyond the company's control (客观). */
    OBJECTIVE
}
