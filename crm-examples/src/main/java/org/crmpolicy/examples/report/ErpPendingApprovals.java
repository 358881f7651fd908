package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.RuleId;

/**
 * Pending approvals straight from the ERP's {@code approval} table: requested on or before the run's
 * {@code asOf} and not yet decided. Maps the ERP's approval kinds to the catalogue rule that requires them.
 * Stateless and thread-safe.
 */
public final class ErpPendingApprovals implements RowProvider<PendingApproval> {

    private static final Map<String, String> RULE_OF_KIND = Map.of(
            "SALES_CONTRACT", "A1", "NEW_CUSTOMER_CONTRACT", "A2", "RECEPTION", "A4", "CUSTOMER_EVENT", "A5",
            "REVISIT_PLAN", "A6", "COMPLAINT_DEADLINE", "A7", "POLICY_REVISION", "A8", "INFORMATION_USE", "A9");

    /** Reads the pending approvals; opens and closes its own connection. */
    @Override
    public List<PendingApproval> rows(ReportContext ctx) throws SQLException {
        List<PendingApproval> rows = new ArrayList<>();
        try (Connection c = ctx.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT approval_id, kind, subject_id, customer_id, approver_role,"
                     + " requested_at FROM approval WHERE decision IS NULL AND requested_at <= ? ORDER BY requested_at, approval_id")) {
            ps.setObject(1, ctx.asOf().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(2);
                    String customer = rs.getString(4);
                    String rule = RULE_OF_KIND.get(kind);
                    rows.add(new PendingApproval(rs.getString(1), kind, rs.getString(3),
                            customer == null ? null : CustomerId.of(customer), rs.getString(5),
                            rs.getObject(6, OffsetDateTime.class).toInstant(), rule == null ? null : RuleId.of(rule)));
                }
            }
        }
        return rows;
    }
}
