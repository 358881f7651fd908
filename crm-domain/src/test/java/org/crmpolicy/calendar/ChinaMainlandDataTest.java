package org.crmpolicy.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped data checked against the State Council notices (国务院办公厅关于X年部分节假日安排的通知), written here
 * independently as "holiday block from..to, make-up working days" exactly as each notice states them.
 */
class ChinaMainlandDataTest {

    private static final WorkCalendar CHINA = WorkCalendar.chinaMainland();

    /** year, holiday, first day off, last day off, make-up working days (space separated, may be empty). */
    static Stream<Arguments> notices() {
        return Stream.of(
                n(2020, "New Year's Day", "2020-01-01", "2020-01-01", ""),
                // Spring Festival 01-24..01-30 extended to 02-02 (国办发明电〔2020〕1号), 02-01 make-up day cancelled
                n(2020, "Spring Festival", "2020-01-24", "2020-02-02", "2020-01-19"),
                n(2020, "Qingming", "2020-04-04", "2020-04-06", ""),
                n(2020, "Labour Day", "2020-05-01", "2020-05-05", "2020-04-26 2020-05-09"),
                n(2020, "Dragon Boat", "2020-06-25", "2020-06-27", "2020-06-28"),
                n(2020, "National Day + Mid-Autumn", "2020-10-01", "2020-10-08", "2020-09-27 2020-10-10"),
                n(2021, "New Year's Day", "2021-01-01", "2021-01-03", ""),
                n(2021, "Spring Festival", "2021-02-11", "2021-02-17", "2021-02-07 2021-02-20"),
                n(2021, "Qingming", "2021-04-03", "2021-04-05", ""),
                n(2021, "Labour Day", "2021-05-01", "2021-05-05", "2021-04-25 2021-05-08"),
                n(2021, "Dragon Boat", "2021-06-12", "2021-06-14", ""),
                n(2021, "Mid-Autumn", "2021-09-19", "2021-09-21", "2021-09-18"),
                n(2021, "National Day", "2021-10-01", "2021-10-07", "2021-09-26 2021-10-09"),
                n(2022, "New Year's Day", "2022-01-01", "2022-01-03", ""),
                n(2022, "Spring Festival", "2022-01-31", "2022-02-06", "2022-01-29 2022-01-30"),
                n(2022, "Qingming", "2022-04-03", "2022-04-05", "2022-04-02"),
                n(2022, "Labour Day", "2022-04-30", "2022-05-04", "2022-04-24 2022-05-07"),
                n(2022, "Dragon Boat", "2022-06-03", "2022-06-05", ""),
                n(2022, "Mid-Autumn", "2022-09-10", "2022-09-12", ""),
                n(2022, "National Day", "2022-10-01", "2022-10-07", "2022-10-08 2022-10-09"),
                n(2023, "New Year's Day", "2022-12-31", "2023-01-02", ""),
                n(2023, "Spring Festival", "2023-01-21", "2023-01-27", "2023-01-28 2023-01-29"),
                n(2023, "Qingming", "2023-04-05", "2023-04-05", ""),
                n(2023, "Labour Day", "2023-04-29", "2023-05-03", "2023-04-23 2023-05-06"),
                n(2023, "Dragon Boat", "2023-06-22", "2023-06-24", "2023-06-25"),
                n(2023, "Mid-Autumn + National Day", "2023-09-29", "2023-10-06", "2023-10-07 2023-10-08"),
                n(2024, "New Year's Day", "2024-01-01", "2024-01-01", ""),
                n(2024, "Spring Festival", "2024-02-10", "2024-02-17", "2024-02-04 2024-02-18"),
                n(2024, "Qingming", "2024-04-04", "2024-04-06", "2024-04-07"),
                n(2024, "Labour Day", "2024-05-01", "2024-05-05", "2024-04-28 2024-05-11"),
                n(2024, "Dragon Boat", "2024-06-10", "2024-06-10", ""),
                n(2024, "Mid-Autumn", "2024-09-15", "2024-09-17", "2024-09-14"),
                n(2024, "National Day", "2024-10-01", "2024-10-07", "2024-09-29 2024-10-12"),
                n(2025, "New Year's Day", "2025-01-01", "2025-01-01", ""),
                n(2025, "Spring Festival", "2025-01-28", "2025-02-04", "2025-01-26 2025-02-08"),
                n(2025, "Qingming", "2025-04-04", "2025-04-06", ""),
                n(2025, "Labour Day", "2025-05-01", "2025-05-05", "2025-04-27"),
                n(2025, "Dragon Boat", "2025-05-31", "2025-06-02", ""),
                n(2025, "National Day + Mid-Autumn", "2025-10-01", "2025-10-08", "2025-09-28 2025-10-11"),
                n(2026, "New Year's Day", "2026-01-01", "2026-01-03", "2026-01-04"),
                n(2026, "Spring Festival", "2026-02-15", "2026-02-23", "2026-02-14 2026-02-28"),
                n(2026, "Qingming", "2026-04-04", "2026-04-06", ""),
                n(2026, "Labour Day", "2026-05-01", "2026-05-05", "2026-05-09"),
                n(2026, "Dragon Boat", "2026-06-19", "2026-06-21", ""),
                n(2026, "Mid-Autumn", "2026-09-25", "2026-09-27", ""),
                n(2026, "National Day", "2026-10-01", "2026-10-07", "2026-09-20 2026-10-10"));
    }

    private static Arguments n(int year, String name, String from, String to, String workdays) {
        return Arguments.of(year, name, LocalDate.parse(from), LocalDate.parse(to), workdays.isBlank()
                ? List.<LocalDate>of() : Arrays.stream(workdays.split(" ")).map(LocalDate::parse).toList());
    }

    @ParameterizedTest(name = "{0} {1}: off {2}..{3}, worked {4}")
    @MethodSource("notices")
    void everyDayOfEachNoticedHolidayIsOffAndEachMakeUpDayIsWorked(int year, String name, LocalDate from, LocalDate to,
            List<LocalDate> workdays) {
        // given the shipped calendar
        // when / then
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            assertThat(CHINA.isWorkingDay(d)).as("%s %s is a day off", name, d).isFalse();
            assertThat(CHINA.day(d)).as("%s is listed", d).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(DayKind.HOLIDAY));
        }
        for (LocalDate w : workdays) {
            assertThat(w.getDayOfWeek()).as("make-up day %s is a weekend day", w).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(CHINA.isWorkingDay(w)).as("%s make-up day %s is worked", name, w).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void theDataListsExactlyTheDaysOfTheNoticesAndNothingElse(int year) {
        // given the days the notices of this year name
        Map<LocalDate, DayKind> expected = new TreeMap<>();
        notices().map(Arguments::get).filter(a -> (int) a[0] == year).forEach(a -> {
            for (LocalDate d = (LocalDate) a[2]; !d.isAfter((LocalDate) a[3]); d = d.plusDays(1)) {
                expected.put(d, DayKind.HOLIDAY);
            }
            @SuppressWarnings("unchecked")
            List<LocalDate> w = (List<LocalDate>) a[4];
            w.forEach(d -> expected.put(d, DayKind.WORKDAY));
        });
        // when reading every listed day of the year (and the 2023 notice's 2022-12-31)
        Map<LocalDate, DayKind> actual = new TreeMap<>();
        LocalDate first = year == 2023 ? LocalDate.of(2022, 12, 31) : LocalDate.of(year, 1, 1);
        for (LocalDate d = first; d.getYear() <= year; d = d.plusDays(1)) {
            LocalDate day = d;
            boolean inOtherNotice = year == 2022 && d.equals(LocalDate.of(2022, 12, 31));
            if (!inOtherNotice) {
                CHINA.day(d).ifPresent(c -> actual.put(day, c.kind()));
            }
        }
        // then
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyShippedYearIsCoveredNotProvisional(int year) {
        assertThat(CHINA.isProvisional(LocalDate.of(year, 6, 1))).isFalse();
    }

    @Test
    void theIssueExamplesHold() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday 2025-01-26 is worked").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2025, 10, 8))).as("Wednesday 2025-10-08 is off").isFalse();
    }

    static Stream<Arguments> festivals() {
        List<Arguments> rows = new ArrayList<>();
        String[][] table = {
                {"SPRING_FESTIVAL", "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17"},
                {"QINGMING", "2020-04-04", "2021-04-04", "2022-04-05", "2023-04-05", "2024-04-04", "2025-04-04", "2026-04-05"},
                {"DRAGON_BOAT", "2020-06-25", "2021-06-14", "2022-06-03", "2023-06-22", "2024-06-10", "2025-05-31", "2026-06-19"},
                {"MID_AUTUMN", "2020-10-01", "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17", "2025-10-06", "2026-09-25"}};
        for (String[] row : table) {
            for (int i = 1; i < row.length; i++) {
                rows.add(Arguments.of(Festival.valueOf(row[0]), 2019 + i, LocalDate.parse(row[i])));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("festivals")
    void lunarAndSolarTermFestivalsFallOnTheirActualDates(Festival festival, int year, LocalDate date) {
        assertThat(CHINA.festival(festival, year)).contains(date);
        assertThat(CHINA.isWorkingDay(date)).as("%s is inside a holiday block", date).isFalse();
    }

    @Test
    void fixedDateFestivalsAreKnownForEveryYearAndLunarOnesOnlyWithData() {
        assertThat(CHINA.festival(Festival.NATIONAL_DAY, 2031)).contains(LocalDate.of(2031, 10, 1));
        assertThat(CHINA.festival(Festival.NEW_YEARS_DAY, 2030)).contains(LocalDate.of(2030, 1, 1));
        assertThat(CHINA.festival(Festival.SPRING_FESTIVAL, 2027)).isEmpty();
    }
}
