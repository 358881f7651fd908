package org.crmpolicy.deadline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar period a periodic report covers: a month ({@code 2025-10}), a quarter ({@code 2025-Q3}) or a half-year
 * ({@code 2025-H1}), named as {@link ReportDue#period()} names it. Immutable.
 *
 * <pre>{@code
 * ReportPeriod h1 = ReportPeriod.parse("2025-H1");   // 2025-01-01 .. 2025-06-30
 * ReportPeriod q3 = ReportPeriod.of(ReportCadence.QUARTER, 2025, 3);
 * }</pre>
 *
 * @param cadence month, quarter or half-year
 * @param year    the year, 1 to 9999
 * @param number  the month (1-12), the quarter (1-4) or the half (1-2) of the year
 */
public record ReportPeriod(ReportCadence cadence, int year, int number) {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4])|H([12]))");

    public ReportPeriod {
        Objects.requireNonNull(cadence, "report period cadence must not be null");
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("report period year must be 1 to 9999, was " + year);
        }
        int periods = 12 / cadence.months();
        if (number < 1 || number > periods) {
            throw new IllegalArgumentException("report period number of a " + cadence + " must be 1 to " + periods + ", was " + number);
        }
    }

    public static ReportPeriod of(ReportCadence cadence, int year, int number) {
        return new ReportPeriod(cadence, year, number);
    }

    /** The period of {@code cadence} that contains {@code day}. */
    public static ReportPeriod containing(ReportCadence cadence, LocalDate day) {
        Objects.requireNonNull(cadence, "cadence must not be null");
        Objects.requireNonNull(day, "day must not be null");
        return new ReportPeriod(cadence, day.getYear(), (day.getMonthValue() - 1) / cadence.months() + 1);
    }

    /**
     * The period a label names: {@code 2025-10} (a month), {@code 2025-Q3}, {@code 2025-H1}.
     *
     * @throws IllegalArgumentException when the label is none of these, naming it
     */
    public static ReportPeriod parse(String label) {
        Objects.requireNonNull(label, "report period label must not be null");
        Matcher m = LABEL.matcher(label);
        if (!m.matches()) {
            throw new IllegalArgumentException("report period '" + (label.length() > 40 ? label.substring(0, 37) + "..." : label)
                    + "' is not a period label: expected yyyy-MM (a month), yyyy-Qn (a quarter) or yyyy-Hn (a half-year)");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("report period '" + label + "' names month " + month + ": expected 01 to 12");
            }
            return new ReportPeriod(ReportCadence.MONTH, year, month);
        }
        return m.group(3) != null ? new ReportPeriod(ReportCadence.QUARTER, year, Integer.parseInt(m.group(3)))
                : new ReportPeriod(ReportCadence.HALF_YEAR, year, Integer.parseInt(m.group(4)));
    }

    /** The first day inside. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * cadence.months() + 1, 1);
    }

    /** The last day inside. */
    public LocalDate end() {
        return start().plusMonths(cadence.months()).minusDays(1);
    }

    /** How reports name it: {@code 2025-10}, {@code 2025-Q3}, {@code 2025-H1}. */
    public String label() {
        return switch (cadence) {
            case MONTH -> String.format("%04d-%02d", year, number);
            case QUARTER -> String.format("%04d-Q%d", year, number);
            case HALF_YEAR -> String.format("%04d-H%d", year, number);
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
