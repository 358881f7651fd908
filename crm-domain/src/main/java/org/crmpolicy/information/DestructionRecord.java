package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

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
        Arguments.id(destructionId, "destruction record destructionId");
        Arguments.nonNull(method, "destruction record " + destructionId + " method");
        Arguments.nonNull(at, "destruction record " + destructionId + " at");
        Arguments.id(responsibleStaffId, "destruction record " + destructionId + " responsibleStaffId");
    }
}
