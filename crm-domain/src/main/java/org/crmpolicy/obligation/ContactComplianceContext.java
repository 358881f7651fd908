package org.crmpolicy.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.obligation.AssessmentContext;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.PeriodKind;

/**
 * The "now" of one contact-compliance evaluation, inserted as a fact: both time axes (asOf, knownAt), the zone, the
 * role holdings and the work calendar (AT_RISK grace in working days, festival dates for C7, working days for C10).
 * Computes the evaluated calendar periods once per evaluation. Immutable apart from that cache; thread-safe.
 */
public final class ContactComplianceContext {

    private final AssessmentContext assessment;
    private final WorkCalendar calendar;
    private final Map<PeriodKind, List<Period>> periods = new ConcurrentHashMap<>();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    public ContactComplianceContext(AssessmentContext assessment, WorkCalendar calendar) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public AssessmentContext assessment() {
        return assessment;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public Instant asOf() {
        return assessment.asOf();
    }

    public ZoneId zone() {
        return assessment.zone();
    }

    /** An instant as the policy's messages print it: local time in this context's zone, with the zone. */
    public String local(java.time.Instant instant) {
        return org.crmpolicy.calendar.LocalTimes.format(instant, zone());
    }

    public LocalDate today() {
        return LocalDate.ofInstant(assessment.asOf(), assessment.zone());
    }

    /**
     * The periods of {@code kind} an obligation is evaluated for: the one containing asOf and the one before it; for
     * {@link PeriodKind#DAY} the previous working day and today when it is a working day.
     *
     * @throws IllegalArgumentException for kinds that are not calendar periods
     */
    public List<Period> evaluatedPeriods(PeriodKind kind) {
        return periods.computeIfAbsent(kind, this::compute);
    }

    private List<Period> compute(PeriodKind kind) {
        ZoneId zone = zone();
        if (kind == PeriodKind.DAY) {
            LocalDate today = today();
            List<Period> days = new ArrayList<>(2);
            days.add(kind.containing(calendar.previousWorkingDay(today), zone));
            if (calendar.isWorkingDay(today)) {
                days.add(kind.containing(today, zone));
            }
            return List.copyOf(days);
        }
        if (!kind.isCalendar()) {
            throw new IllegalArgumentException("obligation period " + kind + " is not a calendar period; "
                    + "occasions need their own rule");
        }
        Period current = kind.containing(asOf(), zone);
        return List.of(current.previous(), current);
    }

    /**
     * A value that depends only on this evaluation and {@code key} (from when a window turns AT_RISK, the festival
     * windows of C7), computed once by {@code compute} and remembered for the rest of the evaluation; the key says
     * what the value is, so one key always maps to one type. Thread-safe.
     */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, java.util.function.Supplier<T> compute) {
        Object known = memo.get(key);
        if (known == null) {
            known = compute.get();
            Object raced = memo.putIfAbsent(key, known);
            if (raced != null) {
                known = raced;
            }
        }
        return (T) known;
    }

    @Override
    public String toString() {
        return "ContactComplianceContext[asOf=" + asOf() + ", knownAt=" + assessment.knownAt() + ", zone=" + zone() + "]";
    }
}
