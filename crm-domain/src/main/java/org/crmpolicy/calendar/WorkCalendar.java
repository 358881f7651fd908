package org.crmpolicy.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The work calendar every deadline in the library counts on: which days are working days, the optional business
 * hours of a working day, and the time zone. It is the one interval engine: {@link #plusWorkingDays(Instant, int)},
 * {@link #plus(Instant, Duration, TimeBasis)} and {@link #between(Instant, Instant)}.
 *
 * <h2>Days</h2>
 * A date is a working day when the host's company days say so, else when the statutory data lists it as
 * {@link DayKind#WORKDAY}, else when it is Monday to Friday and not listed as {@link DayKind#HOLIDAY}.
 * {@link #chinaMainland()} ships the State Council's holidays and make-up working days (调休) for 2020-2026.
 *
 * <h2>Years the data does not cover</h2>
 * A lenient calendar (the default) computes such a year <em>provisionally</em>: weekends plus the fixed-date
 * statutory holidays (January 1, May 1-2, October 1-3); lunar holidays and make-up days are unknown.
 * {@link #isProvisional(LocalDate)} tells, and the listener installed with
 * {@link #withProvisionalYearListener(IntConsumer)} hears about each such year once, the first time it is used.
 * A strict calendar ({@link Builder#strict(boolean)}) throws {@link CalendarDataMissingException} instead.
 *
 * <h2>"Within N working days"</h2>
 * Counted as the Civil Code counts days (民法典 art. 201, 203): the day of the start does not count, whatever the
 * hour and whether or not it is a working day; the count begins with the next working day, and the due instant is
 * the end of the N-th working day: its close of business when the calendar has business hours, else 24:00.
 *
 * <p>Instances are immutable and thread-safe (the listener's once-per-year memory is a concurrent set).
 * Example: {@code WorkCalendar.chinaMainland().plusWorkingDays(LocalDate.of(2025, 9, 30), 1)} is 2025-10-09.
 */
public final class WorkCalendar {

    /** The default zone of the shipped calendar. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final String DAYS_RESOURCE = "/org/crmpolicy/calendar/china-mainland-days.txt";
    private static final String FESTIVALS_RESOURCE = "/org/crmpolicy/calendar/china-mainland-festivals.txt";
    private static final int MAX_DAYS_WITHOUT_WORK = 3660;

    private static final class Shipped {
        static final TableSource SOURCE = load();
        static final WorkCalendar CALENDAR = new Builder(SOURCE).build();

        private static TableSource load() {
            TableSource days = TableSource.EMPTY.plus(TableSource.readDays(
                    WorkCalendar.class.getResourceAsStream(DAYS_RESOURCE), DAYS_RESOURCE));
            return TableSource.readFestivals(days, WorkCalendar.class.getResourceAsStream(FESTIVALS_RESOURCE),
                    FESTIVALS_RESOURCE);
        }
    }

    private final ZoneId zone;
    private final BusinessHours hours;
    private final HolidaySource source;
    private final Map<LocalDate, CalendarDay> companyDays;
    private final boolean strict;
    private final IntConsumer listener;
    private final Set<Integer> reportedYears = ConcurrentHashMap.newKeySet();

    private WorkCalendar(Builder b) {
        this.zone = b.zone;
        this.hours = b.hours;
        this.source = b.source;
        this.companyDays = Map.copyOf(b.companyDays);
        this.strict = b.strict;
        this.listener = b.listener;
    }

    /**
     * The shipped mainland-China calendar: statutory holidays and make-up working days 2020-2026, Asia/Shanghai,
     * whole working days (no business hours), lenient about uncovered years. Shared, never null.
     */
    public static WorkCalendar chinaMainland() {
        return Shipped.CALENDAR;
    }

    /**
     * A builder for a calendar with NO statutory data (every year provisional until data is added),
     * Asia/Shanghai, whole days, lenient. Start from {@code chinaMainland().toBuilder()} to keep the shipped data.
     */
    public static Builder builder() {
        return new Builder(TableSource.EMPTY);
    }

    /** A builder holding everything this calendar has (data, zone, hours, company days, mode, listener). */
    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.zone = zone;
        b.hours = hours;
        b.companyDays.putAll(companyDays);
        b.strict = strict;
        b.listener = listener;
        return b;
    }

    /**
     * A copy that also tells {@code onFirstUse} the year, once per year, the first time a provisional (uncovered)
     * day is used. Listeners already installed keep being called. The copy has its own once-per-year memory.
     */
    public WorkCalendar withProvisionalYearListener(IntConsumer onFirstUse) {
        Objects.requireNonNull(onFirstUse, "provisional year listener must not be null");
        return toBuilder().onProvisionalYear(onFirstUse).build();
    }

    /** The zone dates, business hours and "end of day" are read in. */
    public ZoneId zone() {
        return zone;
    }

    /** The business hours of a working day; {@link BusinessHours#allDay()} when none were set. */
    public BusinessHours businessHours() {
        return hours;
    }

    /**
     * True when the host configured business hours, i.e. the calendar's hours are not the whole day. Without them
     * the policy's "within N minutes / hours" count elapsed clock time (POLICY.md: "'Hours' are elapsed clock hours
     * unless the host configures business hours"); with them, the working time inside those hours.
     * {@link BusinessHours#allDay()} is the same as setting none.
     */
    public boolean hasBusinessHours() {
        return !hours.isAllDay();
    }

    /** True when questions about uncovered years throw instead of being answered provisionally. */
    public boolean isStrict() {
        return strict;
    }

    // ---- days

    /**
     * True when {@code day} is a working day.
     *
     * @throws CalendarDataMissingException in strict mode for a year the data does not cover
     */
    public boolean isWorkingDay(LocalDate day) {
        SupportedRange.requireDate(day, "day");
        CalendarDay company = companyDays.get(day);
        if (company != null) {
            return company.kind() == DayKind.WORKDAY;
        }
        if (source.covers(day.getYear())) {
            Optional<CalendarDay> listed = source.day(day);
            return listed.map(d -> d.kind() == DayKind.WORKDAY).orElseGet(() -> !isWeekend(day));
        }
        useProvisional(day.getYear());
        return !isWeekend(day) && provisionalHoliday(day).isEmpty();
    }

    /**
     * What the calendar knows about {@code day}: the company or statutory line for it, or the provisional fixed-date
     * holiday; empty for an ordinary weekday or weekend day. Never null; never throws for uncovered years.
     */
    public Optional<CalendarDay> day(LocalDate day) {
        SupportedRange.requireDate(day, "day");
        CalendarDay company = companyDays.get(day);
        if (company != null) {
            return Optional.of(company);
        }
        if (source.covers(day.getYear())) {
            return source.day(day);
        }
        return provisionalHoliday(day).map(name -> CalendarDay.holiday(day, name + " (provisional)"));
    }

    /** True when {@code day}'s year is not covered by statutory data, so the answer for it is provisional. */
    public boolean isProvisional(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        return !source.covers(day.getYear());
    }

    /**
     * The uncovered years among the days from {@code from}'s date to {@code to}'s date (inclusive, in this zone),
     * in ascending order; empty when all are covered.
     */
    public SortedSet<Integer> provisionalYears(Instant from, Instant to) {
        SupportedRange.requireInstant(from, "from");
        SupportedRange.requireInstant(to, "to");
        int a = dateOf(from).getYear();
        int b = dateOf(to).getYear();
        SortedSet<Integer> years = new TreeSet<>();
        for (int y = Math.min(a, b); y <= Math.max(a, b); y++) {
            if (!source.covers(y)) {
                years.add(y);
            }
        }
        return years;
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        SupportedRange.requireDate(day, "day");
        return step(day, 1);
    }

    /** The last working day strictly before {@code day}. */
    public LocalDate previousWorkingDay(LocalDate day) {
        SupportedRange.requireDate(day, "day");
        return step(day, -1);
    }

    /**
     * The {@code n}-th working day after {@code day} (n &gt; 0), before it (n &lt; 0), or {@code day} itself (n = 0).
     * {@code day} itself never counts, working or not: {@code plusWorkingDays(friday, 1)} is the next Monday when
     * that is a working day, and so is {@code plusWorkingDays(saturday, 1)}.
     */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        SupportedRange.requireDate(day, "day");
        SupportedRange.requireDays(n, "working days");
        LocalDate d = day;
        for (int i = 0; i < Math.abs(n); i++) {
            d = step(d, n > 0 ? 1 : -1);
        }
        return d;
    }

    /**
     * The due instant of "within {@code n} working days" counted from {@code start}: the end of the n-th working day
     * after the start's date (see the class comment). An inquiry received on a holiday, at night or at 08:00 gets
     * the same due as one received during that day's hours: the start day never counts.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public Instant plusWorkingDays(Instant start, int n) {
        SupportedRange.requireInstant(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("working days must be at least 1, was " + n);
        }
        SupportedRange.requireDays(n, "working days");
        return endOfWorkingDay(plusWorkingDays(dateOf(start), n));
    }

    /**
     * The due instant of "within {@code n} days" (calendar days) counted from {@code start}: 24:00 at the end of the
     * n-th day after the start's date ("delivered within one week" = n 7). Holidays do not move it.
     *
     * @throws IllegalArgumentException when {@code n} is less than 1
     */
    public Instant plusCalendarDays(Instant start, int n) {
        SupportedRange.requireInstant(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("calendar days must be at least 1, was " + n);
        }
        SupportedRange.requireDays(n, "calendar days");
        return endOfDay(dateOf(start).plusDays(n));
    }

    /** 24:00 at the end of {@code day} in this zone, i.e. the first instant of the next day ("by July 10"). */
    public Instant endOfDay(LocalDate day) {
        SupportedRange.requireDate(day, "day");
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The close of business of {@code day}: the end of its last business-hours span, 24:00 without hours. */
    public Instant endOfWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        BusinessHours.Span last = hours.spans().get(hours.spans().size() - 1);
        return last.toEndOfDay() ? endOfDay(day) : ZonedDateTime.of(day, last.end(), zone).toInstant();
    }

    /** The date of {@code instant} in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        Objects.requireNonNull(instant, "instant must not be null");
        try {
            return instant.atZone(zone).toLocalDate();
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(SupportedRange.describe(instant, "instant"), e);
        }
    }

    /** The date of a festival in {@code year}: fixed-date ones always, lunar and solar-term ones when the data has it. */
    public Optional<LocalDate> festival(Festival festival, int year) {
        Objects.requireNonNull(festival, "festival must not be null");
        return source.festival(festival, year);
    }

    // ---- time

    /**
     * {@code start} plus {@code amount} counted in {@code basis}. In BUSINESS time only working time counts: an amount
     * that runs out exactly at the close of a span ends there (17:30), not at the next opening; a start outside
     * working time begins counting at the next opening. A zero amount gives {@code start}.
     *
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public Instant plus(Instant start, Duration amount, TimeBasis basis) {
        SupportedRange.requireInstant(start, "start");
        Objects.requireNonNull(amount, "amount must not be null");
        Objects.requireNonNull(basis, "time basis must not be null");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        if (amount.compareTo(Duration.between(start, SupportedRange.UNTIL)) >= 0) {
            throw new IllegalArgumentException("amount = " + amount + " from start = " + start
                    + " runs past the supported range, which ends at " + SupportedRange.UNTIL);
        }
        if (basis == TimeBasis.CLOCK || amount.isZero()) {
            return start.plus(amount);
        }
        Duration left = amount;
        LocalDate day = dateOf(start);
        int idle = 0;
        while (true) {
            List<Instant[]> windows = windows(day);
            idle = windows.isEmpty() ? idle + 1 : 0;
            if (idle > MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalStateException("calendar has no working day in the " + MAX_DAYS_WITHOUT_WORK
                        + " days after " + dateOf(start) + "; check its holiday data");
            }
            for (Instant[] w : windows) {
                Instant from = w[0].isAfter(start) ? w[0] : start;
                if (!from.isBefore(w[1])) {
                    continue;
                }
                Duration available = Duration.between(from, w[1]);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            day = day.plusDays(1);
        }
    }

    /** Working time between {@code a} and {@code b}; negative when {@code b} is before {@code a}. */
    public Duration between(Instant a, Instant b) {
        SupportedRange.requireInstant(a, "a");
        SupportedRange.requireInstant(b, "b");
        if (b.isBefore(a)) {
            return between(b, a).negated();
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = dateOf(a); !day.isAfter(dateOf(b)); day = day.plusDays(1)) {
            for (Instant[] w : windows(day)) {
                Instant from = w[0].isAfter(a) ? w[0] : a;
                Instant to = w[1].isBefore(b) ? w[1] : b;
                if (from.isBefore(to)) {
                    total = total.plus(Duration.between(from, to));
                }
            }
        }
        return total;
    }

    /** Working time between two instants, or clock time, per {@code basis}. */
    public Duration between(Instant a, Instant b, TimeBasis basis) {
        Objects.requireNonNull(basis, "time basis must not be null");
        SupportedRange.requireInstant(a, "a");
        SupportedRange.requireInstant(b, "b");
        return basis == TimeBasis.CLOCK ? Duration.between(a, b) : between(a, b);
    }

    /** True when {@code instant} falls inside working time (a working day, within business hours). */
    public boolean isWorkingTime(Instant instant) {
        SupportedRange.requireInstant(instant, "instant");
        for (Instant[] w : windows(dateOf(instant))) {
            if (!instant.isBefore(w[0]) && instant.isBefore(w[1])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "WorkCalendar[zone=" + zone + ", hours=" + (hours.isAllDay() ? "all day" : hours.toString())
                + (strict ? ", strict" : "") + (companyDays.isEmpty() ? "" : ", companyDays=" + companyDays.size()) + "]";
    }

    // ---- internals

    static String missingDataMessage(int year) {
        return "the work calendar has no statutory holiday data for " + year
                + ": add the State Council's notice for " + year + " as lines 'yyyy-MM-dd,HOLIDAY|WORKDAY,name' with "
                + "WorkCalendar.chinaMainland().toBuilder().statutoryDays(path or collection).build(), "
                + "or use a lenient calendar to compute " + year + " provisionally (weekends and fixed-date holidays only)";
    }

    private void useProvisional(int year) {
        if (strict) {
            throw new CalendarDataMissingException(year);
        }
        if (listener != null && reportedYears.add(year)) {
            listener.accept(year);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    private static Optional<String> provisionalHoliday(LocalDate day) {
        int m = day.getMonthValue();
        int d = day.getDayOfMonth();
        if (m == 1 && d == 1) {
            return Optional.of("New Year's Day");
        }
        if (m == 5 && d <= 2) {
            return Optional.of("Labour Day");
        }
        if (m == 10 && d <= 3) {
            return Optional.of("National Day");
        }
        return Optional.empty();
    }

    private LocalDate step(LocalDate day, int direction) {
        Objects.requireNonNull(day, "day must not be null");
        LocalDate d = day;
        for (int i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
            d = d.plusDays(direction);
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("calendar has no working day within " + MAX_DAYS_WITHOUT_WORK + " days "
                + (direction > 0 ? "after " : "before ") + day + "; check its holiday data");
    }

    private List<Instant[]> windows(LocalDate day) {
        if (!isWorkingDay(day)) {
            return List.of();
        }
        List<Instant[]> result = new ArrayList<>(hours.spans().size());
        for (BusinessHours.Span s : hours.spans()) {
            Instant from = ZonedDateTime.of(day, s.start(), zone).toInstant();
            Instant to = s.toEndOfDay() ? endOfDay(day) : ZonedDateTime.of(day, s.end(), zone).toInstant();
            if (from.isBefore(to)) {
                result.add(new Instant[] {from, to});
            }
        }
        return result;
    }

    /**
     * Builds a {@link WorkCalendar}. Not thread-safe; the calendar it builds is. Defaults: Asia/Shanghai, whole days,
     * lenient, no listener.
     */
    public static final class Builder {
        private HolidaySource source;
        private ZoneId zone = CHINA;
        private BusinessHours hours = BusinessHours.allDay();
        private final Map<LocalDate, CalendarDay> companyDays = new HashMap<>();
        private boolean strict;
        private IntConsumer listener;

        private Builder(HolidaySource source) {
            this.source = source;
        }

        /** The time zone days and hours are read in; any region zone works, DST included (e.g. Europe/Berlin). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone must not be null");
            return this;
        }

        /** Business hours of every working day, e.g. {@code BusinessHours.of("09:00-12:00", "13:30-17:30")}. */
        public Builder businessHours(BusinessHours hours) {
            this.hours = Objects.requireNonNull(hours, "business hours must not be null");
            return this;
        }

        /**
         * Adds statutory days; the years they fall in become covered. A line for a date already listed replaces it.
         *
         * @throws IllegalArgumentException when the source was replaced by {@link #source(HolidaySource)}
         */
        public Builder statutoryDays(Collection<CalendarDay> days) {
            Objects.requireNonNull(days, "statutory days must not be null");
            if (!(source instanceof TableSource table)) {
                throw new IllegalArgumentException("statutory days cannot be added to a host-supplied HolidaySource; "
                        + "add them to that source instead");
            }
            source = table.plus(days);
            return this;
        }

        /** Adds statutory days read from a UTF-8 file of lines {@code yyyy-MM-dd,HOLIDAY|WORKDAY,name} ('#' comments). */
        public Builder statutoryDays(Path file) {
            Objects.requireNonNull(file, "calendar file must not be null");
            try (InputStream in = Files.newInputStream(file)) {
                return statutoryDays(TableSource.readDays(in, file.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read calendar file " + file, e);
            }
        }

        /** Forgets all statutory data (every year becomes provisional until data is added). */
        public Builder withoutStatutoryDays() {
            source = TableSource.EMPTY;
            return this;
        }

        /** Replaces the statutory data with the host's own implementation. */
        public Builder source(HolidaySource source) {
            this.source = Objects.requireNonNull(source, "holiday source must not be null");
            return this;
        }

        /**
         * Adds company days, which win over statutory data and do not change which years are covered
         * (a company closing day in 2027 does not make 2027's holidays known).
         */
        public Builder companyDays(Collection<CalendarDay> days) {
            Objects.requireNonNull(days, "company days must not be null");
            for (CalendarDay d : days) {
                Objects.requireNonNull(d, "company days must not contain null");
                companyDays.put(d.date(), d);
            }
            return this;
        }

        /** A company closing day. */
        public Builder companyHoliday(LocalDate date, String name) {
            return companyDays(List.of(CalendarDay.holiday(date, name)));
        }

        /** A company working day (e.g. a Saturday stock-take). */
        public Builder companyWorkday(LocalDate date, String name) {
            return companyDays(List.of(CalendarDay.workday(date, name)));
        }

        /** Strict: refuse (throw {@link CalendarDataMissingException}) instead of computing uncovered years provisionally. */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /** Also tells {@code onFirstUse} each uncovered year once, on its first use (listeners chain). */
        public Builder onProvisionalYear(IntConsumer onFirstUse) {
            Objects.requireNonNull(onFirstUse, "provisional year listener must not be null");
            IntConsumer before = listener;
            listener = before == null ? onFirstUse : before.andThen(onFirstUse);
            return this;
        }

        /** The immutable calendar. */
        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
