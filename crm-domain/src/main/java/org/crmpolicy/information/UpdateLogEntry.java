package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.Instant;
import org.crmpolicy.approval.Evidence;

/**
 * The log entry of an update to customer information (I10): time, content, responsible person.
 *
 * @param updateId           the update it records
 * @param at                 when
 * @param content            what changed, in words; may describe personal data, so it is never printed
 * @param responsibleStaffId who was responsible (a staff ID)
 */
public record UpdateLogEntry(String updateId, Instant at, String content, String responsibleStaffId)
        implements Evidence {

    public UpdateLogEntry {
        Arguments.id(updateId, "update log updateId");
        Arguments.nonNull(at, "update log " + updateId + " at");
        Arguments.nonNull(content, "update log " + updateId + " content");
        if (content.isBlank()) {
            throw new IllegalArgumentException("update log " + updateId + " content is blank: say what changed");
        }
        Arguments.id(responsibleStaffId, "update log " + updateId + " responsibleStaffId");
    }

    /** The content is shown by length only (I3). */
    @Override
    public String toString() {
        return "UpdateLogEntry[updateId=" + updateId + ", at=" + at + ", content=(" + content.length()
                + " chars), responsibleStaffId=" + responsibleStaffId + "]";
    }
}
