package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.DocumentOnFile;
import org.crmpolicy.approval.EarlierContract;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.money.Money;

/**
 * The approvals area's facts for a set of customers, read from the ERP: every contract as a {@link ContractSigning}
 * with the customer's earlier signed contracts, the approvals granted ({@code approval} rows decided APPROVED), the
 * open approval requests, and the qualification documents on file. Stateless and thread-safe; never commits.
 *
 * <p>The ERP keeps one flag per contract for the five A2 documents; {@code qualification_docs = TRUE} is read as
 * all five received a week before the first contract, {@code FALSE} as the annual financial statements missing.
 */
public final class ContractFiles {

    /**
     * One contract with what is on file for it.
     *
     * @param signing   the act (signed, or planned for a DRAFT)
     * @param draft     true when not signed yet
     * @param granted   approvals granted for it
     * @param requested the open request (approval ID and when), or {@code null} when none is open
     * @param onFile    the customer's qualification documents on file
     */
    public record ContractFile(ContractSigning signing, boolean draft, List<Approval> granted, OpenRequest requested,
                               List<DocumentOnFile> onFile) {
    }

    /**
     * An approval requested and not decided.
     *
     * @param approvalId  the ERP's approval ID
     * @param requestedAt when it was requested
     */
    public record OpenRequest(String approvalId, Instant requestedAt) {
    }

    private ContractFiles() {
    }

    /**
     * The contracts of {@code customers} (all in ID order, one chunk), in customer, date and number order.
     *
     * @param zone the zone the approval instants are turned into days in
     */
    public static List<ContractFile> load(Connection c, List<Customer> customers, ZoneId zone) throws SQLException {
        if (customers.isEmpty()) {
            return List.of();
        }
        Map<CustomerId, Customer> byId = new HashMap<>();
        customers.forEach(x -> byId.put(x.id(), x));
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        Map<String, List<Approval>> granted = new HashMap<>();
        Map<String, OpenRequest> open = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT approval_id, subject_id, approver_role, requested_at,"
                + " decided_at, decision FROM approval WHERE kind = 'SALES_CONTRACT' AND customer_id >= ? AND customer_id <= ?")) {
            ps.setString(1, first);
            ps.setString(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String subject = rs.getString(2);
                    OffsetDateTime decided = rs.getObject(5, OffsetDateTime.class);
                    if (decided == null) {
                        open.put(subject, new OpenRequest(rs.getString(1), rs.getObject(4, OffsetDateTime.class).toInstant()));
                    } else if ("APPROVED".equals(rs.getString(6))) {
                        granted.computeIfAbsent(subject, k -> new ArrayList<>()).add(new Approval(rs.getString(3),
                                ApproverLevel.valueOf(rs.getString(3)), decided.toInstant().atZone(zone).toLocalDate(),
                                subject, org.crmpolicy.approval.ActionKind.CONTRACT_SIGNING));
                    }
                }
            }
        }
        record Row(String no, Customer customer, LocalDate signedOn, Money amount, boolean docs, boolean draft) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT contract_no, customer_id, signed_on, amount,"
                + " qualification_docs, status FROM contract WHERE customer_id >= ? AND customer_id <= ?")) {
            ps.setString(1, first);
            ps.setString(2, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Customer customer = byId.get(CustomerId.of(rs.getString(2)));
                    if (customer != null) {
                        rows.add(new Row(rs.getString(1), customer, rs.getObject(3, LocalDate.class),
                                Money.cny(rs.getBigDecimal(4)), rs.getBoolean(5), "DRAFT".equals(rs.getString(6))));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.customer().id().value()).thenComparing(Row::signedOn).thenComparing(Row::no));
        List<ContractFile> files = new ArrayList<>();
        List<EarlierContract> earlier = new ArrayList<>();
        CustomerId current = null;
        for (Row row : rows) {
            if (!row.customer().id().equals(current)) {
                current = row.customer().id();
                earlier = new ArrayList<>();
            }
            ContractSigning signing = ContractSigning.of(row.no(), row.customer(), row.amount(), row.signedOn(), List.copyOf(earlier));
            List<DocumentOnFile> docs = new ArrayList<>();
            LocalDate received = (row.customer().firstContractDate() == null ? row.signedOn()
                    : row.customer().firstContractDate()).minusDays(7);
            if (received.isBefore(row.customer().since())) {
                received = row.customer().since();
            }
            for (QualificationDocument d : QualificationDocument.values()) {
                if (row.docs() || d != QualificationDocument.ANNUAL_FINANCIAL_STATEMENTS) {
                    docs.add(new DocumentOnFile(row.customer().id(), d, received));
                }
            }
            files.add(new ContractFile(signing, row.draft(), granted.getOrDefault(row.no(), List.of()), open.get(row.no()), docs));
            if (!row.draft()) {
                earlier.add(new EarlierContract(row.no(), row.amount(), row.signedOn()));
            }
        }
        return files;
    }
}
