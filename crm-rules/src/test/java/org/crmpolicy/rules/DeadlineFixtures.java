package org.crmpolicy.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import org.crmpolicy.calendar.BusinessHours;
import org.crmpolicy.calendar.WorkCalendar;

/** Fixtures for the deadline specifications: shared policies (compiling the rule base takes seconds) and time helpers. */
final class DeadlineFixtures {

    private static CrmPolicy wholeDays;
    private static CrmPolicy officeHours;

    private DeadlineFixtures() {
    }

    /** The standard policy: the shipped mainland-China calendar, whole working days. */
    static synchronized CrmPolicy policy() {
        if (wholeDays == null) {
            wholeDays = Fixtures.policy();
        }
        return wholeDays;
    }

    /** The policy on the shipped calendar with business hours 09:00-12:00 and 13:30-17:30. */
    static synchronized CrmPolicy officePolicy() {
        if (officeHours == null) {
            officeHours = CrmPolicy.builder().calendar(officeCalendar()).build();
        }
        return officeHours;
    }

    static WorkCalendar officeCalendar() {
        return WorkCalendar.chinaMainland().toBuilder().businessHours(BusinessHours.of("09:00-12:00", "13:30-17:30")).build();
    }

    /** An instant given as local date-time in Asia/Shanghai, e.g. {@code sh("2025-11-24T10:00")}. */
    static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }
}
