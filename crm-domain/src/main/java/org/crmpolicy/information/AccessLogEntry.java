package org.crmpolicy.information;

import org.crmpolicy.internal.Arguments;

import java.time.Instant;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.customer.CustomerId;

/**
 * The record of a use of customer information (A9, I4): who, when, for what purpose, with what result.
 *
 * @param useId      the use it records
 * @param customerId whose information
 * @param staffId    who used it
 * @param at         when
 * @param purpose    why
 * @param result     the outcome in a few words (e.g. "contract reviewed"); never personal data
 */
public record AccessLogEntry(String useId, CustomerId customerId, String staffId, Instant at, DataUsePurpose purpose,
                             String result) implements Evidence {

    public AccessLogEntry {
        Arguments.id(useId, "access log useId");
        Arguments.nonNull(customerId, "access log " + useId + " customerId");
        Arguments.id(staffId, "access log " + useId + " staffId");
        Arguments.nonNull(at, "access log " + useId + " at");
        Arguments.nonNull(purpose, "access log " + useId + " purpose");
        Arguments.nonNull(result, "access log " + useId + " result");
    }

    /** The result text is shown by length only: a host might have put personal data in it. */
    @Override
    public String toString() {
        return "AccessLogEntry[useId=" + useId + ", customerId=" + customerId + ", staffId=" + staffId + ", at=" + at
                + ", purpose=" + purpose + ", result=(" + result.length() + " chars)]";
    }
}
