package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineEvent;
import org.crmpolicy.deadline.DeadlineReview;
import org.crmpolicy.deadline.Inquiry;
import org.crmpolicy.deadline.InquiryChannel;
import org.crmpolicy.deadline.InstallmentSchedule;
import org.crmpolicy.deadline.OverdueDelivery;
import org.crmpolicy.deadline.RequestSeverity;
import org.crmpolicy.deadline.Shipment;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The response-deadline area of a compliance run (D1-D4, D8, D9, D14): the chunk's inquiries and service requests,
 * overdue deliveries, installment schedules and shipments are read from the ERP ({@code customer_inquiry},
 * {@code overdue_delivery}, {@code installment}, {@code shipment}), their deadlines asked of
 * {@code policy.deadlines()}, the steps the ERP recorded turned into {@link DeadlineEvent}s, and
 * {@code policy.deadlines().review(...)} judges them as of the run's instant: a breach (met late or past due unmet) is a
 * violation. Facts that happened after {@code asOf} are not read. Every finding is returned with its customer.
 * Thread-safe.
 */
public final class ResponseDeadlinesArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ResponseDeadlinesArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        if (customers.isEmpty()) {
            return List.of();
        }
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        Facts facts = new Facts(asOf);
        inquiries(connection, first, last, facts);
        overdueDeliveries(connection, first, last, facts);
        installments(connection, first, last, facts);
        shipments(connection, first, last, facts);
        if (facts.deadlines.isEmpty()) {
            return List.of();
        }
        DeadlineReview review = policy.deadlines().review(facts.deadlines, facts.events, asOf);
        List<CustomerFinding> findings = new ArrayList<>();
        for (Finding f : review.findings()) {
            CustomerId customer = facts.customerOf.get(f.subjectId());
            if (customer == null) {
                throw new IllegalStateException("deadline finding " + f.ruleId() + " for " + f.subjectId()
                        + " names no subject this area read");
            }
            findings.add(new CustomerFinding(customer, f));
        }
        return findings;
    }

    /** What one chunk's deadlines are judged on. */
    private static final class Facts {
        final Instant asOf;
        final List<Deadline> deadlines = new ArrayList<>();
        final List<DeadlineEvent> events = new ArrayList<>();
        final Map<String, CustomerId> customerOf = new HashMap<>();

        Facts(Instant asOf) {
            this.asOf = asOf;
        }

        void add(List<Deadline> ds, CustomerId customer) {
            for (Deadline d : ds) {
                deadlines.add(d);
                customerOf.put(d.subjectId(), customer);
            }
        }

        /** The step {@code obligation} of {@code subject} done at {@code at}, if it happened by asOf. */
        void done(String subject, String obligation, Instant at) {
            if (at != null && !at.isAfter(asOf)) {
                events.add(obligation == null ? DeadlineEvent.fulfilled(subject, at)
                        : DeadlineEvent.fulfilled(subject, obligation, at));
            }
        }
    }

    private void inquiries(Connection c, String first, String last, Facts facts) throws SQLException {
        Map<Inquiry, CustomerId> byInquiry = new LinkedHashMap<>();
        Map<String, Instant> answered = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT inquiry_id, customer_id, channel, severity, received_at,"
                + " answered_at FROM customer_inquiry WHERE customer_id >= ? AND customer_id <= ? AND received_at <= ?"
                + " ORDER BY customer_id, received_at, inquiry_id")) {
            range(ps, first, last, facts.asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    InquiryChannel channel = InquiryChannel.valueOf(rs.getString(3));
                    String severity = rs.getString(4);
                    Instant received = instant(rs, 5);
                    Inquiry inquiry = severity == null ? Inquiry.of(id, channel, received)
                            : Inquiry.serviceRequest(id, channel, RequestSeverity.valueOf(severity), received);
                    byInquiry.put(inquiry, CustomerId.of(rs.getString(2)));
                    answered.put(id, instant(rs, 6));
                }
            }
        }
        if (byInquiry.isEmpty()) {
            return;
        }
        List<Deadline> ds = policy.deadlines().forInquiries(byInquiry.keySet());
        int i = 0;
        for (Map.Entry<Inquiry, CustomerId> e : byInquiry.entrySet()) {
            facts.add(List.of(ds.get(i++)), e.getValue());
            facts.done(e.getKey().id(), null, answered.get(e.getKey().id()));
        }
    }

    private void overdueDeliveries(Connection c, String first, String last, Facts facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_no, customer_id, reported_at, date_confirmed_at,"
                + " delivered_at FROM overdue_delivery WHERE customer_id >= ? AND customer_id <= ? AND reported_at <= ?"
                + " ORDER BY contract_no")) {
            range(ps, first, last, facts.asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String contract = rs.getString(1);
                    facts.add(policy.deadlines().forOverdueDelivery(new OverdueDelivery(contract, instant(rs, 3))),
                            CustomerId.of(rs.getString(2)));
                    facts.done(contract, "confirmed delivery date", instant(rs, 4));
                    facts.done(contract, "delivery", instant(rs, 5));
                }
            }
        }
    }

    private void installments(Connection c, String first, String last, Facts facts) throws SQLException {
        record Row(String contract, CustomerId customer, Instant agreedAt) {
        }
        Map<Row, List<LocalDate>> dueDates = new LinkedHashMap<>();
        Map<String, Instant> reminded = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_no, customer_id, agreed_at, due_on, reminded_at"
                + " FROM installment WHERE customer_id >= ? AND customer_id <= ? AND agreed_at <= ?"
                + " ORDER BY contract_no, due_on")) {
            range(ps, first, last, facts.asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row row = new Row(rs.getString(1), CustomerId.of(rs.getString(2)), instant(rs, 3));
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    dueDates.computeIfAbsent(row, k -> new ArrayList<>()).add(due);
                    reminded.put(row.contract() + "/" + due, instant(rs, 5));
                }
            }
        }
        for (Map.Entry<Row, List<LocalDate>> e : dueDates.entrySet()) {
            Row row = e.getKey();
            List<Deadline> ds = policy.deadlines().forInstallments(
                    new InstallmentSchedule(row.contract(), row.agreedAt(), e.getValue()));
            facts.add(ds, row.customer());
            for (Deadline d : ds) {
                facts.done(d.subjectId(), null, reminded.get(d.subjectId()));
            }
        }
    }

    private void shipments(Connection c, String first, String last, Facts facts) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_no, customer_id, shipped_at, customer_notified_at,"
                + " invoice_mailed_at, receipt_confirmed_at FROM shipment WHERE customer_id >= ? AND customer_id <= ?"
                + " AND shipped_at <= ? ORDER BY contract_no")) {
            range(ps, first, last, facts.asOf);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String contract = rs.getString(1);
                    facts.add(policy.deadlines().forShipment(new Shipment(contract, instant(rs, 3))),
                            CustomerId.of(rs.getString(2)));
                    facts.done(contract, "customer notified of shipment", instant(rs, 4));
                    facts.done(contract, "invoice mailed", instant(rs, 5));
                    facts.done(contract, "invoice receipt confirmed", instant(rs, 6));
                }
            }
        }
    }

    private static void range(PreparedStatement ps, String first, String last, Instant asOf) throws SQLException {
        ps.setString(1, first);
        ps.setString(2, last);
        ps.setObject(3, asOf.atOffset(java.time.ZoneOffset.UTC), java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
