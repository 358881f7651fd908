package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable entry of a complaint's history (P5): who did what, when, why, and what changed. The history is the
 * complaint: {@link Complaint#replay(java.util.List)} rebuilds the complaint from it, so a host stores these events
 * (append-only) and nothing else.
 *
 * <p>{@code changes} holds what the event set, by name (e.g. {@code responsibleUnit=BU-PRINT}); the names each event
 * type uses are documented on the {@link Complaint} method that records it. Values are plain text so that a host can
 * store them in any column type; {@code content} may hold personal data and is therefore never shown by
 * {@link #toString()}, which names only the keys.
 *
 * @param complaintId which complaint
 * @param sequence    1 for the first event, then consecutive; the complaint's version after this event
 * @param type        what happened
 * @param stateAfter  the state the complaint is in after this event (checked on replay)
 * @param by          who did it; never null: there is no transition by nobody
 * @param at          when
 * @param why         the reason given, not blank
 * @param changes     what the event set, by name; never null
 */
public record ComplaintEvent(
        ComplaintId complaintId,
        long sequence,
        ComplaintEventType type,
        ComplaintState stateAfter,
        Actor by,
        Instant at,
        String why,
        Map<String, String> changes) {

    public ComplaintEvent {
        Objects.requireNonNull(complaintId, "event.complaintId must not be null");
        String where = "complaint " + complaintId + " event " + sequence;
        if (sequence < 1) {
            throw new IllegalArgumentException(where + ": sequence = " + sequence + " must be 1 or more");
        }
        if (type == null) {
            throw new IllegalArgumentException(where + ": type must not be null");
        }
        if (stateAfter == null) {
            throw new IllegalArgumentException(where + " (" + type + "): stateAfter must not be null");
        }
        if (by == null) {
            throw new IllegalArgumentException(where + " (" + type + "): by must not be null; "
                    + "every change to a complaint names the person who made it");
        }
        if (at == null) {
            throw new IllegalArgumentException(where + " (" + type + "): at must not be null");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException(where + " (" + type + "): why must not be blank; "
                    + "every change to a complaint records its reason");
        }
        if (changes == null) {
            throw new IllegalArgumentException(where + " (" + type + "): changes must not be null");
        }
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException(where + " (" + type + "): changes must not hold null keys or "
                        + "values, got key " + e.getKey());
            }
        }
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /**
     * An event as a host stored it, with type, state and unit as text: the way back from a database row.
     *
     * @throws IllegalArgumentException naming the complaint, the sequence and the unknown value when the type or
     *                                  the state is not one this library knows
     */
    public static ComplaintEvent fromStored(String complaintId, long sequence, String type, String stateAfter,
                                            String staffId, String unit, Instant at, String why,
                                            Map<String, String> changes) {
        ComplaintId id = ComplaintId.of(complaintId);
        String where = "complaint " + id + " event " + sequence;
        ComplaintEventType parsedType = parse(ComplaintEventType.class, type, where + ": unknown event type");
        ComplaintState parsedState = parse(ComplaintState.class, stateAfter, where + ": unknown state");
        Actor by = staffId == null && unit == null ? null : Actor.of(staffId, OrgUnit.of(unit));
        return new ComplaintEvent(id, sequence, parsedType, parsedState, by, at, why, changes);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String problem) {
        if (text == null) {
            throw new IllegalArgumentException(problem + " null in stored history");
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(problem + " '" + text + "' in stored history; known: "
                    + Arrays.toString(type.getEnumConstants()), e);
        }
    }

    /** The value set under {@code name}, or {@code null}. */
    public String change(String name) {
        return changes.get(name);
    }

    /** Shows the keys of {@code changes} but none of the values and not the reason: they may hold personal data. */
    @Override
    public String toString() {
        return "ComplaintEvent[" + complaintId + " #" + sequence + " " + type + " -> " + stateAfter + " by " + by
                + " at " + at + " changed " + changes.keySet() + "]";
    }
}
