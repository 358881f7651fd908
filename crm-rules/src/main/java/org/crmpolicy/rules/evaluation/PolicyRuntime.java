package org.crmpolicy.rules.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.customer.Assessor;
import org.crmpolicy.rules.engine.RuleBase;

/**
 * What every policy area evaluates with: the running rule set, the named parameters, the policy's time zone and work
 * calendar (one zone: the calendar's), the clock of the no-{@code asOf} variants and the assessor named on tier
 * decisions. Built once by {@code CrmPolicy}; an area takes {@link #ruleBase()} once per call and finishes on it even
 * when a reload swaps in another meanwhile. Immutable and thread-safe.
 */
public final class PolicyRuntime {

    private final Supplier<RuleBase> rules;
    private final PolicyParameters parameters;
    private final WorkCalendar calendar;
    private final Clock clock;
    private final Assessor assessor;
    private final CalendarWarnings calendarWarnings;

    /**
     * @param rules      the running rule set, read once per evaluation
     * @param parameters the named parameters
     * @param calendar   the work calendar; its zone is the policy's zone
     * @param clock      the clock the no-{@code asOf} variants read, or null when the host gives none
     * @param assessor   who tier decisions name as assessor when the customer has no value assessment (T10)
     * @throws IllegalArgumentException when the parameters are inconsistent ({@link PolicyParameters#requireConsistent()})
     */
    public PolicyRuntime(Supplier<RuleBase> rules, PolicyParameters parameters, WorkCalendar calendar, Clock clock,
                         Assessor assessor) {
        this(rules, parameters, calendar, clock, assessor, null);
    }

    /**
     * As {@link #PolicyRuntime(Supplier, PolicyParameters, WorkCalendar, Clock, Assessor)}, with the warnings the
     * calendar's listener reports to, so that a run can {@linkplain #deferCalendarWarnings() defer} them.
     */
    public PolicyRuntime(Supplier<RuleBase> rules, PolicyParameters parameters, WorkCalendar calendar, Clock clock,
                         Assessor assessor, CalendarWarnings calendarWarnings) {
        this.calendarWarnings = calendarWarnings;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.parameters = Objects.requireNonNull(parameters, "parameters").requireConsistent();
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = clock;
        this.assessor = Objects.requireNonNull(assessor, "assessor");
    }

    /** The running rule set: take it once per call. */
    public RuleBase ruleBase() {
        return rules.get();
    }

    public PolicyParameters parameters() {
        return parameters;
    }

    /** The policy's time zone, which is its calendar's. */
    public ZoneId zone() {
        return calendar.zone();
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * Collects the calendar's missing-year warnings until the handle is closed, then reports them once, sorted (a
     * batch run). A no-op handle when this runtime reports no warnings.
     */
    public CalendarWarnings.Run deferCalendarWarnings() {
        return calendarWarnings == null ? () -> { } : calendarWarnings.deferred();
    }

    public Assessor assessor() {
        return assessor;
    }

    /**
     * The current instant of the builder's clock.
     *
     * @throws IllegalStateException when the policy was built without a clock
     */
    public Instant now() {
        if (clock == null) {
            throw new IllegalStateException("no clock configured: pass asOf explicitly or build the policy with "
                    + "CrmPolicy.builder().clock(clock)");
        }
        return clock.instant();
    }
}
