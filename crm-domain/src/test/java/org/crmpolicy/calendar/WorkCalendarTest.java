package org.crmpolicy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkCalendarTest {

    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();
    private static final WorkCalendar OFFICE = CHINA.toBuilder()
            .businessHours(BusinessHours.of("09:00-12:00", "13:30-17:30")).build();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant sh(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkCalendar.CHINA).toInstant();
    }

    private static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
            "2025-11-21, 1, 2025-11-24, Friday to Monday over a weekend",
            "2025-11-22, 1, 2025-11-24, Saturday: the start day never counts",
            "2025-09-30, 1, 2025-10-09, National Day + Mid-Autumn 10-01..10-08",
            "2025-09-26, 1, 2025-09-28, make-up Sunday 09-28 is worked",
            "2025-10-10, 1, 2025-10-11, make-up Saturday 10-11 is worked",
            "2025-01-24, 1, 2025-01-26, make-up Sunday before the Spring Festival",
            "2025-01-26, 1, 2025-01-27, Monday before the block",
            "2025-01-27, 1, 2025-02-05, Spring Festival 01-28..02-04",
            "2025-01-27, 3, 2025-02-07, three days after the Spring Festival",
            "2025-12-31, 1, 2026-01-04, year end: 01-01..01-03 off and Sunday 01-04 worked",
            "2026-02-13, 1, 2026-02-14, make-up Saturday 2026-02-14",
            "2025-11-24, 0, 2025-11-24, zero is the day itself",
            "2025-10-09, -1, 2025-09-30, backwards over National Day",
            "2025-02-05, -2, 2025-01-26, backwards to the make-up Sunday"})
    void plusWorkingDaysSkipsWeekendsAndHolidaysAndUsesMakeUpDays(LocalDate day, int n, LocalDate expected, String why) {
        // given the shipped calendar
        // when
        LocalDate actual = CHINA.plusWorkingDays(day, n);
        // then
        assertThat(actual).as(why).isEqualTo(expected);
    }

    @Test
    void yearEndSteps() {
        assertThat(CHINA.nextWorkingDay(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CHINA.previousWorkingDay(LocalDate.of(2026, 1, 4))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CHINA.nextWorkingDay(LocalDate.of(2024, 12, 31))).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @ParameterizedTest(name = "received {0}, within {1} working days -> due {2}")
    @CsvSource({
            "2025-11-24T10:00, 3, 2025-11-28T00:00, Monday: Tue Wed Thu, due 24:00 Thursday",
            "2025-11-24T08:00, 3, 2025-11-28T00:00, before hours: the start day still does not count",
            "2025-11-24T23:30, 3, 2025-11-28T00:00, after hours: same due",
            "2025-11-22T10:00, 3, 2025-11-27T00:00, received on Saturday: Mon Tue Wed",
            "2025-10-03T10:00, 3, 2025-10-12T00:00, received during National Day: 10-09 10-10 10-11(Sat worked)",
            "2025-09-30T16:00, 3, 2025-10-12T00:00, just before National Day",
            "2025-12-30T10:00, 3, 2026-01-06T00:00, year end: 12-31 01-04 01-05"})
    void withinWorkingDaysEndsAtMidnightOfTheLastWorkingDay(String received, int n, String due, String why) {
        assertThat(CHINA.plusWorkingDays(sh(received), n)).as(why).isEqualTo(sh(due));
    }

    @Test
    void withinWorkingDaysEndsAtCloseOfBusinessWhenTheCalendarHasHours() {
        assertThat(OFFICE.plusWorkingDays(sh("2025-11-24T10:00"), 3)).isEqualTo(sh("2025-11-27T17:30"));
        assertThat(OFFICE.plusWorkingDays(sh("2025-11-24T17:29"), 1)).isEqualTo(sh("2025-11-25T17:30"));
    }

    @ParameterizedTest(name = "{0} + {1} business = {2} ({3})")
    @CsvSource({
            "2025-11-24T17:29, PT1M, 2025-11-24T17:30, the budget ends exactly at closing",
            "2025-11-24T17:29, PT2M, 2025-11-25T09:01, one minute today one tomorrow",
            "2025-11-24T12:00, PT15M, 2025-11-24T13:45, lunch break does not count",
            "2025-11-24T11:50, PT1H, 2025-11-24T14:20, ten minutes before lunch, fifty after",
            "2025-11-24T08:00, PT15M, 2025-11-24T09:15, before opening counts from 09:00",
            "2025-11-24T20:00, PT1H, 2025-11-25T10:00, after closing counts from next opening",
            "2025-11-21T17:00, PT1H, 2025-11-24T09:30, Friday evening to Monday",
            "2025-10-03T10:00, PT15M, 2025-10-09T09:15, on a holiday counts from the next working day",
            "2025-09-26T17:20, PT15M, 2025-09-28T09:05, Friday to make-up Sunday",
            "2025-11-24T10:00, PT0S, 2025-11-24T10:00, zero is the start"})
    void businessTimeCountsOnlyOpenHoursOfWorkingDays(String start, Duration amount, String expected, String why) {
        assertThat(OFFICE.plus(sh(start), amount, TimeBasis.BUSINESS)).as(why).isEqualTo(sh(expected));
    }

    @Test
    void clockTimeIgnoresTheCalendar() {
        assertThat(OFFICE.plus(sh("2025-10-01T10:00"), Duration.ofHours(24), TimeBasis.CLOCK)).isEqualTo(sh("2025-10-02T10:00"));
    }

    @Test
    void wholeDayCalendarCountsWholeWorkingDaysAsBusinessTime() {
        assertThat(CHINA.plus(sh("2025-11-21T23:55"), Duration.ofMinutes(15), TimeBasis.BUSINESS)).isEqualTo(sh("2025-11-24T00:10"));
        assertThat(CHINA.between(sh("2025-11-21T12:00"), sh("2025-11-24T12:00"))).isEqualTo(Duration.ofHours(24));
    }

    @ParameterizedTest(name = "{0} .. {1} = {2}")
    @CsvSource({
            "2025-11-24T09:00, 2025-11-24T17:30, PT7H",
            "2025-11-24T11:00, 2025-11-24T14:00, PT1H30M",
            "2025-11-21T17:00, 2025-11-24T09:30, PT1H",
            "2025-09-30T17:00, 2025-10-09T09:30, PT1H",
            "2025-11-24T12:10, 2025-11-24T13:20, PT0S"})
    void betweenMeasuresBusinessTime(String a, String b, Duration expected) {
        assertThat(OFFICE.between(sh(a), sh(b))).isEqualTo(expected);
        assertThat(OFFICE.between(sh(b), sh(a))).isEqualTo(expected.negated());
    }

    @Test
    void plusAndBetweenAreInverse() {
        Instant start = sh("2025-09-30T11:17");
        for (long minutes : new long[] {1, 43, 180, 421, 2000, 10_000}) {
            Instant end = OFFICE.plus(start, Duration.ofMinutes(minutes), TimeBasis.BUSINESS);
            assertThat(OFFICE.between(start, end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void berlinDaylightSavingDaysAreShortAndLongInWholeDayBusinessTime() {
        // given a host calendar in Europe/Berlin without holiday data for 2025 (provisional weekends only)
        WorkCalendar host = WorkCalendar.builder().zone(BERLIN).build();
        // when / then: Monday 2025-03-31 follows the spring-forward Sunday; Monday 2025-10-27 follows fall-back
        assertThat(host.between(berlin("2025-03-28T00:00"), berlin("2025-03-31T00:00"))).isEqualTo(Duration.ofHours(24));
        WorkCalendar allWeek = WorkCalendar.builder().zone(BERLIN)
                .companyWorkday(LocalDate.of(2025, 3, 30), "Sunday shift")
                .companyWorkday(LocalDate.of(2025, 10, 26), "Sunday shift").build();
        assertThat(allWeek.between(berlin("2025-03-30T00:00"), berlin("2025-03-31T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(allWeek.between(berlin("2025-10-26T00:00"), berlin("2025-10-27T00:00"))).isEqualTo(Duration.ofHours(25));
        assertThat(allWeek.plus(berlin("2025-03-30T01:30"), Duration.ofHours(1), TimeBasis.BUSINESS))
                .isEqualTo(berlin("2025-03-30T03:30"));
    }

    @Test
    void berlinBusinessHoursKeepLocalOpeningTimesAcrossTheSwitch() {
        // given 09:00-17:00 in Berlin
        WorkCalendar host = WorkCalendar.builder().zone(BERLIN).businessHours(BusinessHours.of("09:00-17:00")).build();
        // when two hours are added on the Friday before the spring-forward weekend at 16:00
        Instant due = host.plus(berlin("2025-03-28T16:00"), Duration.ofHours(2), TimeBasis.BUSINESS);
        // then the second hour runs Monday 09:00-10:00 local (CEST), 65 clock hours later
        assertThat(due).isEqualTo(berlin("2025-03-31T10:00"));
        assertThat(Duration.between(berlin("2025-03-28T16:00"), due)).isEqualTo(Duration.ofHours(65));
        assertThat(host.plus(berlin("2025-10-24T16:00"), Duration.ofHours(2), TimeBasis.BUSINESS)).isEqualTo(berlin("2025-10-27T10:00"));
        assertThat(host.plus(berlin("2025-03-29T12:00"), Duration.ofHours(24), TimeBasis.CLOCK)).isEqualTo(berlin("2025-03-30T13:00"));
    }

    @Test
    void uncoveredYearIsProvisionalWithFixedDateHolidaysAndReportedOncePerYear() {
        // given a lenient calendar with a listener
        List<Integer> heard = new ArrayList<>();
        WorkCalendar calendar = CHINA.withProvisionalYearListener(heard::add);
        // when 2027 is used several times
        boolean newYear = calendar.isWorkingDay(LocalDate.of(2027, 1, 1));
        boolean may2 = calendar.isWorkingDay(LocalDate.of(2027, 5, 3));
        LocalDate afterNationalDay = calendar.nextWorkingDay(LocalDate.of(2027, 9, 30));
        // then
        assertThat(newYear).isFalse();
        assertThat(may2).isTrue();
        assertThat(afterNationalDay).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(calendar.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(calendar.day(LocalDate.of(2027, 10, 2))).hasValueSatisfying(d -> assertThat(d.name()).contains("provisional"));
        assertThat(calendar.provisionalYears(sh("2026-12-30T10:00"), sh("2027-01-05T10:00"))).containsExactly(2027);
        assertThat(heard).containsExactly(2027);
    }

    @Test
    void strictCalendarRefusesAnUncoveredYearNamingItAndHowToSupplyData() {
        WorkCalendar strict = CHINA.toBuilder().strict(true).build();
        assertThatThrownBy(() -> strict.plusWorkingDays(LocalDate.of(2026, 12, 31), 1))
                .isInstanceOf(CalendarDataMissingException.class)
                .hasMessageContaining("2027").hasMessageContaining("statutoryDays")
                .satisfies(e -> assertThat(((CalendarDataMissingException) e).year()).isEqualTo(2027));
        assertThat(strict.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void hostAddsAYearFromAFileAndCompanyDaysWithoutChangingCoverage(@TempDir Path dir) throws Exception {
        // given a file with (invented) 2027 lines and company days
        Path file = dir.resolve("2027.txt");
        Files.writeString(file, "# host data\n2027-02-05,HOLIDAY,Spring Festival\n2027-02-20,WORKDAY,Spring Festival make-up working day\n");
        WorkCalendar calendar = CHINA.toBuilder().statutoryDays(file)
                .companyHoliday(LocalDate.of(2025, 11, 24), "Company anniversary")
                .companyWorkday(LocalDate.of(2025, 11, 29), "Stock-take Saturday")
                .companyHoliday(LocalDate.of(2028, 6, 1), "Company day").build();
        // when / then
        assertThat(calendar.isProvisional(LocalDate.of(2027, 7, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 11, 29))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2028, 7, 1))).as("a company day does not cover a year").isTrue();
    }

    @Test
    void hostMayReplaceTheDataWithItsOwnSource() {
        HolidaySource everyMondayOff = new HolidaySource() {
            @Override
            public boolean covers(int year) {
                return true;
            }

            @Override
            public Optional<CalendarDay> day(LocalDate date) {
                return date.getDayOfWeek().getValue() == 1 ? Optional.of(CalendarDay.holiday(date, "Monday off")) : Optional.empty();
            }
        };
        WorkCalendar calendar = WorkCalendar.builder().source(everyMondayOff).build();
        assertThat(calendar.nextWorkingDay(LocalDate.of(2031, 1, 3))).isEqualTo(LocalDate.of(2031, 1, 7));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2025-13-01,HOLIDAY,x | 2025-13-01",
            "2025-01-01,FEAST,x | FEAST",
            "2025-01-01 | expected date,HOLIDAY|WORKDAY,name",
            "2025-01-01,HOLIDAY, | blank name"})
    void malformedDataLinesAreRefusedNamingTheProblem(String line, String expected) {
        assertThatThrownBy(() -> CalendarDay.parse(line)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expected);
    }

    @Test
    void malformedFileNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "# ok\n2027-01-01,HOLIDAY,New Year\n2027-02-30,HOLIDAY,Bad\n");
        assertThatThrownBy(() -> CHINA.toBuilder().statutoryDays(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.txt:3").hasMessageContaining("2027-02-30");
    }

    @Test
    void badArgumentsAreClearErrors() {
        assertThatThrownBy(() -> CHINA.plus(sh("2025-11-24T10:00"), Duration.ofMinutes(-1), TimeBasis.BUSINESS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
        assertThatThrownBy(() -> CHINA.plusWorkingDays(sh("2025-11-24T10:00"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, was 0");
        assertThatThrownBy(() -> BusinessHours.of("12:00-09:00")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12:00-09:00");
        assertThatThrownBy(() -> BusinessHours.of("09:00-12:00", "11:00-13:00")).hasMessageContaining("overlap");
        assertThatThrownBy(() -> BusinessHours.of("9-5")).hasMessageContaining("'9-5'");
        assertThatThrownBy(() -> CHINA.isWorkingDay(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("day");
        WorkCalendar nothingWorks = WorkCalendar.builder().source(new HolidaySource() {
            @Override
            public boolean covers(int year) {
                return true;
            }

            @Override
            public Optional<CalendarDay> day(LocalDate date) {
                return Optional.of(CalendarDay.holiday(date, "closed"));
            }
        }).build();
        assertThatThrownBy(() -> nothingWorks.nextWorkingDay(LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no working day");
        assertThatThrownBy(() -> nothingWorks.plus(sh("2025-01-01T00:00"), Duration.ofHours(1), TimeBasis.BUSINESS))
                .hasMessageContaining("no working day");
    }

    @Test
    void workingTimeAndEndsOfDays() {
        assertThat(OFFICE.isWorkingTime(sh("2025-11-24T12:00"))).isFalse();
        assertThat(OFFICE.isWorkingTime(sh("2025-11-24T11:59"))).isTrue();
        assertThat(OFFICE.isWorkingTime(sh("2025-10-08T10:00"))).isFalse();
        assertThat(CHINA.endOfDay(LocalDate.of(2025, 7, 10))).isEqualTo(sh("2025-07-11T00:00"));
        assertThat(CHINA.plusCalendarDays(sh("2025-09-29T15:00"), 7)).isEqualTo(sh("2025-10-07T00:00"));
        assertThat(CHINA.toString()).contains("Asia/Shanghai");
    }
}
