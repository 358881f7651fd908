package org.crmpolicy.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.crmpolicy.calendar.BusinessHours;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Hours" are elapsed clock hours unless the host configures business hours (POLICY.md, D section). */
class DeadlineTermTest {

    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();
    private static final WorkCalendar OFFICE = CHINA.toBuilder()
            .businessHours(BusinessHours.of("09:00-12:00", "13:30-17:30")).build();

    private static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    private static DeadlineTerm term(int amount, TermUnit unit, TimeBasis basis) {
        return new DeadlineTerm("D2", "ONLINE", "first reply", amount, unit, basis, "FIRST_RESPONDER");
    }

    @ParameterizedTest(name = "{0} {1} row on the whole-day calendar counts {2}, with office hours {3}")
    @CsvSource({
            "MINUTES,       BUSINESS, CLOCK,    BUSINESS",
            "HOURS,         BUSINESS, CLOCK,    BUSINESS",
            "MINUTES,       CLOCK,    CLOCK,    CLOCK",
            "HOURS,         CLOCK,    CLOCK,    CLOCK",
            "WORKING_DAYS,  BUSINESS, BUSINESS, BUSINESS",
            "CALENDAR_DAYS, CLOCK,    CLOCK,    CLOCK"})
    void minutesAndHoursCountBusinessTimeOnlyWhereTheHostConfiguredBusinessHours(TermUnit unit, TimeBasis row,
            TimeBasis wholeDays, TimeBasis officeHours) {
        // given a row of the deadline table
        DeadlineTerm t = term(3, unit, row);
        // when / then
        assertThat(t.basisOn(CHINA)).isEqualTo(wholeDays);
        assertThat(t.basisOn(OFFICE)).isEqualTo(officeHours);
        assertThat(t.startAt("X-1", sh("2025-11-21T23:58"), CHINA).basis()).isEqualTo(wholeDays);
        assertThat(t.startAt("X-1", sh("2025-11-21T23:58"), OFFICE).basis()).isEqualTo(officeHours);
    }

    @Test
    void aFiveBusinessMinuteRowOnTheWholeDayCalendarRunsOverMidnightIntoSaturday() {
        // given Friday 2025-11-21 23:58, no business hours
        Deadline d = term(5, TermUnit.MINUTES, TimeBasis.BUSINESS).startAt("CHAT-1", sh("2025-11-21T23:58"), CHINA);
        // then five elapsed minutes, not the first five working minutes of Monday
        assertThat(d.due()).isEqualTo(sh("2025-11-22T00:03"));
        assertThat(d.basis()).isEqualTo(TimeBasis.CLOCK);
        assertThat(d.basisExplanation()).startsWith("clock time");
    }

    @Test
    void withBusinessHoursTheSameRowWaitsForTheNextOpening() {
        Deadline d = term(5, TermUnit.MINUTES, TimeBasis.BUSINESS).startAt("CHAT-1", sh("2025-11-21T23:58"), OFFICE);
        assertThat(d.due()).isEqualTo(sh("2025-11-24T09:05"));
        assertThat(d.basis()).isEqualTo(TimeBasis.BUSINESS);
        assertThat(d.basisExplanation())
                .isEqualTo("business hours: only 09:00-12:00, 13:30-17:30 (Asia/Shanghai) of working days count");
    }

    @Test
    void explicitlyWholeDayHoursAreNoBusinessHours() {
        // given a host that wrote the default out
        WorkCalendar allDay = CHINA.toBuilder().businessHours(BusinessHours.allDay()).build();
        // then
        assertThat(CHINA.hasBusinessHours()).isFalse();
        assertThat(allDay.hasBusinessHours()).isFalse();
        assertThat(OFFICE.hasBusinessHours()).isTrue();
        assertThat(CHINA.toBuilder().businessHours(BusinessHours.of("00:00-24:00")).build().hasBusinessHours()).isFalse();
        assertThat(CHINA.toBuilder().businessHours(BusinessHours.of("08:00-24:00")).build().hasBusinessHours()).isTrue();
    }

    @Test
    void aWorkingDayDeadlineExplainsItCountsWholeWorkingDays() {
        Deadline d1 = new DeadlineTerm("D1", "PHONE", "answer", 3, TermUnit.WORKING_DAYS, TimeBasis.BUSINESS, "FIRST_RESPONDER")
                .startAt("CALL-1", sh("2025-11-24T10:00"), CHINA);
        assertThat(d1.due()).isEqualTo(sh("2025-11-28T00:00"));
        assertThat(d1.basis()).isEqualTo(TimeBasis.BUSINESS);
        assertThat(d1.basisExplanation())
                .isEqualTo("working days: whole working days (00:00-24:00 Asia/Shanghai) count, weekends and holidays do not");
    }
}
