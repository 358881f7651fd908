package org.crmpolicy.rules.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The work calendar's missing-year warnings of one policy: one SLF4J warning per year without statutory holiday data,
 * the first time the year is used. Inside a {@linkplain #deferred() run} (a portfolio batch) the years are collected
 * and reported once when the run ends, sorted, in one line: a run over 2017-2027 says "2017, 2019, 2027", not the
 * order in which its chunks happened to touch them. After {@value #MAX_YEARS} years the policy falls silent and says
 * so once (issue 20, defect 8). Thread-safe.
 */
public final class CalendarWarnings {

    /** How many years without calendar data one policy warns about before it falls silent. */
    public static final int MAX_YEARS = 10;

    private final Logger log;
    private final SortedSet<Integer> pending = new TreeSet<>();
    private int reported;
    private int runs;

    /** @param log where the warnings go: the host's SLF4J logger of {@code CrmPolicy} */
    public CalendarWarnings(Logger log) {
        this.log = java.util.Objects.requireNonNull(log, "log");
    }

    /** The calendar used {@code year} for the first time; reported now, or when the current run ends. */
    public void firstUse(int year) {
        List<Integer> now;
        synchronized (this) {
            if (runs > 0) {
                pending.add(year);
                return;
            }
            now = admit(List.of(year));
        }
        report(now);
    }

    /**
     * Defers the warnings until the returned handle is closed (runs may nest or overlap; the last one to close
     * reports). Use with try-with-resources around a run.
     */
    public Run deferred() {
        synchronized (this) {
            runs++;
        }
        return this::close;
    }

    private void close() {
        List<Integer> now;
        synchronized (this) {
            if (--runs > 0) {
                return;
            }
            now = admit(new ArrayList<>(pending));
            pending.clear();
        }
        report(now);
    }

    /** The years still allowed a warning, in order; counts them (caller holds the lock). */
    private List<Integer> admit(List<Integer> years) {
        List<Integer> out = new ArrayList<>();
        for (int y : years) {
            if (reported < MAX_YEARS) {
                out.add(y);
            } else if (reported == MAX_YEARS) {
                out.add(null); // the one "falls silent" line
            }
            if (reported <= MAX_YEARS) {
                reported++;
            }
        }
        return out;
    }

    private void report(List<Integer> admitted) {
        List<Integer> years = admitted.stream().filter(java.util.Objects::nonNull).toList();
        if (!years.isEmpty()) {
            String list = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String them = years.size() == 1 ? list : "these years";
            String its = years.size() == 1 ? "its" : "their";
            log.warn("crm-policy work calendar has no statutory holiday data for {}: {} days are computed "
                    + "provisionally (weekends, Jan 1, May 1-2, Oct 1-3) and every deadline touching {} is marked "
                    + "provisional. Supply the State Council notice for {} with CrmPolicy.builder().calendar("
                    + "WorkCalendar.chinaMainland().toBuilder().statutoryDays(path).build()) or make the calendar strict "
                    + "to refuse instead.", list, its, them, them);
        }
        if (admitted.contains(null)) {
            log.warn("crm-policy work calendar: {} years without statutory holiday data reported; further such years "
                    + "are computed provisionally without a warning", MAX_YEARS);
        }
    }

    /** A deferred run: closing it reports what it collected. */
    @FunctionalInterface
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }
}
