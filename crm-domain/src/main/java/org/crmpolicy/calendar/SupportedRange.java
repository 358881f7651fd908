package org.crmpolicy.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The span of time crm-policy evaluates: instants from 1900-01-01T00:00:00Z (inclusive) to 2200-01-01T00:00:00Z
 * (exclusive), dates from 1900-01-01 to 2199-12-31. Every façade entry and every calendar method refuses an instant
 * or date outside it with an {@link IllegalArgumentException} naming the parameter, its value and this range, so that
 * no computation walks week by week or day by day towards {@link Instant#MAX} and no {@code java.time} overflow
 * leaks to the caller. Wide enough for any customer record; a host with older data clamps it before calling.
 */
public final class SupportedRange {

    /** The first supported instant. */
    public static final Instant FROM = Instant.parse("1900-01-01T00:00:00Z");
    /** The first instant after the supported range. */
    public static final Instant UNTIL = Instant.parse("2200-01-01T00:00:00Z");
    /** The first supported date. */
    public static final LocalDate FIRST_DAY = LocalDate.ofInstant(FROM, ZoneOffset.UTC);
    /** The last supported date. */
    public static final LocalDate LAST_DAY = LocalDate.ofInstant(UNTIL, ZoneOffset.UTC).minusDays(1);
    /** The most working days or calendar days one step of calendar arithmetic may span (about 150 years). */
    public static final int MAX_DAYS = 55_000;

    private SupportedRange() {
    }

    /**
     * @return {@code value}
     * @throws NullPointerException     naming {@code parameter} when value is null
     * @throws IllegalArgumentException naming {@code parameter}, the value and the range when it lies outside
     */
    public static Instant requireInstant(Instant value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.isBefore(FROM) || !value.isBefore(UNTIL)) {
            throw new IllegalArgumentException(describe(value, parameter));
        }
        return value;
    }

    static String describe(Instant value, String parameter) {
        return parameter + " = " + value + " is outside the supported range [" + FROM + ", " + UNTIL + ")";
    }

    /** Like {@link #requireInstant} for a date: from {@link #FIRST_DAY} to {@link #LAST_DAY}, inclusive. */
    public static LocalDate requireDate(LocalDate value, String parameter) {
        Objects.requireNonNull(value, parameter + " must not be null");
        if (value.isBefore(FIRST_DAY) || value.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException(parameter + " = " + value + " is outside the supported range ["
                    + FIRST_DAY + ", " + LAST_DAY + "]");
        }
        return value;
    }

    /** {@link #requireInstant} when the value is not null; null passes (optional fields). */
    public static Instant requireInstantOrNull(Instant value, String parameter) {
        return value == null ? null : requireInstant(value, parameter);
    }

    /**
     * @throws IllegalArgumentException naming {@code parameter} when {@code |n|} exceeds {@link #MAX_DAYS}
     */
    public static int requireDays(int n, String parameter) {
        if (n > MAX_DAYS || n < -MAX_DAYS) {
            throw new IllegalArgumentException(parameter + " = " + n + " is outside the supported span of "
                    + MAX_DAYS + " days either way");
        }
        return n;
    }
}
