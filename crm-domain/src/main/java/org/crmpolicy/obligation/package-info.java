/**
 * Contact obligations (C1–C11, R1–R6): the requirement value ({@link org.crmpolicy.obligation.ContactObligation}),
 * the periods it counts over ({@link org.crmpolicy.obligation.PeriodKind}), its status as of an instant with the
 * explanation ({@link org.crmpolicy.obligation.ObligationStatus}), and the portfolio report
 * ({@link org.crmpolicy.obligation.ComplianceReport}). Pure Java values, immutable and thread-safe.
 */
package org.crmpolicy.obligation;
