package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.CrmPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job judges the company's revisions of the customer-relationship policy (A8) once per run, after the last chunk:
 * proposed by the owning department (A8.proposer, customer service) and approved by management (A8.approver) on or
 * before the day the revision takes effect; each finding is stored once under the customer column COMPANY.
 */
class PolicyRevisionsAreaTest {

    private static final CrmPolicy POLICY = ErpFixtures.policy();

    private DataSource ds;

    @BeforeEach
    void anErpWithoutPolicyRevisions() throws Exception {
        ds = ErpFixtures.freshH2();
        ErpFixtures.load(ds, 40);
        sql("DELETE FROM policy_revision");
    }

    @Test
    void aRevisionApprovedByManagementOnTheDayItTakesEffectIsInOrderAndOneApprovedTheDayAfterIsNot() throws Exception {
        // given
        revision("OK", "CUSTOMER_SERVICE", "'M1', 'MANAGEMENT', DATE '2025-11-01'");
        revision("LATE", "CUSTOMER_SERVICE", "'M1', 'MANAGEMENT', DATE '2025-11-02'");

        // then
        assertThat(violations()).containsExactly("LATE");
        assertThat(evaluate()).filteredOn(f -> f.severity() == Severity.INFO).extracting(Finding::subjectId)
                .containsExactly("OK");
    }

    @Test
    void aRevisionApprovedByAnotherLevelOrNotAtAllIsAnA8Violation() throws Exception {
        // given
        revision("LEADER", "CUSTOMER_SERVICE", "'L1', 'LEADER_IN_CHARGE', DATE '2025-10-20'");
        revision("NONE", "CUSTOMER_SERVICE", "NULL, NULL, NULL");

        // then
        assertThat(violations()).containsExactlyInAnyOrder("LEADER", "NONE");
    }

    @Test
    void aRevisionProposedByAnotherDepartmentThanThePolicysOwnerIsAnA8ViolationEvenWhenApproved() throws Exception {
        // given
        revision("MKT", "MARKETING", "'M1', 'MANAGEMENT', DATE '2025-10-20'");

        // then
        assertThat(evaluate()).filteredOn(f -> f.severity() == Severity.VIOLATION)
                .singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("proposedBy", "MARKETING"));
    }

    @Test
    void aRevisionTakingEffectAfterTheRunsDayIsNotJudgedYet() throws Exception {
        // given
        revision("TODAY", "CUSTOMER_SERVICE", "NULL, NULL, NULL");
        revision("TOMORROW", "CUSTOMER_SERVICE", "NULL, NULL, NULL");
        sql("UPDATE policy_revision SET effective_on = DATE '2025-11-24' WHERE revision_id = 'TODAY'",
                "UPDATE policy_revision SET effective_on = DATE '2025-11-25' WHERE revision_id = 'TOMORROW'");

        // then
        assertThat(violations()).containsExactly("TODAY");
    }

    @Test
    void theJobStoresEachFindingOnceUnderTheCompanyAndARerunStoresNothingNew() throws Exception {
        // given
        revision("OK", "CUSTOMER_SERVICE", "'M1', 'MANAGEMENT', DATE '2025-10-20'");
        revision("NONE", "CUSTOMER_SERVICE", "NULL, NULL, NULL");
        ComplianceJob job = ComplianceJob.builder(ds, POLICY).chunkSize(10)
                .companyArea(new PolicyRevisionsArea(POLICY)).build();

        // when
        RunSummary first = job.run(DAY, AS_OF);
        sql("DELETE FROM policy_run");
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'A8' AND subject_id = 'NONE'"
                + " AND severity = 'VIOLATION' AND customer_id = 'COMPANY'")).isEqualTo(1);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'A8' AND subject_id = 'OK'"
                + " AND severity = 'INFO' AND customer_id = 'COMPANY'")).isEqualTo(1);
        assertThat(first.findingsWritten()).isPositive();
        assertThat(again.findingsWritten()).as("a re-run stores nothing new").isZero();
    }

    @Test
    void theSamplesRevisionsAreMostlyInOrderWithOneApprovedByTheWrongLevelAndOneProposedByTheWrongDepartment()
            throws Exception {
        // given
        DataSource sample = ErpFixtures.freshH2();
        ErpFixtures.load(sample, 40);

        // when
        List<Finding> found;
        try (Connection c = sample.getConnection()) {
            found = new PolicyRevisionsArea(POLICY).evaluate(c, AS_OF);
        }

        // then
        assertThat(found).filteredOn(f -> f.severity() == Severity.VIOLATION).extracting(Finding::subjectId)
                .containsExactlyInAnyOrder("PR-3", "PR-4");
        assertThat(found).filteredOn(f -> f.severity() == Severity.INFO).extracting(Finding::subjectId)
                .containsExactlyInAnyOrder("PR-1", "PR-2", "PR-3");
    }

    private List<Finding> evaluate() throws Exception {
        try (Connection c = ds.getConnection()) {
            return new PolicyRevisionsArea(POLICY).evaluate(c, AS_OF);
        }
    }

    private List<String> violations() throws Exception {
        return evaluate().stream().filter(f -> f.severity() == Severity.VIOLATION && f.ruleId().value().equals("A8"))
                .map(Finding::subjectId).distinct().toList();
    }

    private void revision(String id, String proposer, String approval) throws Exception {
        sql("INSERT INTO policy_revision VALUES ('" + id + "', '" + proposer + "', DATE '2025-11-01', " + approval + ")");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }
}
