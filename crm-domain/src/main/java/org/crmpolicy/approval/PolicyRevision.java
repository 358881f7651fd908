package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;

/**
 * A revision of the customer-relationship policy (the rule set), proposed by a department (A8).
 *
 * @param revisionId the host's number for the revision
 * @param proposedBy the department that proposes it
 * @param on         the day it takes effect
 */
public record PolicyRevision(String revisionId, ApproverLevel proposedBy, LocalDate on) implements HostAction {

    public PolicyRevision {
        Arguments.id(revisionId, "revisionId");
        Arguments.nonNull(proposedBy, "revision " + revisionId + " proposedBy");
        Arguments.nonNull(on, "revision " + revisionId + " on");
    }

    @Override
    public String subjectId() {
        return revisionId;
    }

    @Override
    public ActionKind kind() {
        return ActionKind.POLICY_REVISION;
    }
}
