package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.LocalDate;
import org.crmpolicy.approval.Evidence;

/**
 * A member of staff's signed confidentiality commitment (保密承诺, I11): only staff with one may access customer
 * information.
 *
 * @param staffId  who signed
 * @param signedOn when
 */
public record ConfidentialityCommitment(String staffId, LocalDate signedOn) implements Evidence {

    public ConfidentialityCommitment {
        Arguments.id(staffId, "commitment staffId");
        Arguments.nonNull(signedOn, "commitment " + staffId + " signedOn");
    }
}
