package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InformationActsAreaTest {

    private DataSource ds;
    private List<Customer> customers;
    private String id;

    @BeforeEach
    void aSmallErpWithoutInformationActs() throws Exception {
        ds = ErpFixtures.freshH2();
        customers = ErpFixtures.load(ds, 3).toList();
        id = customers.get(0).id().value();
        sql("DELETE FROM info_use", "DELETE FROM info_collection", "DELETE FROM staff_commitment",
                "INSERT INTO staff_commitment VALUES ('S1', DATE '2025-11-10')");
    }

    @Test
    void aCollectionRecordedOnItsDayIsAuthorisedAndOneRecordedTheDayAfterIsNot() throws Exception {
        // given
        collection("OK", "DATE '2025-11-10'");
        collection("LATE", "DATE '2025-11-11'");

        // then
        assertThat(violations("I8")).containsExactly(id + "-LATE");
    }

    @Test
    void aCollectionOfDataOutsideTheCustomerFileBreaksMinimisation() throws Exception {
        // given
        sql("INSERT INTO info_collection VALUES ('" + id + "-X', '" + id + "', 'CONTACT_PHONE,HOME_ADDRESS',"
                + " DATE '2025-11-10', 'CUSTOMER_SERVICE', NULL, 'S1', DATE '2025-11-10')");

        // then
        assertThat(violations("I1")).containsExactly(id + "-X");
    }

    @Test
    void staffWhoSignedOnTheDayOfUseMayAccessAndStaffWhoSignedTheDayAfterMayNot() throws Exception {
        // given
        collection("C", "DATE '2025-11-01'");
        sql("INSERT INTO staff_commitment VALUES ('S2', DATE '2025-11-21')");
        use("U1", "S1", "CUSTOMER_SERVICE", true, true);   // S1 signed 2025-11-10, the use is on 2025-11-20
        use("U2", "S2", "CUSTOMER_SERVICE", true, true);
        sql("UPDATE info_use SET used_on = DATE '2025-11-10' WHERE use_id LIKE '%-U1'");

        // then
        assertThat(violations("I11")).containsExactly(id + "-U2");
    }

    @Test
    void aUseWithoutApprovalLogEntryOrAllowedPurposeIsAViolationOfEachRule() throws Exception {
        // given
        collection("C", "DATE '2025-11-01'");
        use("FINE", "S1", "CUSTOMER_SERVICE", true, true);
        use("NOAPPROVAL", "S1", "CUSTOMER_SERVICE", false, true);
        use("NOLOG", "S1", "CUSTOMER_SERVICE", true, false);
        use("ADS", "S1", "ADVERTISING", true, true);

        // then
        assertThat(violations("A9")).containsExactly(id + "-NOAPPROVAL");
        assertThat(violations("I4")).containsExactly(id + "-NOLOG");
        assertThat(violations("I6")).containsExactly(id + "-ADS");
    }

    @Test
    void theJobStoresTheFindingNamingItsRuleOnce() throws Exception {
        // given
        collection("C", "DATE '2025-11-01'");
        use("NOLOG", "S1", "CUSTOMER_SERVICE", true, false);
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy())
                .area(new InformationActsArea(ErpFixtures.policy())).build();

        // when
        job.run(DAY, AS_OF);
        sql("DELETE FROM policy_run");
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'I4' AND subject_id = ?"
                + " AND customer_id = ?", id + "-NOLOG", id)).isEqualTo(1);
        assertThat(again.findingsWritten()).isZero();
    }

    private List<String> violations(String rule) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new InformationActsArea(ErpFixtures.policy()).evaluate(c, customers, List.of(), AS_OF).stream()
                    .filter(f -> f.finding().ruleId().value().equals(rule) && f.finding().severity() == Severity.VIOLATION)
                    .map(f -> f.finding().subjectId()).distinct().toList();
        }
    }

    private void collection(String suffix, String recordedOn) throws Exception {
        sql("INSERT INTO info_collection VALUES ('" + id + "-" + suffix + "', '" + id + "', 'CONTACT_PHONE,CREDIT_STANDING',"
                + " DATE '2025-11-10', 'CUSTOMER_SERVICE,ADVERTISING', NULL, 'S1', " + recordedOn + ")");
        sql("UPDATE info_collection SET stated_purposes = 'CUSTOMER_SERVICE' WHERE collection_id = '" + id + "-" + suffix + "'");
    }

    private void use(String suffix, String staff, String purpose, boolean approved, boolean logged) throws Exception {
        sql("INSERT INTO info_use VALUES ('" + id + "-" + suffix + "', '" + id + "', '" + staff + "', '" + purpose + "',"
                + " 'CONTACT_PHONE', DATE '2025-11-20', " + (approved ? "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-19'" : "NULL, NULL, NULL")
                + ", " + (logged ? "TIMESTAMP WITH TIME ZONE '2025-11-20 10:00:00+08:00', 'done'" : "NULL, NULL") + ")");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }
}
