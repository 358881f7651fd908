package org.crmpolicy.approval;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;

/**
 * An approval given: who gave it, at which level, when, and for which act. It counts for a requirement only when
 * the level is one the requirement accepts, it names the same subject and kind of act, and it was given on or before
 * the day of the act.
 *
 * @param approverId the approver's staff or body ID (not a person's name: I3)
 * @param level      the level the approver acted at
 * @param approvedOn the day it was given
 * @param subjectId  the subject of the act it approves ({@link HostAction#subjectId()})
 * @param action     the kind of act it approves
 */
public record Approval(String approverId, ApproverLevel level, LocalDate approvedOn, String subjectId,
                       ActionKind action) {

    public Approval {
        Arguments.id(approverId, "approval approverId");
        Arguments.nonNull(level, "approval level");
        Arguments.nonNull(approvedOn, "approval approvedOn");
        Arguments.id(subjectId, "approval subjectId");
        Arguments.nonNull(action, "approval action");
    }

    /** An approval of {@code act} by {@code level}. */
    public static Approval of(HostAction act, ApproverLevel level, String approverId, LocalDate approvedOn) {
        Arguments.nonNull(act, "act");
        return new Approval(approverId, level, approvedOn, act.subjectId(), act.kind());
    }

    /** True when this approval is about {@code act} (same subject and kind), whatever its level and date. */
    public boolean isFor(HostAction act) {
        return subjectId.equals(act.subjectId()) && action == act.kind();
    }
}
