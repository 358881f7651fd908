package org.crmpolicy.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The mainland-China festivals the policy refers to (care calls, greetings, holiday blocks). Fixed-date ones
 * are known for every year; lunar and solar-term ones come from calendar data.
 */
public enum Festival {
    NEW_YEARS_DAY(MonthDay.of(1, 1)),
    /** 春节, the first day of the first lunar month. */
    SPRING_FESTIVAL(null),
    /** 清明, a solar term (April 4 or 5). */
    QINGMING(null),
    LABOUR_DAY(MonthDay.of(5, 1)),
    /** 端午, the fifth day of the fifth lunar month. */
    DRAGON_BOAT(null),
    /** 中秋, the fifteenth day of the eighth lunar month. */
    MID_AUTUMN(null),
    NATIONAL_DAY(MonthDay.of(10, 1));

    private final MonthDay fixed;

    Festival(MonthDay fixed) {
        this.fixed = fixed;
    }

    /** True when the festival falls on the same Gregorian date every year. */
    public boolean isFixedDate() {
        return fixed != null;
    }

    /** The date in {@code year} for a fixed-date festival; empty for lunar and solar-term festivals. */
    public Optional<LocalDate> fixedDateIn(int year) {
        return fixed == null ? Optional.empty() : Optional.of(fixed.atYear(year));
    }
}
