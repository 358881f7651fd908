package org.crmpolicy.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import org.crmpolicy.calendar.BusinessHours;
import org.crmpolicy.calendar.TimeBasis;
import org.crmpolicy.calendar.WorkCalendar;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * A running deadline: the catalogue rule that sets it, what it is about, from when it runs, when it falls due, the
 * calendar and time basis it counts in, the pauses it had and whether (and when) it was met.
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li>The window is half-open, {@code [start, due)}: met at any instant before {@code due} is on time; the due
 *     instant itself is the first late instant ("within 24 hours" of 10:00 allows replies up to 09:59:59.999... the
 *     next day; "within 3 working days" ending Thursday 24:00 allows all of Thursday).</li>
 * <li>A pause extends the due instant by the paused time <em>measured in the deadline's own basis</em>: a
 *     business-time deadline paused over a weekend loses nothing, and gets back exactly the working time the pause
 *     covered, counted forward from the due instant on the same calendar.</li>
 * <li>Pausing twice without resuming, resuming when not paused, a pause or a meeting before the start, a pause
 *     starting at or after the due instant, a pause after the deadline was met, meeting twice: each is an
 *     {@link IllegalStateException} or {@link IllegalArgumentException} naming the deadline and the instants.</li>
 * <li>Meeting a paused deadline closes the pause at that instant.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #pause}, {@link #resume} and {@link #meet} return new values.
 * Example: {@code Deadline.within(RuleId.of("D3"), "MAIL-7", "reply", received, Duration.ofHours(24), TimeBasis.CLOCK, calendar)}.
 *
 * @param ruleId      the catalogue rule, never null
 * @param subjectId   what it is about (an inquiry, contract or complaint ID), never null or blank, never personal data
 * @param obligation  what must happen, short (e.g. {@code reply}, {@code confirmed delivery date}), never null or blank
 * @param start       when the deadline starts running, never null
 * @param originalDue the due instant before any pause, not before {@code start}
 * @param basis       the units of the deadline: CLOCK or BUSINESS time of {@code calendar} ({@link #basisExplanation()}
 *                    says it in words); the policy's minute and hour deadlines (D2-D4) are CLOCK unless the calendar
 *                    has business hours
 * @param calendar    the calendar it counts on, never null
 * @param pauses      the pauses in order, non-overlapping, at most the last one open; never null
 * @param metAt       when it was met, {@code null} while not met
 * @param responsible who must act (a role or unit), {@code null} when not known
 */
public record Deadline(
        RuleId ruleId,
        String subjectId,
        String obligation,
        Instant start,
        Instant originalDue,
        TimeBasis basis,
        WorkCalendar calendar,
        List<Pause> pauses,
        Instant metAt,
        String responsible) {

    public Deadline {
        Objects.requireNonNull(ruleId, "deadline ruleId must not be null");
        requireText(subjectId, "subjectId");
        requireText(obligation, "obligation");
        Objects.requireNonNull(start, "deadline start must not be null");
        Objects.requireNonNull(originalDue, "deadline due must not be null");
        Objects.requireNonNull(basis, "deadline basis must not be null");
        Objects.requireNonNull(calendar, "deadline calendar must not be null");
        Objects.requireNonNull(pauses, "deadline pauses must not be null (use an empty list)");
        pauses = List.copyOf(pauses);
        String name = ruleId + " " + obligation + " for " + subjectId;
        if (originalDue.isBefore(start)) {
            throw new IllegalArgumentException("deadline " + name + " is due at " + originalDue + ", before its start " + start);
        }
        Instant previousEnd = start;
        for (int i = 0; i < pauses.size(); i++) {
            Pause p = pauses.get(i);
            if (p.from().isBefore(previousEnd)) {
                throw new IllegalArgumentException("deadline " + name + ": pause from " + p.from()
                        + " starts before " + (i == 0 ? "the start " : "the end of the previous pause ") + previousEnd);
            }
            if (p.isOpen() && i < pauses.size() - 1) {
                throw new IllegalArgumentException("deadline " + name + ": only the last pause may be open, pause from "
                        + p.from() + " is not");
            }
            previousEnd = p.isOpen() ? p.from() : p.until();
        }
        if (metAt != null) {
            if (metAt.isBefore(start)) {
                throw new IllegalArgumentException("deadline " + name + " cannot be met at " + metAt + ", before its start " + start);
            }
            if (!pauses.isEmpty() && (pauses.get(pauses.size() - 1).isOpen() || metAt.isBefore(previousEnd))) {
                throw new IllegalArgumentException("deadline " + name + " met at " + metAt + " inside or before a recorded pause");
            }
        }
    }

    private static void requireText(String value, String field) {
        Objects.requireNonNull(value, "deadline " + field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException("deadline " + field + " must not be blank");
        }
    }

    /** A deadline from {@code start} to {@code due}, not paused, not met. */
    public static Deadline of(RuleId ruleId, String subjectId, String obligation, Instant start, Instant due,
            TimeBasis basis, WorkCalendar calendar) {
        return new Deadline(ruleId, subjectId, obligation, start, due, basis, calendar, List.of(), null, null);
    }

    /** "Within {@code budget}" counted from {@code start} in {@code basis} on {@code calendar}. */
    public static Deadline within(RuleId ruleId, String subjectId, String obligation, Instant start, Duration budget,
            TimeBasis basis, WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "deadline calendar must not be null");
        return of(ruleId, subjectId, obligation, start, calendar.plus(start, budget, basis), basis, calendar);
    }

    /**
     * "Within {@code n} working days" counted from {@code start} ({@link WorkCalendar#plusWorkingDays(Instant, int)});
     * pauses count in business time.
     */
    public static Deadline withinWorkingDays(RuleId ruleId, String subjectId, String obligation, Instant start, int n,
            WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "deadline calendar must not be null");
        return of(ruleId, subjectId, obligation, start, calendar.plusWorkingDays(start, n), TimeBasis.BUSINESS, calendar);
    }

    /** A copy naming who must act. */
    public Deadline withResponsible(String who) {
        return new Deadline(ruleId, subjectId, obligation, start, originalDue, basis, calendar, pauses, metAt, who);
    }

    // ---- transitions

    /**
     * Stops the clock at {@code at}.
     *
     * @throws IllegalStateException    when already paused, already met, or at/after the due instant (already breached)
     * @throws IllegalArgumentException when {@code at} is before the start or before the end of the last pause
     */
    public Deadline pause(Instant at) {
        Objects.requireNonNull(at, "pause instant must not be null");
        if (metAt != null) {
            throw new IllegalStateException(name() + " was met at " + metAt + " and cannot be paused at " + at);
        }
        Optional<Pause> open = openPause();
        if (open.isPresent()) {
            throw new IllegalStateException(name() + " is already paused since " + open.get().from()
                    + "; resume it before pausing again at " + at);
        }
        if (at.isBefore(start)) {
            throw new IllegalArgumentException(name() + " cannot be paused at " + at + ", before its start " + start);
        }
        Instant dueNow = dueAt(at);
        if (!at.isBefore(dueNow)) {
            throw new IllegalStateException(name() + " was already breached at " + dueNow + " and cannot be paused at " + at);
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(at, null));
        return new Deadline(ruleId, subjectId, obligation, start, originalDue, basis, calendar, more, null, responsible);
    }

    /**
     * Restarts the clock at {@code at}; the due instant moves by the paused time measured in {@link #basis()}.
     *
     * @throws IllegalStateException    when not paused
     * @throws IllegalArgumentException when {@code at} is before the pause began
     */
    public Deadline resume(Instant at) {
        Objects.requireNonNull(at, "resume instant must not be null");
        Pause open = openPause().orElseThrow(() -> new IllegalStateException(name() + " is not paused, so it cannot be resumed at "
                + at + (pauses.isEmpty() ? "" : " (last pause ended " + pauses.get(pauses.size() - 1).until() + ")")));
        if (at.isBefore(open.from())) {
            throw new IllegalArgumentException(name() + " cannot be resumed at " + at + ", before its pause began at " + open.from());
        }
        return withLastPauseClosed(at, null);
    }

    /**
     * Records that the obligation was fulfilled at {@code at} (a reply sent, a delivery made). A late meeting is
     * recorded too and makes the deadline BREACHED. An open pause is closed at {@code at}.
     *
     * @throws IllegalStateException    when already met
     * @throws IllegalArgumentException when {@code at} is before the start or inside an earlier pause
     */
    public Deadline meet(Instant at) {
        Objects.requireNonNull(at, "meeting instant must not be null");
        if (metAt != null) {
            throw new IllegalStateException(name() + " was already met at " + metAt + "; cannot meet it again at " + at);
        }
        if (at.isBefore(start)) {
            throw new IllegalArgumentException(name() + " cannot be met at " + at + ", before its start " + start);
        }
        Optional<Pause> open = openPause();
        if (open.isPresent()) {
            if (at.isBefore(open.get().from())) {
                throw new IllegalArgumentException(name() + " cannot be met at " + at + ", before its open pause began at "
                        + open.get().from());
            }
            return withLastPauseClosed(at, at);
        }
        return new Deadline(ruleId, subjectId, obligation, start, originalDue, basis, calendar, pauses, at, responsible);
    }

    private Deadline withLastPauseClosed(Instant until, Instant met) {
        List<Pause> closed = new ArrayList<>(pauses);
        Pause last = closed.remove(closed.size() - 1);
        closed.add(new Pause(last.from(), until));
        return new Deadline(ruleId, subjectId, obligation, start, originalDue, basis, calendar, closed, met, responsible);
    }

    // ---- queries

    /** The due instant counting every ended pause (an open pause is not yet counted; see {@link #dueAt}). */
    public Instant due() {
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            if (!p.isOpen()) {
                paused = paused.plus(calendar.between(p.from(), p.until(), basis));
            }
        }
        return calendar.plus(originalDue, paused, basis);
    }

    /**
     * The last on-time moment as a local date-time in the calendar's zone: the nanosecond before {@link #due()}, the
     * first late instant. For "by the end of 09-30" {@code due()} is 10-01 00:00 and this is 09-30 23:59:59.999999999,
     * so {@code lastOnTime().toLocalDate()} is the last day a host may show ("by 2025-09-30"); counts every ended pause.
     */
    public ZonedDateTime lastOnTime() {
        return due().minusNanos(1).atZone(calendar.zone());
    }

    /** {@link #lastOnTime()} as known at {@code t}: the nanosecond before {@link #dueAt(Instant)}. */
    public ZonedDateTime lastOnTimeAt(Instant t) {
        return dueAt(t).minusNanos(1).atZone(calendar.zone());
    }

    /**
     * The due instant as a reader says it: {@code by the end of 2025-09-30 Asia/Shanghai} when the first late instant
     * is a local midnight, otherwise the first late local time, {@code 2025-11-25 10:00 Asia/Shanghai}.
     */
    public String dueText(Instant due) {
        ZonedDateTime z = due.atZone(calendar.zone());
        if (z.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return "by the end of " + z.toLocalDate().minusDays(1) + " " + calendar.zone().getId();
        }
        return local(due);
    }

    /** The due instant as known at {@code t}: pauses count up to {@code t} (an open pause up to {@code t} itself). */
    public Instant dueAt(Instant t) {
        Objects.requireNonNull(t, "instant must not be null");
        Duration paused = Duration.ZERO;
        for (Pause p : pauses) {
            if (p.from().isBefore(t)) {
                Instant end = p.isOpen() || p.until().isAfter(t) ? t : p.until();
                paused = paused.plus(calendar.between(p.from(), end, basis));
            }
        }
        return calendar.plus(originalDue, paused, basis);
    }

    /**
     * What {@link #basis()} counts on this deadline's calendar, in a sentence a host can show next to the due instant:
     * <ul>
     * <li>CLOCK: {@code clock time: every elapsed minute counts, nights, weekends and holidays included}</li>
     * <li>BUSINESS with business hours: {@code business hours: only 09:00-12:00, 13:30-17:30 (Asia/Shanghai) of
     *     working days count}</li>
     * <li>BUSINESS without them: {@code working days: whole working days (00:00-24:00 Asia/Shanghai) count, weekends
     *     and holidays do not}</li>
     * </ul>
     * Never null.
     */
    public String basisExplanation() {
        if (basis == TimeBasis.CLOCK) {
            return "clock time: every elapsed minute counts, nights, weekends and holidays included";
        }
        if (calendar.hasBusinessHours()) {
            StringBuilder spans = new StringBuilder();
            for (BusinessHours.Span span : calendar.businessHours().spans()) {
                spans.append(spans.length() == 0 ? "" : ", ").append(span);
            }
            return "business hours: only " + spans + " (" + calendar.zone().getId() + ") of working days count";
        }
        return "working days: whole working days (00:00-24:00 " + calendar.zone().getId()
                + ") count, weekends and holidays do not";
    }

    /** The met instant, when met. */
    public Optional<Instant> met() {
        return Optional.ofNullable(metAt);
    }

    /** True when a pause is open. */
    public boolean isPaused() {
        return openPause().isPresent();
    }

    /** The status as of {@code t}; events recorded after {@code t} are not seen. */
    public DeadlineStatus statusAt(Instant t) {
        Objects.requireNonNull(t, "status instant must not be null");
        if (metAt != null && !t.isBefore(metAt)) {
            return metAt.isBefore(due()) ? DeadlineStatus.MET : DeadlineStatus.BREACHED;
        }
        for (Pause p : pauses) {
            if (!t.isBefore(p.from()) && (p.isOpen() || t.isBefore(p.until()))) {
                return DeadlineStatus.PAUSED;
            }
        }
        return t.isBefore(dueAt(t)) ? DeadlineStatus.RUNNING : DeadlineStatus.BREACHED;
    }

    /**
     * Time left as of {@code t}, in the deadline's basis; zero once breached; for a deadline met on time, what was
     * left when it was met. While paused it stands still.
     */
    public Duration timeLeftAt(Instant t) {
        DeadlineStatus status = statusAt(t);
        return switch (status) {
            case BREACHED -> Duration.ZERO;
            case MET -> calendar.between(metAt, due(), basis);
            case RUNNING, PAUSED -> {
                Instant from = t.isBefore(start) ? start : t;
                Duration left = calendar.between(from, dueAt(t), basis);
                yield left.isNegative() ? Duration.ZERO : left;
            }
        };
    }

    /**
     * How late it is as of {@code t}, in the deadline's basis (business time for business-time deadlines); zero unless
     * BREACHED; for a late meeting, how late it was met.
     */
    public Duration overdueByAt(Instant t) {
        if (statusAt(t) != DeadlineStatus.BREACHED) {
            return Duration.ZERO;
        }
        Instant end = metAt != null && !t.isBefore(metAt) ? metAt : t;
        return calendar.between(dueAt(end), end, basis);
    }

    /**
     * The breach of this deadline as of {@code asOf}, as a VIOLATION finding of its rule about its subject, or empty
     * when it is not BREACHED then (running, paused or met on time). Every deadline of the policy — D1-D16 and the
     * complaint deadlines alike — is reported through here, so every breach reads the same way:
     *
     * <pre>
     * D3 reply for MAIL-7 was due 2025-11-25 10:00 Asia/Shanghai and was met late, at 2025-11-25 11:30 Asia/Shanghai;
     * overdue by 1 h 30 min (CLOCK time)
     * </pre>
     *
     * (a deadline whose first late instant is a local midnight reads {@code was due by the end of 2025-12-07
     * Asia/Shanghai}), with the evidence {@code obligation, start, due} (the first late instant){@code , lastOnTimeDate}
     * (the last on-time local date){@code , overdueBy, basis} and {@code metAt} when it was met late;
     * instants are local times in the calendar's zone ({@code 2025-11-25 10:00 Asia/Shanghai}, seconds only when not
     * zero), durations as {@code 1 h 30 min} in the deadline's basis (the evidence {@code overdueBy} holds the ISO-8601 duration). The finding names the responsible and the due instant.
     */
    public Optional<Finding> breachAt(Instant asOf) {
        if (statusAt(asOf) != DeadlineStatus.BREACHED) {
            return Optional.empty();
        }
        Instant due = dueAt(asOf);
        Duration overdueBy = overdueByAt(asOf);
        boolean metLate = metAt != null && !asOf.isBefore(metAt);
        Finding f = new Finding(ruleId, subjectId, Severity.VIOLATION, ruleId + " " + obligation + " for " + subjectId
                + " was due " + dueText(due) + (metLate ? " and was met late, at " + local(metAt) : " and is still open")
                + "; overdue by " + Durations.readable(overdueBy) + " (" + basis + " time)", Map.of(), responsible, due)
                .withEvidence("obligation", obligation)
                .withEvidence("start", local(start))
                .withEvidence("due", local(due))
                .withEvidence("lastOnTimeDate", due.minusNanos(1).atZone(calendar.zone()).toLocalDate())
                .withEvidence("overdueBy", overdueBy)
                .withEvidence("basis", basis);
        return Optional.of(metLate ? f.withEvidence("metAt", local(metAt)) : f);
    }

    /** An instant as this deadline reports it: local time in the calendar's zone, e.g. {@code 2025-11-25 10:00 Asia/Shanghai}. */
    public String local(Instant instant) {
        return org.crmpolicy.calendar.LocalTimes.format(instant, calendar.zone());
    }

    /**
     * The years between start and due that the calendar does not cover, so the due instant is provisional; empty when
     * the due instant rests on official data.
     */
    public SortedSet<Integer> provisionalYears() {
        return calendar.provisionalYears(start, due());
    }

    /** True when some day between start and due lies in a year the calendar computes provisionally. */
    public boolean isProvisional() {
        return !provisionalYears().isEmpty();
    }

    private Optional<Pause> openPause() {
        return pauses.isEmpty() || !pauses.get(pauses.size() - 1).isOpen()
                ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
    }

    private String name() {
        return "deadline " + ruleId + " " + obligation + " for " + subjectId;
    }
}
