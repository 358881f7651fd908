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
import java.util.List;
import java.util.Map;
import org.crmpolicy.contact.Channel;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.ContactRole;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.Purpose;
import org.crmpolicy.customer.CustomerId;

/**
 * The ERP's contact log ({@code contact}) and business events ({@code customer_event}) as the contact-compliance
 * façade reads them ({@link Contact}, {@link CustomerEvent}). Rows written before migration V5 have no role: they
 * are read as {@link ContactRole#SALES_STAFF}; the ERP channel EVENT is read as a {@link Channel#MEETING}.
 * Stateless and thread-safe; never commits.
 */
public final class ErpContactLog {

    private static final Map<String, Channel> ERP_CHANNELS = Map.of("EVENT", Channel.MEETING);

    private ErpContactLog() {
    }

    /** Inserts the contacts (a JDBC batch). */
    public static void insert(Connection c, Collection<Contact> contacts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (contact_id, customer_id, channel, purpose,"
                + " occurred_at, recorded_by, role, recorded_at, internal_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Contact k : contacts) {
                ps.setString(1, k.id());
                ps.setString(2, k.customerId() == null ? null : k.customerId().value());
                ps.setString(3, k.channel().name());
                ps.setString(4, k.purpose().name());
                ps.setObject(5, k.at().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(6, k.personId());
                ps.setString(7, k.role().name());
                ps.setObject(8, k.recordedAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setBoolean(9, k.internalNote());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Inserts the events (a JDBC batch). */
    public static void insertEvents(Connection c, Collection<CustomerEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer_event (event_id, customer_id, kind, occurred_at) VALUES (?, ?, ?, ?)")) {
            for (CustomerEvent e : events) {
                ps.setString(1, e.id());
                ps.setString(2, e.customerId().value());
                ps.setString(3, e.kind().name());
                ps.setObject(4, e.at().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The whole portfolio as the batch reads it: every customer of the ERP in ID order with its contacts and purchases
     * up to {@code asOf}, in one pass. For tests, benchmarks and comparisons against {@code PortfolioBatch}; a run over
     * a large ERP reads chunk by chunk instead ({@link ComplianceJob}).
     */
    public static List<org.crmpolicy.rules.batch.CustomerContacts> portfolio(Connection c, Instant asOf, FieldCipher cipher)
            throws SQLException {
        List<org.crmpolicy.customer.Customer> customers = new ArrayList<>();
        CustomerTable.readAfter(c, null, 500, 500, customers::addAll, cipher);
        List<org.crmpolicy.rules.batch.CustomerContacts> all = new ArrayList<>(customers.size());
        if (customers.isEmpty()) {
            return all;
        }
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        Map<CustomerId, List<Contact>> contacts = new java.util.HashMap<>();
        for (Contact k : contacts(c, first, last, asOf)) {
            contacts.computeIfAbsent(k.customerId(), id -> new ArrayList<>()).add(k);
        }
        Map<CustomerId, List<CustomerEvent>> events = new java.util.HashMap<>();
        for (CustomerEvent e : events(c, first, last, asOf)) {
            events.computeIfAbsent(e.customerId(), id -> new ArrayList<>()).add(e);
        }
        for (org.crmpolicy.customer.Customer customer : customers) {
            all.add(new org.crmpolicy.rules.batch.CustomerContacts(customer, contacts.getOrDefault(customer.id(), List.of()),
                    events.getOrDefault(customer.id(), List.of())));
        }
        return all;
    }

    /** The contacts with the customers {@code first..last} (inclusive) that happened at or before {@code asOf}. */
    public static List<Contact> contacts(Connection c, String first, String last, Instant asOf) throws SQLException {
        List<Contact> contacts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, customer_id, recorded_by, role, channel, purpose,"
                + " occurred_at, recorded_at, internal_note FROM contact WHERE customer_id >= ? AND customer_id <= ?"
                + " AND occurred_at <= ? ORDER BY customer_id, occurred_at, contact_id")) {
            ps.setString(1, first);
            ps.setString(2, last);
            ps.setObject(3, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(4);
                    String channel = rs.getString(5);
                    Instant at = rs.getObject(7, OffsetDateTime.class).toInstant();
                    OffsetDateTime recorded = rs.getObject(8, OffsetDateTime.class);
                    Contact k = Contact.of(rs.getString(1), CustomerId.of(rs.getString(2)), rs.getString(3),
                            role == null ? ContactRole.SALES_STAFF : ContactRole.valueOf(role),
                            ERP_CHANNELS.containsKey(channel) ? ERP_CHANNELS.get(channel) : Channel.valueOf(channel),
                            Purpose.valueOf(rs.getString(6)), at);
                    if (recorded != null) {
                        k = k.recordedAt(recorded.toInstant());
                    }
                    contacts.add(rs.getBoolean(9) ? k.asInternalNote() : k);
                }
            }
        }
        return contacts;
    }

    /** The business events of the customers {@code first..last} (inclusive) at or before {@code asOf}. */
    public static List<CustomerEvent> events(Connection c, String first, String last, Instant asOf) throws SQLException {
        List<CustomerEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, customer_id, kind, occurred_at FROM customer_event"
                + " WHERE customer_id >= ? AND customer_id <= ? AND occurred_at <= ? ORDER BY customer_id, occurred_at")) {
            ps.setString(1, first);
            ps.setString(2, last);
            ps.setObject(3, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(CustomerEvent.of(rs.getString(1), CustomerId.of(rs.getString(2)),
                            CustomerEvent.Kind.valueOf(rs.getString(3)), rs.getObject(4, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return events;
    }
}
