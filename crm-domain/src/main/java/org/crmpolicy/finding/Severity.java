package org.crmpolicy.finding;

/** How serious a finding is. A host decides what to do with each level; the library only reports. */
public enum Severity {
    /** A fact worth knowing (a criterion that matched, a re-assessment coming up). Nothing is wrong. */
    INFO,
    /** Something will go wrong if nobody acts (an obligation at risk, data missing from a file). */
    WARNING,
    /** The policy was not followed (an obligation overdue, a contract signed without its documents). */
    VIOLATION
}
