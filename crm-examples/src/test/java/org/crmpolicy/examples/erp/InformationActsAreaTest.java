package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job judges the ERP's acts on customer information with the policy's information façade: collections (I1, I6,
 * I8), uses (A9, I4, I6, I11), destructions (A9, I5), updates (I10) and data breaches (I9); an act in order is no
 * violation, one without its approval, record or log entry is a violation of its rule; a re-run stores nothing new.
 */
class InformationActsAreaTest {

    private static final int KILLED_SIZE = 300;

    private DataSource ds;
    private List<Customer> customers;
    private String id;

    @BeforeEach
    void aSmallErpWithoutInformationActs() throws Exception {
        ds = ErpFixtures.freshH2();
        customers = ErpFixtures.load(ds, 3).toList();
        id = customers.get(0).id().value();
        sql("DELETE FROM info_use", "DELETE FROM info_collection", "DELETE FROM staff_commitment",
                "DELETE FROM info_destruction", "DELETE FROM info_update", "DELETE FROM info_breach_customer",
                "DELETE FROM info_breach", "INSERT INTO staff_commitment VALUES ('S1', DATE '2025-11-10')");
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
    void theJobStoresEachFindingOnceWithItsCustomerAndARerunStoresNothingNew() throws Exception {
        // given
        collection("C", "DATE '2025-11-01'");
        use("NOLOG", "S1", "CUSTOMER_SERVICE", true, false);
        destruction("D", "NULL, NULL, NULL", false);
        update("U", "NULL");
        breach("B", "'2025-11-10 09:00:00+08:00'", null, null, "NULL", id);
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy())
                .area(new InformationActsArea(ErpFixtures.policy())).build();

        // when
        job.run(DAY, AS_OF);
        sql("DELETE FROM policy_run");
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'I4' AND subject_id = ?"
                + " AND customer_id = ?", id + "-NOLOG", id)).isEqualTo(1);
        for (String[] stored : new String[][] {{"A9", "-D"}, {"I5", "-D"}, {"I10", "-U"}}) {
            assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = ? AND subject_id = ?"
                    + " AND severity = 'VIOLATION' AND customer_id = ?", stored[0], id + stored[1], id))
                    .as(stored[0]).isEqualTo(1);
        }
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'I9' AND subject_id = ?"
                + " AND customer_id = ?", id + "-B", id)).as("isolate, notify, accountability").isEqualTo(3);
        assertThat(again.findingsWritten()).isZero();
    }

    @Test
    void aDestructionApprovedOnItsDayIsInOrderAndOneApprovedTheDayAfterOrNotAtAllIsAnA9Violation() throws Exception {
        // given
        destruction("OK", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-20'", true);
        destruction("LATE", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-21'", true);
        destruction("NONE", "NULL, NULL, NULL", true);

        // then
        assertThat(violations("A9")).containsExactlyInAnyOrder(id + "-LATE", id + "-NONE");
        assertThat(infos("A9")).containsExactly(id + "-OK");
        assertThat(violations("I5")).isEmpty();
    }

    @Test
    void aDestructionWithoutARecordOfMethodTimeAndResponsiblePersonIsAnI5Violation() throws Exception {
        // given
        destruction("REC", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-20'", true);
        destruction("NOREC", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-20'", false);

        // then
        assertThat(violations("I5")).containsExactly(id + "-NOREC");
    }

    @Test
    void aDestructionRecordWrittenAfterTheRunsInstantIsNotOnFileYet() throws Exception {
        // given: recorded at the run's instant and one second after it
        destruction("ONTIME", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-20'", true);
        destruction("AFTER", "'L1', 'LEADER_IN_CHARGE', DATE '2025-11-20'", true);
        sql("UPDATE info_destruction SET recorded_at = TIMESTAMP WITH TIME ZONE '2025-11-24 18:00:00+08:00'"
                        + " WHERE destruction_id = '" + id + "-ONTIME'",
                "UPDATE info_destruction SET recorded_at = TIMESTAMP WITH TIME ZONE '2025-11-24 18:00:01+08:00'"
                        + " WHERE destruction_id = '" + id + "-AFTER'");

        // then
        assertThat(violations("I5")).containsExactly(id + "-AFTER");
    }

    @Test
    void aDestructionAfterTheRunsDayIsNotJudgedYet() throws Exception {
        // given
        destruction("TODAY", "NULL, NULL, NULL", false);
        destruction("TOMORROW", "NULL, NULL, NULL", false);
        sql("UPDATE info_destruction SET destroyed_on = DATE '2025-11-24' WHERE destruction_id = '" + id + "-TODAY'",
                "UPDATE info_destruction SET destroyed_on = DATE '2025-11-25' WHERE destruction_id = '" + id + "-TOMORROW'");

        // then
        assertThat(violations("A9")).containsExactly(id + "-TODAY");
        assertThat(violations("I5")).containsExactly(id + "-TODAY");
    }

    @Test
    void anUpdateWithoutALogEntryOrLoggedOnlyAfterTheRunIsAnI10ViolationAndALoggedOneIsNot() throws Exception {
        // given
        update("LOGGED", "TIMESTAMP WITH TIME ZONE '2025-11-20 10:00:00+08:00'");
        update("UNLOGGED", "NULL");
        update("LATER", "TIMESTAMP WITH TIME ZONE '2025-11-24 18:00:01+08:00'");

        // then
        assertThat(violations("I10")).containsExactlyInAnyOrder(id + "-UNLOGGED", id + "-LATER");
    }

    @Test
    void customersNotifiedExactlySeventyTwoHoursAfterDetectionAreInTimeAndOneSecondLaterAreAnI9Violation()
            throws Exception {
        // given: I9.notify-within-hours = 72, both detected on 2025-11-10 09:00
        breach("INTIME", "'2025-11-10 09:00:00+08:00'", "'2025-11-10 10:00:00+08:00'", "'2025-11-13 09:00:00+08:00'",
                "'SECURITY_OFFICE'", id);
        breach("LATE", "'2025-11-10 09:00:00+08:00'", "'2025-11-10 10:00:00+08:00'", "'2025-11-13 09:00:01+08:00'",
                "'SECURITY_OFFICE'", id);

        // then
        assertThat(violations("I9")).containsExactly(id + "-LATE");
    }

    @Test
    void aBreachNotIsolatedOrWithNobodyAccountableIsAnI9ViolationNamingTheTask() throws Exception {
        // given
        breach("OPEN", "'2025-11-10 09:00:00+08:00'", null, "'2025-11-10 12:00:00+08:00'", "'SECURITY_OFFICE'", id);
        breach("NOBODY", "'2025-11-10 09:00:00+08:00'", "'2025-11-10 10:00:00+08:00'", "'2025-11-10 12:00:00+08:00'",
                "NULL", id);

        // then
        assertThat(findings("I9")).filteredOn(f -> f.finding().severity() == Severity.VIOLATION)
                .extracting(f -> f.finding().subjectId() + " " + f.finding().evidence().get("task"))
                .containsExactlyInAnyOrder(id + "-OPEN ISOLATE_LEAKED_INFORMATION",
                        id + "-NOBODY ASSIGN_ACCOUNTABILITY");
    }

    @Test
    void aBreachIsJudgedOnceItsNotificationDeadlineHasPassedByTheRunsInstant() throws Exception {
        // given: nobody notified; the run is at 2025-11-24 18:00, so the deadline of a breach detected at
        // 2025-11-21 18:00 is the run's instant and that of one detected a second later is still ahead
        breach("DUE", "'2025-11-21 18:00:00+08:00'", "'2025-11-21 19:00:00+08:00'", null, "'SECURITY_OFFICE'", id);
        breach("RUNNING", "'2025-11-21 18:00:01+08:00'", "'2025-11-21 19:00:00+08:00'", null, "'SECURITY_OFFICE'", id);

        // then
        assertThat(violations("I9")).containsExactly(id + "-DUE");
    }

    @Test
    void aBreachOfSeveralCustomersIsJudgedWithTheChunkOfItsFirstAffectedCustomerAndStoredOnceWithIt()
            throws Exception {
        // given: customers 1 and 3 affected (a chunk size of one puts them in different chunks)
        String third = customers.get(2).id().value();
        breach("MANY", "'2025-11-10 09:00:00+08:00'", null, "'2025-11-10 12:00:00+08:00'", "'SECURITY_OFFICE'", id,
                third);

        // when
        ComplianceJob.builder(ds, ErpFixtures.policy()).chunkSize(1)
                .area(new InformationActsArea(ErpFixtures.policy())).build().run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'I9' AND subject_id = ?",
                id + "-MANY")).isEqualTo(1);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'I9' AND subject_id = ?"
                + " AND customer_id = ?", id + "-MANY", id)).isEqualTo(1);
        try (Connection c = ds.getConnection()) {
            assertThat(new InformationActsArea(ErpFixtures.policy()).evaluate(c, customers.subList(1, 3), List.of(),
                    AS_OF)).isEmpty();
        }
    }

    @Test
    void theSamplesDestructionsUpdatesAndBreachesAreMostlyInOrderWithAFewViolationsOfEachRule() throws Exception {
        // given: the sample of the main job's tests, 1,000 customers
        DataSource sample = ErpFixtures.freshH2();
        List<Customer> all = ErpFixtures.load(sample, 1_000).toList().stream()
                .sorted(java.util.Comparator.comparing(c -> c.id().value())).toList();

        // when
        List<CustomerFinding> found;
        try (Connection c = sample.getConnection()) {
            found = new InformationActsArea(ErpFixtures.policy()).evaluate(c, all, List.of(), AS_OF);
        }

        // then
        long destructions = ErpFixtures.count(sample, "SELECT COUNT(*) FROM info_destruction");
        long updates = ErpFixtures.count(sample, "SELECT COUNT(*) FROM info_update");
        long breaches = ErpFixtures.count(sample, "SELECT COUNT(*) FROM info_breach");
        assertThat(destructions).isPositive();
        assertThat(updates).isPositive();
        assertThat(breaches).isPositive();
        assertThat(violated(found, "I5", "-ID")).isPositive().isLessThan(destructions / 10);
        assertThat(violated(found, "A9", "-ID")).isPositive().isLessThan(destructions / 10);
        assertThat(violated(found, "I10", "-UP")).isPositive().isLessThan(updates / 10);
        assertThat(violated(found, "I9", "-BR")).isPositive().isLessThan(breaches);
    }

    @Test
    void aJobKilledAfterSomeChunksAndStartedAgainStoresTheFindingsOfAnUninterruptedRun(@TempDir Path dir)
            throws Exception {
        // given: the sample of 300 customers, judged without interruption on a database of its own
        DataSource uninterrupted = ErpFixtures.freshH2();
        ErpFixtures.load(uninterrupted, KILLED_SIZE);
        ComplianceJob.builder(uninterrupted, ErpFixtures.policy()).chunkSize(ErpJobKilledMidRunTest.CHUNK)
                .area(new InformationActsArea(ErpFixtures.policy()))
                .companyArea(new PolicyRevisionsArea(ErpFixtures.policy())).build().run(DAY, AS_OF);
        Path killed = dir.resolve("killed");

        // when: killed once chunk 3 is about to commit, then run again to the end
        List<String> firstRun = ErpJobKilledMidRunTest.runJob(killed, KILLED_SIZE, 3, "information");
        List<String> secondRun = ErpJobKilledMidRunTest.runJob(killed, KILLED_SIZE, -1, "information");
        DataSource ds = ErpJobKilledMidRunTest.durable(killed);

        // then: the same findings under the same customers, none twice, with the destructions', updates' and
        // revisions' findings
        assertThat(firstRun).contains("chunk 3").noneMatch(l -> l.startsWith("done"));
        assertThat(secondRun).anyMatch(l -> l.startsWith("done "));
        Map<FindingKey, String> stored = CompanyContactDutiesAreaTest.stored(ds);
        assertThat(stored).isEqualTo(CompanyContactDutiesAreaTest.stored(uninterrupted));
        assertThat(stored.keySet()).extracting(k -> k.ruleId().value()).contains("A8", "A9", "I5", "I10");
    }

    private static long violated(List<CustomerFinding> found, String rule, String subject) {
        return found.stream().filter(f -> f.finding().ruleId().value().equals(rule)
                        && f.finding().severity() == Severity.VIOLATION && f.finding().subjectId().contains(subject))
                .map(f -> f.finding().subjectId()).distinct().count();
    }

    private List<CustomerFinding> findings(String rule) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new InformationActsArea(ErpFixtures.policy()).evaluate(c, customers, List.of(), AS_OF).stream()
                    .filter(f -> f.finding().ruleId().value().equals(rule)).toList();
        }
    }

    private List<String> infos(String rule) throws Exception {
        return findings(rule).stream().filter(f -> f.finding().severity() == Severity.INFO)
                .map(f -> f.finding().subjectId()).distinct().toList();
    }

    private void destruction(String suffix, String approval, boolean recorded) throws Exception {
        sql("INSERT INTO info_destruction VALUES ('" + id + "-" + suffix + "', '" + id + "', DATE '2025-11-20', "
                + approval + ", " + (recorded ? "'SHREDDING', TIMESTAMP WITH TIME ZONE '2025-11-20 16:00:00+08:00', 'S1'"
                : "NULL, NULL, NULL") + ")");
    }

    private void update(String suffix, String loggedAt) throws Exception {
        sql("INSERT INTO info_update VALUES ('" + id + "-" + suffix + "', '" + id + "', 'CONTACT_PHONE', DATE '2025-11-20', "
                + loggedAt + ", " + (loggedAt.equals("NULL") ? "NULL, NULL" : "'changed CONTACT_PHONE', 'S1'") + ")");
    }

    private void breach(String suffix, String detected, String isolated, String notified, String accountable,
                        String... affected) throws Exception {
        sql("INSERT INTO info_breach VALUES ('" + id + "-" + suffix + "', " + at(detected) + ", " + at(isolated) + ", "
                + at(notified) + ", " + accountable + ")");
        for (String customer : affected) {
            sql("INSERT INTO info_breach_customer VALUES ('" + id + "-" + suffix + "', '" + customer + "')");
        }
    }

    private static String at(String literal) {
        return literal == null ? "NULL" : "TIMESTAMP WITH TIME ZONE " + literal;
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
