package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.finding.Finding;
import org.junit.jupiter.api.Test;

/** A policy area plugs into the job with one {@link AreaEvaluation}; its findings are stored like tiering's. */
class AreaEvaluationTest {

    /** Stands in for the complaints area: one finding per complaint of the chunk's customers. */
    private static final AreaEvaluation COMPLAINTS = (connection, customers, tiers, asOf) -> {
        List<CustomerFinding> findings = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT complaint_id, customer_id FROM complaint WHERE customer_id BETWEEN ? AND ? ORDER BY complaint_id")) {
            ps.setString(1, customers.get(0).id().value());
            ps.setString(2, customers.get(customers.size() - 1).id().value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    findings.add(new CustomerFinding(CustomerId.of(rs.getString(2)),
                            Finding.warning("P8", rs.getString(1), "complaint names no responsible person")
                                    .withResponsible("MARKETING_DEPARTMENT").withDue(asOf.plusSeconds(86_400))));
                }
            }
        }
        return findings;
    };

    @Test
    void anAreasFindingsAreStoredWithTheirCustomerAndWrittenOnlyOnce() throws Exception {
        // given
        DataSource ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 120);
        long complaints = ErpFixtures.count(ds, "SELECT COUNT(*) FROM complaint");
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy()).chunkSize(40).area(COMPLAINTS).build();

        // when
        RunSummary first = job.run(DAY, AS_OF);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM policy_run");
        }
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(complaints).isPositive();
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding f JOIN complaint c ON c.complaint_id = f.subject_id"
                + " WHERE f.rule_id = 'P8' AND f.customer_id = c.customer_id AND f.due IS NOT NULL")).isEqualTo(complaints);
        assertThat(first.findingsWritten()).isEqualTo(first.findingsTotal());
        assertThat(again.findingsWritten()).isZero();
    }
}
