package org.crmpolicy.approval;

import java.time.LocalDate;

/**
 * An act a host is about to do, or did, and asks the policy about: sign a contract, grant a preferential policy,
 * receive a visitor, use or destroy customer information. The policy answers before the act with an
 * {@link ApprovalPlan} and after it with findings.
 *
 * <p>Implementations are immutable records that validate their fields on construction and print no personal data.
 */
public interface HostAction {

    /** What the act is about and what approvals name: a contract number, a visit number; never personal data. */
    String subjectId();

    /** The kind of act, as approvals name it. */
    ActionKind kind();

    /** The day the act happens (or happened); an approval counts only when given on or before it. */
    LocalDate on();
}
