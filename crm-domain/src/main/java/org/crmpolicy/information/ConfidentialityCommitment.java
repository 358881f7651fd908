package org.crmpolicy.information;

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
        Check.id(staffId, "commitment staffId");
        Check.nonNull(signedOn, "commitment " + staffId + " signedOn");
    }
}
