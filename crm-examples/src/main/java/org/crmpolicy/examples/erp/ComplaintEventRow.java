package org.crmpolicy.examples.erp;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored event of a complaint's history, as the ERP keeps it (P2, P5). The complaint area replays a
 * complaint's events in {@code seq} order to rebuild its state.
 *
 * @param complaintId the complaint
 * @param seq         1-based position in the complaint's history
 * @param eventType   RECEIVED, REGISTERED, ASSIGNED, IN_PROGRESS, RESOLVED, REVIEWED, CLOSED, REOPENED, ...
 * @param occurredAt  when it happened
 * @param actor       who did it: a staff or role ID, never a person's name
 * @param detail      business facts, no personal data; may be {@code null}
 */
public record ComplaintEventRow(String complaintId, int seq, String eventType, Instant occurredAt, String actor, String detail) {

    public ComplaintEventRow {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
    }
}
