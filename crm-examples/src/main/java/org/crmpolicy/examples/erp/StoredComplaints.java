package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintEvent;
import org.crmpolicy.complaint.StoredComplaintEvent;
import org.crmpolicy.customer.CustomerId;

/**
 * Complaints as a host stores them: the library's {@link ComplaintEvent}s in their {@link StoredComplaintEvent stored
 * form} as rows of the append-only {@code complaint_event} table (type, state after, actor and unit, instant, reason,
 * changes), and back with {@link ComplaintEvent#fromStored} and {@link Complaint#replay}. Rows written before events
 * were typed load unchanged. Stateless and thread-safe; never commits.
 */
public final class StoredComplaints {

    private StoredComplaints() {
    }

    /**
     * One complaint loaded from the ERP: its customer and its history up to the instant it was loaded for.
     *
     * @param customerId the complaining customer
     * @param events     the history in order, never empty
     */
    public record Loaded(CustomerId customerId, List<ComplaintEvent> events) {

        public Loaded {
            Objects.requireNonNull(customerId, "customerId");
            events = List.copyOf(events);
        }

        /** The complaint rebuilt from its events. */
        public Complaint replay() {
            return Complaint.replay(events);
        }
    }

    /** Appends the events (a JDBC batch); an event whose (complaint, seq) is stored already makes the batch fail. */
    public static void append(Connection c, Collection<ComplaintEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaint_event (complaint_id, seq, event_type,"
                + " occurred_at, actor, detail, state_after, actor_unit, reason, changes)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)")) {
            for (ComplaintEvent typed : events) {
                StoredComplaintEvent e = typed.stored();
                ps.setString(1, e.complaintId().value());
                ps.setInt(2, Math.toIntExact(e.sequence()));
                ps.setString(3, e.type().name());
                ps.setObject(4, e.at().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(5, e.by().staffId());
                ps.setString(6, e.stateAfter().name());
                ps.setString(7, e.by().unit().code());
                ps.setString(8, e.why());
                ps.setString(9, encode(e.changes()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The complaints of the customers {@code firstCustomerId..lastCustomerId} (inclusive; {@code null} bounds mean
     * all), each with its events that happened at or before {@code asOf}, in complaint ID order. A complaint
     * received after {@code asOf} is left out.
     *
     * @throws IllegalArgumentException from {@link ComplaintEvent#fromStored} when a stored row is not a known type
     *                                  or state (e.g. a row written before migration V4)
     */
    public static List<Loaded> load(Connection c, String firstCustomerId, String lastCustomerId, Instant asOf)
            throws SQLException {
        List<Loaded> loaded = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.complaint_id, e.seq, e.event_type, e.state_after,"
                + " e.actor, e.actor_unit, e.occurred_at, e.reason, e.changes, k.customer_id"
                + " FROM complaint_event e JOIN complaint k ON k.complaint_id = e.complaint_id"
                + " WHERE k.customer_id >= ? AND k.customer_id <= ? AND e.occurred_at <= ?"
                + " ORDER BY e.complaint_id, e.seq")) {
            ps.setString(1, firstCustomerId == null ? "" : firstCustomerId);
            ps.setString(2, lastCustomerId == null ? "\uffff" : lastCustomerId);
            ps.setObject(3, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                String current = null;
                String customer = null;
                List<ComplaintEvent> events = new ArrayList<>();
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!id.equals(current)) {
                        if (current != null) {
                            loaded.add(new Loaded(CustomerId.of(customer), events));
                        }
                        current = id;
                        customer = rs.getString(10);
                        events = new ArrayList<>();
                    }
                    events.add(ComplaintEvent.fromStored(id, rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                            rs.getString(8), decode(rs.getString(9))));
                }
                if (current != null) {
                    loaded.add(new Loaded(CustomerId.of(customer), events));
                }
            }
        }
        return loaded;
    }

    /** {@code name=value} lines; a backslash, CR and LF in a value are escaped so every change stays one line. */
    static String encode(Map<String, String> changes) {
        StringBuilder sb = new StringBuilder();
        changes.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(k).append('=').append(v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        });
        return sb.toString();
    }

    /** The inverse of {@link #encode}; {@code null} or empty text is no change. */
    static Map<String, String> decode(String text) {
        Map<String, String> changes = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n", -1)) {
            int eq = line.indexOf('=');
            StringBuilder v = new StringBuilder();
            String raw = line.substring(eq + 1);
            for (int i = 0; i < raw.length(); i++) {
                char ch = raw.charAt(i);
                if (ch == '\\' && i + 1 < raw.length()) {
                    char n = raw.charAt(++i);
                    v.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
                } else {
                    v.append(ch);
                }
            }
            changes.put(line.substring(0, eq), v.toString());
        }
        return changes;
    }
}
