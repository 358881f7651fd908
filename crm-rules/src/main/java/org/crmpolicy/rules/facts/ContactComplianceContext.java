package org.crmpolicy.rules.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.obligation.AssessmentContext;

/**
 * The "now" of one contact-compliance evaluation, inserted as a fact: both time axes (asOf, knownAt), the zone, the
 * role holdings and the work calendar (AT_RISK grace in working days, festival dates for C7, working days for C10).
 */
public record ContactComplianceContext(AssessmentContext assessment, WorkCalendar calendar) {

    public ContactComplianceContext {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(calendar, "calendar");
    }

    public Instant asOf() {
        return assessment.asOf();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(assessment.asOf(), assessment.zone());
    }
}
