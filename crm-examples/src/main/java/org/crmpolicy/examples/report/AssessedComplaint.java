package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintAssessment;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.examples.erp.StoredComplaints;
import org.crmpolicy.rules.CrmPolicy;

/**
 * A complaint replayed from its stored events together with what the policy says about it as of an instant.
 *
 * @param customerId the complaining customer
 * @param complaint  the complaint as of {@code assessment.asOf()}
 * @param assessment {@code policy.complaints().assess(...)}
 */
public record AssessedComplaint(CustomerId customerId, Complaint complaint, ComplaintAssessment assessment) {

    public AssessedComplaint {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** Every complaint in the ERP with its events up to {@code asOf}, replayed and assessed, in complaint ID order. */
    public static List<AssessedComplaint> loadAll(DataSource erp, CrmPolicy policy, Instant asOf) throws SQLException {
        List<AssessedComplaint> all = new ArrayList<>();
        try (Connection c = erp.getConnection()) {
            for (StoredComplaints.Loaded loaded : StoredComplaints.load(c, null, null, asOf)) {
                Complaint complaint = loaded.replay();
                all.add(new AssessedComplaint(loaded.customerId(), complaint, policy.complaints().assess(complaint, asOf)));
            }
        }
        return all;
    }
}
