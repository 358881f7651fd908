package org.crmpolicy.rules.approvals;

import org.crmpolicy.approval.QualificationDocument;

/**
 * Inserted by an A2 classification rule: a required qualification document was not on file on the day of the act.
 *
 * @param ruleId    the rule that required it
 * @param subjectId the act
 * @param document  the document
 */
public record DocumentMissing(String ruleId, String subjectId, QualificationDocument document) {
}
