package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;

/**
 * A document that must be on file before an act (A2).
 *
 * @param ruleId     the catalogue rule that requires it
 * @param subjectId  the act
 * @param customerId whose document
 * @param document   which document
 */
public record RequiredDocument(RuleId ruleId, String subjectId, CustomerId customerId, QualificationDocument document) {

    public RequiredDocument {
        Arguments.nonNull(ruleId, "required document ruleId");
        Arguments.nonNull(subjectId, "required document subjectId");
        Arguments.nonNull(customerId, "required document customerId");
        Arguments.nonNull(document, "required document");
    }

    /** A document required under {@code ruleId} for the act {@code subjectId}. */
    public static RequiredDocument of(String ruleId, String subjectId, CustomerId customerId, QualificationDocument d) {
        return new RequiredDocument(RuleId.of(ruleId), subjectId, customerId, d);
    }
}
