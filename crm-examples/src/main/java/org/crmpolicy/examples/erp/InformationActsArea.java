package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.AccessLogEntry;
import org.crmpolicy.information.BreachRecord;
import org.crmpolicy.information.CollectionAuthorisation;
import org.crmpolicy.information.CustomerInformationDestruction;
import org.crmpolicy.information.CustomerInformationUpdate;
import org.crmpolicy.information.DataBreach;
import org.crmpolicy.information.DestructionMethod;
import org.crmpolicy.information.DestructionRecord;
import org.crmpolicy.information.ConfidentialityCommitment;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.CustomerInformationUse;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.information.UpdateLogEntry;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The customer-information area of a compliance run (I1, I4, I5, I6, I8, I9, I10, I11, A9): the chunk's collections
 * of customer data ({@code info_collection}, with the purposes stated or the customer's authorisation on record) and
 * uses of customer information ({@code info_use}, with their approval and access-log entry) are read from the ERP with
 * the staff's confidentiality commitments ({@code staff_commitment}) and judged by
 * {@code policy.information().check(...)}. So are the chunk's destructions of customer information
 * ({@code info_destruction}: A9 approval, I5 record of method, time and responsible person), updates of it
 * ({@code info_update}: I10 log entry) and data breaches ({@code info_breach} with its affected customers, I9:
 * isolated, customers notified within {@code I9.notify-within-hours}, accountability assigned). Acts after the run's
 * day are not read; a destruction record, update log entry or breach step written after the run's instant is not on
 * file yet. A breach is judged once its notification deadline has passed by the run's instant (before that it is
 * still being handled), in the chunk of its first affected customer (smallest ID), and its findings are stored with
 * that customer: a breach's findings are stored once however many customers and chunks it touches. Every finding is
 * returned with its customer. Thread-safe.
 */
public final class InformationActsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public InformationActsArea(CrmPolicy policy) {
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
        LocalDate day = asOf.atZone(policy.zone()).toLocalDate();
        List<CustomerFinding> findings = new ArrayList<>();
        List<CollectionAuthorisation> records = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT collection_id, customer_id, fields, collected_on,"
                + " stated_purposes, authorisation_ref, recorded_by, recorded_on FROM info_collection"
                + " WHERE customer_id >= ? AND customer_id <= ? AND collected_on <= ? ORDER BY collection_id")) {
            range(ps, first, last, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    CustomerDataCollection collection = new CustomerDataCollection(rs.getString(1), customer,
                            fields(rs.getString(3)), rs.getObject(4, LocalDate.class));
                    List<Evidence> onFile = new ArrayList<>();
                    String purposes = rs.getString(5);
                    if (purposes != null) {
                        CollectionAuthorisation record = new CollectionAuthorisation(collection.collectionId(), customer,
                                purposes(purposes), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class));
                        onFile.add(record);
                        records.add(record);
                    }
                    for (Finding f : policy.information().check(collection, List.of(), onFile)) {
                        findings.add(new CustomerFinding(customer, f));
                    }
                }
            }
        }
        List<ConfidentialityCommitment> commitments = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT staff_id, signed_on FROM staff_commitment"
                + " WHERE signed_on <= ? ORDER BY staff_id")) {
            ps.setObject(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    commitments.add(new ConfidentialityCommitment(rs.getString(1), rs.getObject(2, LocalDate.class)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT use_id, customer_id, staff_id, purpose, fields,"
                + " used_on, approved_by, approver_role, approved_on, logged_at, log_result FROM info_use"
                + " WHERE customer_id >= ? AND customer_id <= ? AND used_on <= ? ORDER BY use_id")) {
            range(ps, first, last, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    DataUsePurpose purpose = DataUsePurpose.valueOf(rs.getString(4));
                    CustomerInformationUse use = new CustomerInformationUse(rs.getString(1), customer, rs.getString(3),
                            purpose, fields(rs.getString(5)), rs.getObject(6, LocalDate.class));
                    List<Approval> granted = new ArrayList<>();
                    if (rs.getString(7) != null) {
                        granted.add(Approval.of(use, ApproverLevel.valueOf(rs.getString(8)), rs.getString(7),
                                rs.getObject(9, LocalDate.class)));
                    }
                    List<Evidence> onFile = new ArrayList<>(commitments);
                    records.stream().filter(r -> r.customerId().equals(customer)).forEach(onFile::add);
                    OffsetDateTime logged = rs.getObject(10, OffsetDateTime.class);
                    if (logged != null) {
                        onFile.add(new AccessLogEntry(use.useId(), customer, use.staffId(), logged.toInstant(), purpose,
                                rs.getString(11)));
                    }
                    for (Finding f : policy.information().check(use, granted, onFile)) {
                        findings.add(new CustomerFinding(customer, f));
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT destruction_id, customer_id, destroyed_on, approved_by,"
                + " approver_role, approved_on, method, recorded_at, responsible_by FROM info_destruction"
                + " WHERE customer_id >= ? AND customer_id <= ? AND destroyed_on <= ? ORDER BY destruction_id")) {
            range(ps, first, last, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    CustomerInformationDestruction destruction = new CustomerInformationDestruction(rs.getString(1),
                            customer, rs.getObject(3, LocalDate.class));
                    List<Approval> granted = new ArrayList<>();
                    if (rs.getString(4) != null) {
                        granted.add(Approval.of(destruction, ApproverLevel.valueOf(rs.getString(5)), rs.getString(4),
                                rs.getObject(6, LocalDate.class)));
                    }
                    List<Evidence> onFile = new ArrayList<>();
                    Instant recorded = byThen(rs, 8, asOf);
                    if (rs.getString(7) != null && recorded != null) {
                        onFile.add(new DestructionRecord(destruction.destructionId(),
                                DestructionMethod.valueOf(rs.getString(7)), recorded, rs.getString(9)));
                    }
                    for (Finding f : policy.information().check(destruction, granted, onFile)) {
                        findings.add(new CustomerFinding(customer, f));
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT update_id, customer_id, fields, updated_on, logged_at,"
                + " log_content, logged_by FROM info_update"
                + " WHERE customer_id >= ? AND customer_id <= ? AND updated_on <= ? ORDER BY update_id")) {
            range(ps, first, last, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    CustomerInformationUpdate update = new CustomerInformationUpdate(rs.getString(1), customer,
                            fields(rs.getString(3)), rs.getObject(4, LocalDate.class));
                    List<Evidence> onFile = new ArrayList<>();
                    Instant logged = byThen(rs, 5, asOf);
                    if (logged != null) {
                        onFile.add(new UpdateLogEntry(update.updateId(), logged, rs.getString(6), rs.getString(7)));
                    }
                    for (Finding f : policy.information().check(update, List.of(), onFile)) {
                        findings.add(new CustomerFinding(customer, f));
                    }
                }
            }
        }
        findings.addAll(breaches(connection, first, last, asOf));
        return findings;
    }

    /**
     * The breaches whose first affected customer (smallest ID) is in the chunk and whose notification deadline
     * ({@code I9.notify-within-hours} after detection) has passed by {@code asOf}, each judged with all its affected
     * customers; its findings are returned with that first customer.
     */
    private List<CustomerFinding> breaches(Connection connection, String first, String last, Instant asOf)
            throws SQLException {
        Instant detectedBy = asOf.minusSeconds(3600L * policy.parameters().integer("I9.notify-within-hours"));
        Map<String, Set<CustomerId>> affected = new LinkedHashMap<>();
        Map<String, BreachRecord> records = new LinkedHashMap<>();
        Map<String, Instant> detected = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT b.breach_id, b.detected_at, b.isolated_at,"
                + " b.notified_at, b.accountable_unit, a.customer_id FROM info_breach b"
                + " JOIN info_breach_customer a ON a.breach_id = b.breach_id WHERE b.breach_id IN (SELECT breach_id"
                + " FROM info_breach_customer GROUP BY breach_id HAVING MIN(customer_id) >= ? AND MIN(customer_id) <= ?)"
                + " AND b.detected_at <= ? ORDER BY b.breach_id, a.customer_id")) {
            ps.setString(1, first);
            ps.setString(2, last);
            ps.setObject(3, detectedBy.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (!records.containsKey(id)) {
                        detected.put(id, byThen(rs, 2, asOf));
                        records.put(id, new BreachRecord(id, byThen(rs, 3, asOf), byThen(rs, 4, asOf),
                                rs.getString(5)));
                    }
                    affected.computeIfAbsent(id, k -> new TreeSet<>((a, b) -> a.value().compareTo(b.value())))
                            .add(CustomerId.of(rs.getString(6)));
                }
            }
        }
        List<CustomerFinding> findings = new ArrayList<>();
        for (Map.Entry<String, BreachRecord> e : records.entrySet()) {
            Set<CustomerId> customers = affected.get(e.getKey());
            DataBreach breach = new DataBreach(e.getKey(), detected.get(e.getKey()), policy.zone(), customers);
            CustomerId firstAffected = customers.iterator().next();
            for (Finding f : policy.information().check(breach, List.of(), List.of(e.getValue()))) {
                findings.add(new CustomerFinding(firstAffected, f));
            }
        }
        return findings;
    }

    /** The instant in {@code column}, or {@code null} when there is none or it lies after {@code asOf} (not yet). */
    private static Instant byThen(ResultSet rs, int column, Instant asOf) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null || t.toInstant().isAfter(asOf) ? null : t.toInstant();
    }

    private static Set<CustomerDataField> fields(String names) {
        Set<CustomerDataField> fields = EnumSet.noneOf(CustomerDataField.class);
        Arrays.stream(names.split(",")).map(String::trim).map(CustomerDataField::valueOf).forEach(fields::add);
        return fields;
    }

    private static Set<DataUsePurpose> purposes(String names) {
        Set<DataUsePurpose> purposes = EnumSet.noneOf(DataUsePurpose.class);
        Arrays.stream(names.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(DataUsePurpose::valueOf)
                .forEach(purposes::add);
        return purposes;
    }

    private static void range(PreparedStatement ps, String first, String last, LocalDate day) throws SQLException {
        ps.setString(1, first);
        ps.setString(2, last);
        ps.setObject(3, day);
    }
}
