package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * Writes findings and tier decisions to the {@code finding} and {@code tier_decision} tables idempotently, and
 * reads them back for reports. A row whose natural key ({@link FindingKey}; for tiers: run date + customer) is
 * present is skipped, so writing the same chunk twice adds nothing. The primary keys enforce the same in the
 * database. Stateless and thread-safe; never commits.
 */
public final class FindingTable {

    private static final int MAX_EVIDENCE = 4000;
    private static final int MAX_MESSAGE = 2000;

    private FindingTable() {
    }

    /**
     * Inserts the findings whose key is not yet stored. All customers must lie in {@code [firstCustomerId,
     * lastCustomerId]} (a chunk is a contiguous ID range).
     *
     * @return how many rows were inserted
     */
    public static int insertNew(Connection c, LocalDate runDate, String firstCustomerId, String lastCustomerId,
                                List<CustomerFinding> findings, Instant writtenAt) throws SQLException {
        Set<FindingKey> present = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, subject_id, message_hash FROM finding"
                + " WHERE run_date = ? AND customer_id BETWEEN ? AND ?")) {
            ps.setObject(1, runDate, Types.DATE);
            ps.setString(2, firstCustomerId);
            ps.setString(3, lastCustomerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(new FindingKey(runDate, RuleId.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return insert(c, runDate, findings, present, writtenAt);
    }

    /**
     * Inserts the findings whose key ({@link FindingKey}) is not yet stored, for writers that do not hold a contiguous
     * customer range (a distributed job's sink, whose batches mix customers and company-wide findings): the keys present
     * are looked up by the batch's subjects, a finding repeated within the batch is written once. Writing the same
     * findings again inserts nothing. Two writers must not insert the same key at the same time (the primary key would
     * refuse the second); a job whose writers each receive a disjoint set of subjects meets that.
     *
     * @param findings  at most a few thousand (one lookup statement per call), each with its customer
     * @return how many rows were inserted
     */
    public static int insertAbsent(Connection c, LocalDate runDate, List<CustomerFinding> findings, Instant writtenAt)
            throws SQLException {
        if (findings.isEmpty()) {
            return 0;
        }
        Set<String> subjects = new java.util.TreeSet<>();
        for (CustomerFinding cf : findings) {
            subjects.add(cf.finding().subjectId());
        }
        Set<FindingKey> present = new HashSet<>();
        String marks = String.join(", ", java.util.Collections.nCopies(subjects.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT rule_id, subject_id, message_hash FROM finding"
                + " WHERE run_date = ? AND subject_id IN (" + marks + ")")) {
            ps.setObject(1, runDate, Types.DATE);
            int i = 2;
            for (String subject : subjects) {
                ps.setString(i++, subject);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(new FindingKey(runDate, RuleId.of(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return insert(c, runDate, findings, present, writtenAt);
    }

    /** Inserts the tier decisions not yet stored for {@code runDate}; returns how many were inserted. */
    public static int insertTiers(Connection c, LocalDate runDate, String firstCustomerId, String lastCustomerId,
                                  List<TierDecision> decisions) throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id FROM tier_decision"
                + " WHERE run_date = ? AND customer_id BETWEEN ? AND ?")) {
            ps.setObject(1, runDate, Types.DATE);
            ps.setString(2, firstCustomerId);
            ps.setString(3, lastCustomerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        int inserted = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tier_decision (run_date, customer_id, tier) VALUES (?, ?, ?)")) {
            for (TierDecision d : decisions) {
                if (present.add(d.customerId().value())) {
                    ps.setObject(1, runDate, Types.DATE);
                    ps.setString(2, d.customerId().value());
                    ps.setString(3, d.tier().name());
                    ps.addBatch();
                    inserted++;
                }
            }
            if (inserted > 0) {
                ps.executeBatch();
            }
        }
        return inserted;
    }

    /** Every finding stored for {@code runDate}, ordered by customer, rule, subject and message hash. */
    public static List<CustomerFinding> read(Connection c, LocalDate runDate) throws SQLException {
        List<CustomerFinding> all = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, rule_id, subject_id, severity, message,"
                + " evidence, responsible, due FROM finding WHERE run_date = ?"
                + " ORDER BY customer_id, rule_id, subject_id, message_hash")) {
            ps.setObject(1, runDate, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime due = rs.getObject("due", OffsetDateTime.class);
                    Finding f = new Finding(RuleId.of(rs.getString("rule_id")), rs.getString("subject_id"),
                            Severity.valueOf(rs.getString("severity")), rs.getString("message"),
                            parseEvidence(rs.getString("evidence")), rs.getString("responsible"),
                            due == null ? null : due.toInstant());
                    all.add(new CustomerFinding(CustomerId.of(rs.getString("customer_id")), f));
                }
            }
        }
        return all;
    }

    /** The tier of every customer decided on {@code runDate}, in customer-ID order. */
    public static Map<CustomerId, Tier> readTiers(Connection c, LocalDate runDate) throws SQLException {
        Map<CustomerId, Tier> tiers = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT customer_id, tier FROM tier_decision WHERE run_date = ? ORDER BY customer_id")) {
            ps.setObject(1, runDate, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tiers.put(CustomerId.of(rs.getString(1)), Tier.valueOf(rs.getString(2)));
                }
            }
        }
        return tiers;
    }

    private static int insert(Connection c, LocalDate runDate, List<CustomerFinding> findings, Set<FindingKey> present,
                              Instant writtenAt) throws SQLException {
        int inserted = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO finding (run_date, rule_id, subject_id, message_hash,"
                + " customer_id, severity, message, evidence, responsible, due, written_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CustomerFinding cf : findings) {
                Finding f = cf.finding();
                FindingKey key = FindingKey.of(runDate, f);
                if (!present.add(key)) {
                    continue;
                }
                ps.setObject(1, runDate, Types.DATE);
                ps.setString(2, f.ruleId().value());
                ps.setString(3, f.subjectId());
                ps.setString(4, key.messageHash());
                ps.setString(5, cf.customerId().value());
                ps.setString(6, f.severity().name());
                ps.setString(7, truncate(f.message(), MAX_MESSAGE));
                ps.setString(8, truncate(evidence(f.evidence()), MAX_EVIDENCE));
                ps.setString(9, f.responsible());
                ps.setObject(10, f.due() == null ? null : f.due().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(11, writtenAt.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.addBatch();
                inserted++;
            }
            if (inserted > 0) {
                ps.executeBatch();
            }
        }
        return inserted;
    }

    static String evidence(Map<String, String> evidence) {
        StringBuilder out = new StringBuilder();
        evidence.forEach((name, value) -> out.append(oneLine(name)).append('=').append(oneLine(value)).append('\n'));
        return out.toString();
    }

    static Map<String, String> parseEvidence(String text) {
        Map<String, String> evidence = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    evidence.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return evidence;
    }

    private static String oneLine(String s) {
        return s == null ? "null" : s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
