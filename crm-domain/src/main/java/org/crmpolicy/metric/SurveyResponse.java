package org.crmpolicy.metric;

import java.time.Instant;
import java.util.Objects;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.customer.CustomerId;

/**
 * One customer's answer to a satisfaction survey (D11; 004 ch.7 §2), as the host recorded it: a CSAT score, an NPS
 * score, or both. The metrics count it in the period that contains {@code at}. Immutable.
 *
 * <pre>{@code
 * SurveyResponse.of(CustomerId.of("C-17"), at, 4, 9);     // satisfied, promoter
 * SurveyResponse.csat(CustomerId.of("C-18"), at, 3);      // CSAT only
 * }</pre>
 *
 * @param customerId who answered (the customer, not a person)
 * @param at         when the answer was given
 * @param csat       "how satisfied are you", 1 (very unsatisfied) to 5 (very satisfied), or {@code null} if not asked
 * @param nps        "how likely are you to recommend us", 0 to 10, or {@code null} if not asked
 * @throws IllegalArgumentException naming the field and value: a score out of range, or neither score given
 */
public record SurveyResponse(CustomerId customerId, Instant at, Integer csat, Integer nps) {

    public SurveyResponse {
        Objects.requireNonNull(customerId, "survey response customerId must not be null");
        Objects.requireNonNull(at, "survey response of customer " + customerId.value() + ": at must not be null");
        SupportedRange.requireInstant(at, "survey response of customer " + customerId.value() + " at");
        if (csat != null && (csat < 1 || csat > 5)) {
            throw new IllegalArgumentException("survey response of customer " + customerId.value() + ": csat = " + csat
                    + " must be 1 to 5 (or null when not asked)");
        }
        if (nps != null && (nps < 0 || nps > 10)) {
            throw new IllegalArgumentException("survey response of customer " + customerId.value() + ": nps = " + nps
                    + " must be 0 to 10 (or null when not asked)");
        }
        if (csat == null && nps == null) {
            throw new IllegalArgumentException("survey response of customer " + customerId.value()
                    + ": csat and nps are both null; an answer has at least one score");
        }
    }

    /** An answer with both scores. */
    public static SurveyResponse of(CustomerId customerId, Instant at, Integer csat, Integer nps) {
        return new SurveyResponse(customerId, at, csat, nps);
    }

    /** An answer with a CSAT score only. */
    public static SurveyResponse csat(CustomerId customerId, Instant at, int csat) {
        return new SurveyResponse(customerId, at, csat, null);
    }

    /** An answer with an NPS score only. */
    public static SurveyResponse nps(CustomerId customerId, Instant at, int nps) {
        return new SurveyResponse(customerId, at, null, nps);
    }
}
