package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.erp.ContractFiles;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.rules.CrmPolicy;

/**
 * Approvals pending from the policy's point of view: for every DRAFT contract (not signed yet) the approvals its
 * {@code policy.approvals().plan(signing, documentsOnFile)} requires (A1 cumulative amount ≥ 4,000 CNY) that no
 * approval on file grants. The row carries the open ERP request, or "(not requested)" with no request time when
 * nobody has asked yet. Not the raw ERP table: a request the policy does not need is not listed, and a needed
 * approval nobody requested is. Thread-safe.
 */
public final class PolicyPendingApprovals implements RowProvider<PendingApproval> {

    /** The approval ID shown when the ERP holds no open request for a required approval. */
    public static final String NOT_REQUESTED = "(not requested)";

    private final CrmPolicy policy;

    /** The provider for {@code policy}, not {@code null}. */
    public PolicyPendingApprovals(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<PendingApproval> rows(ReportContext ctx) throws SQLException {
        List<PendingApproval> rows = new ArrayList<>();
        try (Connection read = ctx.dataSource().getConnection(); Connection c = ctx.dataSource().getConnection()) {
            read.setReadOnly(true);
            read.setAutoCommit(false);
            CustomerTable.readAfter(read, null, 500, 500, chunk -> {
                try {
                    rows.addAll(pending(c, chunk, ctx));
                } catch (SQLException e) {
                    throw new ErpDataException("plan the draft contracts' approvals", e);
                }
            });
            read.commit();
        }
        return rows;
    }

    private List<PendingApproval> pending(Connection c, List<Customer> chunk, ReportContext ctx) throws SQLException {
        List<PendingApproval> rows = new ArrayList<>();
        for (ContractFiles.ContractFile file : ContractFiles.load(c, chunk, policy.zone())) {
            if (!file.draft()) {
                continue;
            }
            ApprovalPlan plan = policy.approvals().plan(file.signing(), file.onFile());
            for (RequiredApproval required : plan.approvals()) {
                if (file.granted().stream().anyMatch(a -> required.isSatisfiedBy(a, file.signing()))) {
                    continue;
                }
                rows.add(new PendingApproval(file.requested() == null ? NOT_REQUESTED : file.requested().approvalId(),
                        file.signing().kind().name(), file.signing().subjectId(), file.signing().customerId(),
                        required.acceptedLevels().stream().map(Enum::name).collect(Collectors.joining(" or ")),
                        file.requested() == null ? null : file.requested().requestedAt(), required.ruleId()));
            }
        }
        return rows;
    }
}
