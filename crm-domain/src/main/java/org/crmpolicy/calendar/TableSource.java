package org.crmpolicy.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An in-memory {@link HolidaySource}: listed days, covered years, festival dates. Immutable once built. */
final class TableSource implements HolidaySource {

    static final TableSource EMPTY = new TableSource(Map.of(), Set.of(), Map.of());

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> years;
    private final Map<Festival, Map<Integer, LocalDate>> festivals;

    TableSource(Map<LocalDate, CalendarDay> days, Set<Integer> years, Map<Festival, Map<Integer, LocalDate>> festivals) {
        this.days = Map.copyOf(days);
        this.years = Set.copyOf(years);
        Map<Festival, Map<Integer, LocalDate>> copy = new EnumMap<>(Festival.class);
        festivals.forEach((f, byYear) -> copy.put(f, Map.copyOf(byYear)));
        this.festivals = copy;
    }

    @Override
    public boolean covers(int year) {
        return years.contains(year);
    }

    @Override
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    @Override
    public Optional<LocalDate> festival(Festival festival, int year) {
        LocalDate listed = festivals.getOrDefault(festival, Map.of()).get(year);
        return listed != null ? Optional.of(listed) : festival.fixedDateIn(year);
    }

    Set<Integer> years() {
        return years;
    }

    /** A copy with more statutory days: their years become covered; a later line for a date replaces an earlier one. */
    TableSource plus(Collection<CalendarDay> more) {
        Map<LocalDate, CalendarDay> d = new HashMap<>(days);
        Set<Integer> y = new HashSet<>(years);
        for (CalendarDay day : more) {
            if (day == null) {
                throw new IllegalArgumentException("calendar days must not contain null");
            }
            d.put(day.date(), day);
            y.add(day.date().getYear());
        }
        return new TableSource(d, y, festivals);
    }

    TableSource plusFestival(Festival festival, LocalDate date) {
        Map<Festival, Map<Integer, LocalDate>> f = new EnumMap<>(Festival.class);
        festivals.forEach((k, v) -> f.put(k, new HashMap<>(v)));
        f.computeIfAbsent(festival, k -> new HashMap<>()).put(date.getYear(), date);
        return new TableSource(days, years, f);
    }

    static List<CalendarDay> readDays(InputStream in, String origin) {
        return readLines(in, origin).stream().map(l -> {
            try {
                return CalendarDay.parse(l.text());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + ":" + l.number() + ": " + e.getMessage(), e);
            }
        }).toList();
    }

    static TableSource readFestivals(TableSource base, InputStream in, String origin) {
        TableSource result = base;
        for (Line l : readLines(in, origin)) {
            String[] parts = l.text().split(",");
            try {
                result = result.plusFestival(Festival.valueOf(parts[1].strip()), LocalDate.parse(parts[0].strip()));
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException(origin + ":" + l.number() + ": festival line '" + l.text()
                        + "' is malformed: expected yyyy-MM-dd,FESTIVAL", e);
            }
        }
        return result;
    }

    private record Line(int number, String text) {
    }

    private static List<Line> readLines(InputStream in, String origin) {
        if (in == null) {
            throw new IllegalStateException("calendar data " + origin + " is missing from the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Line> lines = new java.util.ArrayList<>();
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                String t = text.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(new Line(n, t));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar data " + origin, e);
        }
    }
}
