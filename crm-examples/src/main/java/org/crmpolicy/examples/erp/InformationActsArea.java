package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.crmpolicy.information.UpdateLogEntry;
import org.crmpolicy.information.ConfidentialityCommitment;
import org.crmpolicy.information.CustomerDataCollection;
import org.crmpolicy.information.CustomerDataField;
import org.crmpolicy.information.CustomerInformationUse;
import org.crmpolicy.information.DataUsePurpose;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The customer-information area of a compliance run (I1, I4, I5, I6, I8, I9, I10, I11, A9): the chunk's collections of customer
 * data ({@code info_collection}, with the purposes stated or the customer's authorisation on record) and uses of
 * customer information ({@code info_use}, with their approval and access-log entry) are read from the ERP with the
 * staff's confidentiality commitments ({@code staff_commitment}) and judged by {@code policy.information().check(...)}.
 * Destructions ({@code info_destruction}, A9 and I5), updates ({@code info_update}, I10) and breaches touching a
 * customer of the chunk ({@code info_breach}, I9) are judged after the act. Acts after the run's day are not read. Every finding is returned with its customer. Thread-safe.
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
                    if (rs.getString(7) != null) {
                        onFile.add(new DestructionRecord(destruction.destructionId(),
                                DestructionMethod.valueOf(rs.getString(7)),
                                rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getString(9)));
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
                    OffsetDateTime logged = rs.getObject(5, OffsetDateTime.class);
                    if (logged != null) {
                        onFile.add(new UpdateLogEntry(update.updateId(), logged.toInstant(), rs.getString(6),
                                rs.getString(7)));
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
     * The breaches detected by {@code asOf} that touch a customer of the chunk, each judged with all its affected
     * customers; a finding is stored once for every affected customer of the chunk.
     */
    private List<CustomerFinding> breaches(Connection connection, String first, String last, Instant asOf)
            throws SQLException {
        Map<String, Set<CustomerId>> affected = new LinkedHashMap<>();
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT b.breach_id, b.detected_at, b.isolated_at,"
                + " b.notified_at, b.accountable_unit, a.customer_id FROM info_breach b"
                + " JOIN info_breach_customer a ON a.breach_id = b.breach_id WHERE b.breach_id IN (SELECT breach_id FROM"
                + " info_breach_customer WHERE customer_id >= ? AND customer_id <= ?) AND b.detected_at <= ?"
                + " ORDER BY b.breach_id, a.customer_id")) {
            ps.setString(1, first);
            ps.setString(2, last);
            ps.setObject(3, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    Object[] row = {instant(rs, 2), instant(rs, 3), instant(rs, 4), rs.getString(5)};
                    rows.putIfAbsent(id, row);
                    affected.computeIfAbsent(id, k -> new TreeSet<>(Comparator.comparing(CustomerId::value)))
                            .add(CustomerId.of(rs.getString(6)));
                }
            }
        }
        List<CustomerFinding> findings = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : rows.entrySet()) {
            Object[] r = e.getValue();
            DataBreach breach = new DataBreach(e.getKey(), (Instant) r[0], policy.zone(), affected.get(e.getKey()));
            BreachRecord record = new BreachRecord(e.getKey(), (Instant) r[1], (Instant) r[2], (String) r[3]);
            List<Finding> judged = policy.information().check(breach, List.of(), List.of(record));
            for (CustomerId customer : affected.get(e.getKey())) {
                if (customer.value().compareTo(first) >= 0 && customer.value().compareTo(last) <= 0) {
                    judged.forEach(f -> findings.add(new CustomerFinding(customer, f)));
                }
            }
        }
        return findings;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
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
