package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A complaint event in its stored form: the type, the state after it, who, when, why, and what it set as
 * {@code name=value} text (e.g. {@code responsibleUnit=BU-PRINT}), so that a host can keep it in any columns. This is
 * the form every version of the library has written; {@link #toEvent()} reads it back into a typed
 * {@link ComplaintEvent}, {@link ComplaintEvent#stored()} writes one.
 *
 * <p>The names each type uses: RECEIVED {@code customerId, feedbackType, severity, content, confirmedWithCustomer};
 * REGISTERED {@code complaintType, acceptanceForm, acceptingUnit, providingUnit, competentDepartment} and optionally
 * {@code onSiteProvince, timeNodeToldCustomer}; ASSIGNED {@code responsibleUnit, handlingDeadline} and optionally
 * {@code responsiblePersonId, handlerId, approvedBy, approvedByUnit}; HANDLING_STARTED optionally
 * {@code causeAnalysis, correctiveAction}; RESOLVED {@code result}; ESCALATED {@code to, reason} and, for a large
 * claim, {@code largeClaimBoundCny}; PROGRESS_REPORTED {@code audiences} (comma-separated); CLAIM_RECORDED
 * {@code claimAmountCny}; CONFLICT_RECORDED {@code grade, method, responsibility, responsiblePersonId};
 * CONFLICT_ARCHIVED {@code archiveReference}; CORRECTIVE_ACTION_EVALUATED {@code evaluation}; FOLLOWED_UP
 * {@code coversProgress} and optionally {@code satisfactionRating}; POST_MORTEM {@code summary}; the other types set
 * nothing. {@code content} may hold personal data and is never shown by {@link #toString()}, which names only the keys.
 *
 * @param complaintId which complaint
 * @param sequence    1 for the first event, then consecutive
 * @param type        what happened
 * @param stateAfter  the state the complaint is in after this event (checked on replay)
 * @param by          who did it; never null
 * @param at          when
 * @param why         the reason given, not blank
 * @param changes     what the event set, by name; never null
 */
public record StoredComplaintEvent(ComplaintId complaintId, long sequence, ComplaintEventType type,
                                   ComplaintState stateAfter, Actor by, Instant at, String why,
                                   Map<String, String> changes) {

    public StoredComplaintEvent {
        ComplaintEvent.Recorded.check(complaintId, sequence, type, stateAfter, by, at, why);
        if (type == null) {
            throw new IllegalArgumentException("complaint " + complaintId + " event " + sequence
                    + ": type must not be null");
        }
        if (changes == null) {
            throw new IllegalArgumentException("complaint " + complaintId + " event " + sequence + " (" + type
                    + "): changes must not be null");
        }
        for (Map.Entry<String, String> e : changes.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("complaint " + complaintId + " event " + sequence + " (" + type
                        + "): changes must not hold null keys or values, got key " + e.getKey());
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
    public static StoredComplaintEvent fromStored(String complaintId, long sequence, String type, String stateAfter,
                                                  String staffId, String unit, Instant at, String why,
                                                  Map<String, String> changes) {
        ComplaintId id = ComplaintId.of(complaintId);
        String where = "complaint " + id + " event " + sequence;
        ComplaintEventType parsedType = parse(ComplaintEventType.class, type, where + ": unknown event type");
        ComplaintState parsedState = parse(ComplaintState.class, stateAfter, where + ": unknown state");
        Actor by = staffId == null && unit == null ? null : Actor.of(staffId, OrgUnit.of(unit));
        return new StoredComplaintEvent(id, sequence, parsedType, parsedState, by, at, why, changes);
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

    /**
     * The typed event.
     *
     * @throws IllegalArgumentException naming the complaint, the event and the field when a change is missing or
     *                                  cannot be read (the value is shown, except {@code content})
     */
    public ComplaintEvent toEvent() {
        return ComplaintEventCodec.decode(this);
    }

    /** The value set under {@code name}, or {@code null}. */
    public String change(String name) {
        return changes.get(name);
    }

    /** Shows the keys of {@code changes} but none of the values and not the reason: they may hold personal data. */
    @Override
    public String toString() {
        return "StoredComplaintEvent[" + complaintId + " #" + sequence + " " + type + " -> " + stateAfter + " by " + by
                + " at " + at + " changed " + changes.keySet() + "]";
    }
}
