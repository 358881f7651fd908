package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The append-only store of complaint events (P5). Events are only ever inserted; the database refuses UPDATE and
 * DELETE (a trigger installed by migration V2). Loading a complaint means replaying {@link #history} in order.
 * Stateless and thread-safe; never commits.
 */
public final class ComplaintEventTable {

    private ComplaintEventTable() {
    }

    /** Appends the events (a JDBC batch). An event whose (complaint, seq) exists makes the batch fail. */
    public static void append(Connection c, Collection<ComplaintEventRow> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint_event (complaint_id, seq, event_type,"
                + " occurred_at, actor, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ComplaintEventRow e : events) {
                ps.setString(1, e.complaintId());
                ps.setInt(2, e.seq());
                ps.setString(3, e.eventType());
                ps.setObject(4, e.occurredAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(5, e.actor());
                ps.setString(6, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The complaint's events in the order they happened (by {@code seq}); empty when there are none. */
    public static List<ComplaintEventRow> history(Connection c, String complaintId) throws SQLException {
        List<ComplaintEventRow> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT complaint_id, seq, event_type, occurred_at, actor, detail"
                + " FROM complaint_event WHERE complaint_id = ? ORDER BY seq")) {
            ps.setString(1, complaintId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(new ComplaintEventRow(rs.getString(1), rs.getInt(2), rs.getString(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return events;
    }
}
