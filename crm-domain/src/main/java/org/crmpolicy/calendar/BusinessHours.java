package org.crmpolicy.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The working hours of a working day, as ordered, non-overlapping spans of local time, e.g.
 * {@code BusinessHours.of("09:00-12:00", "13:30-17:30")}. {@link #allDay()} means the whole day counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param spans the spans in order; never empty
 */
public record BusinessHours(List<Span> spans) {

    private static final Pattern SPAN = Pattern.compile("(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2}|24:00)");
    private static final BusinessHours ALL_DAY = new BusinessHours(List.of(new Span(LocalTime.MIDNIGHT, null)));

    /**
     * One span of working time on a day.
     *
     * @param start the first working instant (local time)
     * @param end   the first instant after it, or {@code null} for the end of the day (24:00)
     */
    public record Span(LocalTime start, LocalTime end) {
        public Span {
            Objects.requireNonNull(start, "business hours span start must not be null");
            if (end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("business hours span " + start + "-" + end
                        + " is empty or reversed: the end must be after the start (use 24:00 for the end of the day)");
            }
        }

        /** True when the span runs to midnight at the end of the day. */
        public boolean toEndOfDay() {
            return end == null;
        }

        @Override
        public String toString() {
            return start + "-" + (end == null ? "24:00" : end.toString());
        }
    }

    public BusinessHours {
        Objects.requireNonNull(spans, "business hours spans must not be null");
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("business hours need at least one span, e.g. 09:00-17:30");
        }
        spans = List.copyOf(spans);
        for (int i = 1; i < spans.size(); i++) {
            Span before = spans.get(i - 1);
            if (before.end() == null || spans.get(i).start().isBefore(before.end())) {
                throw new IllegalArgumentException("business hours spans " + before + " and " + spans.get(i)
                        + " overlap or are out of order: list them in order, without overlap");
            }
        }
    }

    /** The whole day (00:00-24:00) is working time. */
    public static BusinessHours allDay() {
        return ALL_DAY;
    }

    /**
     * Parses spans written {@code HH:mm-HH:mm} ({@code 24:00} allowed as an end).
     *
     * @throws IllegalArgumentException naming the span that is malformed, reversed or overlapping
     */
    public static BusinessHours of(String... spans) {
        Objects.requireNonNull(spans, "business hours spans must not be null");
        List<Span> parsed = new ArrayList<>();
        for (String text : spans) {
            Matcher m = SPAN.matcher(text == null ? "" : text.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("business hours span '" + text + "' is malformed: expected HH:mm-HH:mm, e.g. 09:00-12:00");
            }
            LocalTime start = LocalTime.parse(m.group(1));
            LocalTime end = "24:00".equals(m.group(2)) ? null : LocalTime.parse(m.group(2));
            parsed.add(new Span(start, end));
        }
        return new BusinessHours(parsed);
    }

    /** True when the whole day is working time. */
    public boolean isAllDay() {
        return equals(ALL_DAY);
    }

    @Override
    public String toString() {
        return spans.toString();
    }
}
