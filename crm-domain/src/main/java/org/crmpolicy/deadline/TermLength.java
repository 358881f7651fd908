package org.crmpolicy.deadline;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a deadline term runs, as a table row writes it: {@code "3 working days"}, {@code "5 minutes"},
 * {@code "24 hours"}, {@code "7 calendar days"} (singular units too: {@code "1 hour"}).
 *
 * @param amount how many units, at least 1
 * @param unit   minutes, hours, working days or calendar days
 */
public record TermLength(int amount, TermUnit unit) {

    private static final Pattern TEXT = Pattern.compile(
            "^([0-9]{1,6})\\s+(minutes?|hours?|working\\s+days?|calendar\\s+days?)$");

    /** What {@link #parse} accepts, for messages. */
    public static final String FORMAT = "a whole number and a unit: minutes, hours, working days or calendar days"
            + " (e.g. 3 working days, 5 minutes, 24 hours, 7 calendar days)";

    public TermLength {
        Objects.requireNonNull(unit, "termLength.unit must not be null");
        if (amount < 1) {
            throw new IllegalArgumentException("termLength.amount must be at least 1, was " + amount);
        }
    }

    /**
     * The length {@code text} names.
     *
     * @throws IllegalArgumentException naming the text when it is not {@link #FORMAT}
     */
    public static TermLength parse(String text) {
        Objects.requireNonNull(text, "term length must not be null");
        Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a term length: write " + FORMAT);
        }
        int amount = Integer.parseInt(m.group(1));
        if (amount < 1) {
            throw new IllegalArgumentException("\"" + text + "\" is not a term length: a term is at least 1 unit long");
        }
        String unit = m.group(2);
        TermUnit u = unit.startsWith("minute") ? TermUnit.MINUTES
                : unit.startsWith("hour") ? TermUnit.HOURS
                : unit.startsWith("working") ? TermUnit.WORKING_DAYS
                : TermUnit.CALENDAR_DAYS;
        return new TermLength(amount, u);
    }

    /** {@code "3 working days"}, {@code "1 hour"}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        String name = switch (unit) {
            case MINUTES -> "minute";
            case HOURS -> "hour";
            case WORKING_DAYS -> "working day";
            case CALENDAR_DAYS -> "calendar day";
        };
        return amount + " " + name + (amount == 1 ? "" : "s");
    }
}
