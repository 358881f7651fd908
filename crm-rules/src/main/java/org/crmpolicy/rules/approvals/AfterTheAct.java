package org.crmpolicy.rules.approvals;

/**
 * Inserted by the approvals façade when it checks an act that already happened ({@code Approvals.check}); rules
 * that judge records kept afterwards (A2 documents at signing, I4/I5/I10 logs, I9 breach handling) require it.
 *
 * @param subjectId the act checked
 */
public record AfterTheAct(String subjectId) {
}
