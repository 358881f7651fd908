package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.PolicyRevision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The revisions of the customer-relationship policy (A8): the company's duty, judged once per run. Each revision that
 * took effect by the run's day ({@code policy_revision}) is judged after the act by
 * {@code policy.approvals().check(...)} with the approval on record, if any: proposed by the owning department and
 * approved by management. Thread-safe.
 */
public final class PolicyRevisionsArea implements CompanyAreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public PolicyRevisionsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<Finding> evaluate(Connection connection, Instant asOf) throws SQLException {
        LocalDate day = asOf.atZone(policy.zone()).toLocalDate();
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT revision_id, proposed_by, effective_on,"
                + " approved_by, approver_role, approved_on FROM policy_revision WHERE effective_on <= ?"
                + " ORDER BY revision_id")) {
            ps.setObject(1, day, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PolicyRevision revision = new PolicyRevision(rs.getString(1), ApproverLevel.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class));
                    List<Approval> granted = new ArrayList<>();
                    if (rs.getString(4) != null) {
                        granted.add(Approval.of(revision, ApproverLevel.valueOf(rs.getString(5)), rs.getString(4),
                                rs.getObject(6, LocalDate.class)));
                    }
                    findings.addAll(policy.approvals().check(revision, granted, List.of()));
                }
            }
        }
        return findings;
    }
}
