package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.Instant;
import org.crmpolicy.finding.RuleId;

/**
 * Something to arrange for an act: who meets the visitor, who chairs the meeting, who notifies the customers.
 *
 * @param ruleId    the catalogue rule that asks for it
 * @param subjectId the act it belongs to
 * @param task      what to do
 * @param by        who does it
 * @param detail    a sentence with the particulars (never personal data)
 * @param due       by when, or {@code null} when the rule sets no deadline
 */
public record Arrangement(RuleId ruleId, String subjectId, ArrangementTask task, Party by, String detail, Instant due) {

    public Arrangement {
        Arguments.nonNull(ruleId, "arrangement ruleId");
        Arguments.nonNull(subjectId, "arrangement subjectId");
        Arguments.nonNull(task, "arrangement task");
        Arguments.nonNull(by, "arrangement by");
        Arguments.nonNull(detail, "arrangement detail");
    }

    /** An arrangement without a deadline. */
    public static Arrangement of(String ruleId, String subjectId, ArrangementTask task, Party by, String detail) {
        return new Arrangement(RuleId.of(ruleId), subjectId, task, by, detail, null);
    }

    /** A copy with a deadline. */
    public Arrangement withDue(Instant by) {
        return new Arrangement(ruleId, subjectId, task, this.by, detail, by);
    }
}
