package org.crmpolicy.information;

import java.time.Instant;
import org.crmpolicy.approval.Evidence;

/**
 * The record of a destruction of customer information (I5): method, time, responsible person.
 *
 * @param destructionId       the destruction it records
 * @param method              how
 * @param at                  when
 * @param responsibleStaffId  who was responsible (a staff ID)
 */
public record DestructionRecord(String destructionId, DestructionMethod method, Instant at, String responsibleStaffId)
        implements Evidence {

    public DestructionRecord {
        Check.id(destructionId, "destruction record destructionId");
        Check.nonNull(method, "destruction record " + destructionId + " method");
        Check.nonNull(at, "destruction record " + destructionId + " at");
        Check.id(responsibleStaffId, "destruction record " + destructionId + " responsibleStaffId");
    }
}
