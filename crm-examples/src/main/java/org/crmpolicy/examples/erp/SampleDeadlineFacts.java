package org.crmpolicy.examples.erp;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample ERP's response-deadline facts (D1-D4, D8, D9, D14) for {@link SampleErpData}: a few inquiries and service
 * requests per customer, and for some contracts an overdue delivery, an installment schedule or a shipment, each with
 * the steps the company recorded. Most steps come well inside their deadline; a few come late or never, so the run
 * has a handful of each kind to report. Rows are collected while the sample's customers and contracts are generated
 * and inserted after the contracts they refer to. Each fact draws from its own seeded random source, so adding facts
 * does not change the rest of the sample.
 */
final class SampleDeadlineFacts {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] CHANNELS = {"PHONE", "ONLINE", "EMAIL"};

    private final long seed;
    private final LocalDate day;
    private final Instant end;
    private final List<Object[]> inquiries = new ArrayList<>();
    private final List<Object[]> deliveries = new ArrayList<>();
    private final List<Object[]> installments = new ArrayList<>();
    private final List<Object[]> shipments = new ArrayList<>();
    private final List<Object[]> serviceRequests = new ArrayList<>();

    /** For the sample of {@code seed} run on {@code day} (facts end before 18:00 on it). */
    SampleDeadlineFacts(long seed, LocalDate day) {
        this.seed = seed;
        this.day = day;
        this.end = day.atTime(LocalTime.of(18, 0)).atZone(ZONE).toInstant();
    }

    /**
     * The customer's service requests (P10) over the last 40 days: one for about a fifth of the customers, each step
     * mostly on time; about 1 in 20 steps late or never recorded, about 1 in 25 resolutions without a classification.
     * Draws from its own random source ({@code service-request/}), so the rest of the sample is unchanged.
     */
    void serviceRequests(String customerId, boolean doneBusiness) {
        SplittableRandom r = random("service-request/" + customerId);
        if (r.nextInt(doneBusiness ? 5 : 20) != 0) {
            return;
        }
        boolean urgent = r.nextInt(3) == 0;
        Instant received = at(day.minusDays(1 + r.nextInt(40)), 9 + r.nextInt(8), r.nextInt(60));
        Instant responded = received.plus(Duration.ofMinutes(r.nextInt(20) == 0 ? 90 : 1 + r.nextInt(4)));   // inside every channel's first-response bound
        boolean unclassified = r.nextInt(25) == 0;
        Instant classified = unclassified ? null : responded.plus(Duration.ofMinutes(5));
        Instant owned = responded.plus(Duration.ofMinutes(10));
        Duration resolve = urgent ? Duration.ofHours(r.nextInt(20) == 0 ? 30 : 2 + r.nextInt(18))
                : Duration.ofHours(r.nextInt(20) == 0 ? 8 * 24 : 20 + r.nextInt(28));
        Instant resolved = r.nextInt(25) == 0 ? null : received.plus(resolve);
        Instant feedback = resolved == null || r.nextInt(25) == 0 ? null
                : resolved.plus(Duration.ofHours(r.nextInt(20) == 0 ? 80 : 1 + r.nextInt(4)));
        Instant rated = feedback == null || r.nextInt(15) == 0 ? null
                : feedback.plus(Duration.ofHours(r.nextInt(20) == 0 ? 12 * 24 : 20 + r.nextInt(28)));
        Instant postMortem = resolved == null || r.nextInt(20) == 0 ? null
                : resolved.plus(Duration.ofHours(r.nextInt(20) == 0 ? 20 * 24 : 48 + r.nextInt(72)));
        Integer rating = 3 + r.nextInt(3);
        feedback = upTo(feedback);
        rated = feedback == null ? null : upTo(rated);
        serviceRequests.add(new Object[] {customerId + "-S1", customerId, CHANNELS[r.nextInt(CHANNELS.length)],
                urgent ? "URGENT" : "GENERAL", received, "SERVICE_DESK", upTo(responded), upTo(classified), upTo(owned),
                "SERVICE_ENGINEER", upTo(resolved), feedback, rated, rated == null ? null : rating, upTo(postMortem)});
    }

    /** The customer's inquiries and service requests over the last 60 days: none for most, one or two for some. */
    void customer(String customerId, boolean doneBusiness) {
        SplittableRandom r = random("inquiry/" + customerId);
        int n = r.nextInt(doneBusiness ? 4 : 8);   // 0..3 for customers, 0..7 → mostly none for prospects
        for (int k = 0; k < Math.min(n, 2); k++) {
            String channel = CHANNELS[r.nextInt(CHANNELS.length)];
            String severity = r.nextInt(4) == 0 ? (r.nextInt(3) == 0 ? "URGENT" : "GENERAL") : null;
            Instant received = at(day.minusDays(1 + r.nextInt(60)), 9 + r.nextInt(8), r.nextInt(60));
            Duration answer = answer(channel, severity, r.nextInt(25) == 0, r);
            Instant answered = answer == null ? null : received.plus(answer);
            inquiries.add(new Object[] {customerId + "-Q" + (k + 1), customerId, channel, severity, received,
                    answered == null || answered.isAfter(end) ? null : answered});
        }
    }

    /**
     * How long the first answer took: well inside the deadline, or (when {@code late}) past it or never. A service
     * request is answered within the stricter of its channel's and its severity's deadlines (the policy judges it by
     * the one due first).
     */
    private static Duration answer(String channel, String severity, boolean late, SplittableRandom r) {
        if (late && r.nextInt(4) == 0) {
            return null;
        }
        Duration byChannel = switch (channel) {
            case "ONLINE" -> Duration.ofSeconds(late ? 360 + r.nextInt(1200) : 20 + r.nextInt(220));
            case "EMAIL" -> Duration.ofHours(late ? 26 + r.nextInt(40) : 1 + r.nextInt(20));
            default -> Duration.ofHours(late ? 24 * 6 + r.nextInt(48) : 1 + r.nextInt(30));
        };
        Duration bySeverity = severity == null ? byChannel : "URGENT".equals(severity)
                ? Duration.ofMinutes(late ? 20 + r.nextInt(60) : 2 + r.nextInt(10))
                : Duration.ofMinutes(late ? 70 + r.nextInt(120) : 5 + r.nextInt(45));
        return byChannel.compareTo(bySeverity) <= 0 ? byChannel : bySeverity;
    }

    /**
     * A signed contract's follow-ups: now and then an overdue delivery, an installment schedule, a shipment. Only
     * contracts of the last 150 days have them in the sample (older ones are settled and archived).
     */
    void contract(String contractNo, String customerId, LocalDate signedOn) {
        if (signedOn.isBefore(day.minusDays(150))) {
            return;
        }
        SplittableRandom r = random("contract/" + contractNo);
        boolean late = r.nextInt(12) == 0;
        if (r.nextInt(12) == 0) {
            Instant reported = at(later(signedOn, 10 + r.nextInt(60)), 10, 0);
            if (reported.isBefore(end)) {
                Instant confirmed = reported.plus(Duration.ofHours(late ? 24 * 5 : 2 + r.nextInt(20)));
                Instant delivered = confirmed.plus(Duration.ofDays(1 + r.nextInt(4)));
                deliveries.add(new Object[] {contractNo, customerId, reported, upTo(confirmed), upTo(delivered)});
            }
        }
        if (r.nextInt(5) == 0) {
            Instant agreed = at(signedOn, 15, 0);
            for (int m = 1; m <= 3; m++) {
                LocalDate due = signedOn.plusMonths(m);
                Instant reminded = late && m == 2 ? null : at(due.minusDays(7 + r.nextInt(3)), 10, 0);
                installments.add(new Object[] {contractNo, customerId, due, agreed, upTo(reminded)});
            }
        }
        if (r.nextInt(4) == 0) {
            Instant shipped = at(signedOn.plusDays(5 + r.nextInt(25)), 15, 0);
            if (shipped.isBefore(end)) {
                Instant notified = shipped.plus(Duration.ofHours(1 + r.nextInt(3)));
                Instant mailed = shipped.plus(Duration.ofHours(20 + r.nextInt(24)));
                Instant confirmed = late ? null : mailed.plus(Duration.ofDays(3 + r.nextInt(4)));
                shipments.add(new Object[] {contractNo, customerId, shipped, upTo(notified), upTo(mailed), upTo(confirmed)});
            }
        }
    }

    /** Inserts what was collected (after the customers and contracts) and forgets it. */
    void insert(Connection c) throws SQLException {
        batch(c, "INSERT INTO customer_inquiry (inquiry_id, customer_id, channel, severity, received_at, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", inquiries);
        batch(c, "INSERT INTO overdue_delivery (contract_no, customer_id, reported_at, date_confirmed_at, delivered_at)"
                + " VALUES (?, ?, ?, ?, ?)", deliveries);
        batch(c, "INSERT INTO installment (contract_no, customer_id, due_on, agreed_at, reminded_at)"
                + " VALUES (?, ?, ?, ?, ?)", installments);
        batch(c, "INSERT INTO shipment (contract_no, customer_id, shipped_at, customer_notified_at, invoice_mailed_at,"
                + " receipt_confirmed_at) VALUES (?, ?, ?, ?, ?, ?)", shipments);
        batch(c, "INSERT INTO service_request (request_id, customer_id, channel, severity, received_at, handled_by,"
                + " responded_at, classified_at, owner_assigned_at, owner_id, resolved_at, feedback_at, rated_at, rating,"
                + " post_mortem_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", serviceRequests);
    }

    /**
     * Inserts {@code rows} with {@code sql} in one batch (instants as UTC timestamps, dates, integers, amounts, flags,
     * {@code null}, anything else as text) and clears them: the sample's shared batch insert.
     */
    static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v instanceof Instant t) {
                        ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    } else if (v instanceof LocalDate d) {
                        ps.setObject(i + 1, d, Types.DATE);
                    } else if (v instanceof Integer n) {
                        ps.setInt(i + 1, n);
                    } else if (v instanceof BigDecimal amount) {
                        ps.setBigDecimal(i + 1, amount);
                    } else if (v == null) {
                        ps.setNull(i + 1, Types.NULL);   // a step not (yet) done, or a plain inquiry's severity
                    } else {
                        ps.setString(i + 1, v.toString());
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        rows.clear();
    }

    private LocalDate later(LocalDate from, int days) {
        LocalDate d = from.plusDays(days);
        return d.isBefore(day) ? d : day.minusDays(1);
    }

    /** {@code t}, or {@code null} when it lies after the sample's end (the step has not happened yet). */
    private Instant upTo(Instant t) {
        return t == null || t.isAfter(end) ? null : t;
    }

    private SplittableRandom random(String key) {
        return new SplittableRandom(seed * 1_000_003L + key.hashCode());
    }

    private static Instant at(LocalDate d, int hour, int minute) {
        return d.atTime(hour, minute).atZone(ZONE).toInstant();
    }
}
