package org.crmpolicy.examples.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmpolicy.examples.erp.ErpFixtures.AS_OF;
import static org.crmpolicy.examples.erp.ErpFixtures.DAY;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The job judges the ERP's receptions, events and plans (A4, A5, A6, A10, A11, A12) with the policy's approvals
 * façade: an act without the approval the policy requires, with it only after the act or from a level that does not
 * count is a violation of its rule; an act in order is none; a re-run stores nothing new.
 */
class ApprovalActsAreaTest {

    private static final String DAY_BEFORE = "DATE '2025-11-09'";
    private static final String ACT_DAY = "DATE '2025-11-10'";
    private static final String DAY_AFTER = "DATE '2025-11-11'";

    private DataSource ds;
    private List<Customer> customers;
    private List<TierDecision> tiers;

    @BeforeEach
    void aSmallErpWithoutReceptionsEventsOrPlans() throws Exception {
        ds = ErpFixtures.freshH2();
        customers = ErpFixtures.load(ds, 60).toList().stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
        tiers = ErpFixtures.policy().tiers().classifyAll(customers, AS_OF);
        sql("DELETE FROM act_approval", "DELETE FROM visit_reception", "DELETE FROM event_attendance",
                "DELETE FROM revisit_plan", "DELETE FROM customer_plan");
    }

    @Test
    void aStrategicChairmansVisitNeedsTheOfficesReviewAndLeadershipsApprovalOnOrBeforeArrival() throws Exception {
        // given: STRATEGIC x CHAIRMAN_OR_GM: COMPANY_OFFICE reviews, COMPANY_LEADERSHIP approves (A4)
        String id = customer(Tier.STRATEGIC_PARTNER);
        visit(id, "OK", "CHAIRMAN_OR_GM");
        approval(id, "OK", "R", "VISIT_RECEPTION", "COMPANY_OFFICE", DAY_BEFORE);
        approval(id, "OK", "A", "VISIT_RECEPTION", "COMPANY_LEADERSHIP", ACT_DAY);
        visit(id, "LATE", "CHAIRMAN_OR_GM");
        approval(id, "LATE", "R", "VISIT_RECEPTION", "COMPANY_OFFICE", DAY_BEFORE);
        approval(id, "LATE", "A", "VISIT_RECEPTION", "COMPANY_LEADERSHIP", DAY_AFTER);
        visit(id, "WRONG", "CHAIRMAN_OR_GM");
        approval(id, "WRONG", "R", "VISIT_RECEPTION", "COMPANY_OFFICE", DAY_BEFORE);
        approval(id, "WRONG", "A", "VISIT_RECEPTION", "BU_HEAD", DAY_BEFORE);
        visit(id, "NOREVIEW", "CHAIRMAN_OR_GM");
        approval(id, "NOREVIEW", "A", "VISIT_RECEPTION", "COMPANY_LEADERSHIP", DAY_BEFORE);

        // then
        assertThat(violations("A4")).containsExactlyInAnyOrder(id + "-LATE", id + "-WRONG", id + "-NOREVIEW");
        assertThat(infos("A4", id + "-OK")).isEqualTo(2);
    }

    @Test
    void aKeyChairmansVisitNeedsTheLeaderInChargeAndAGeneralCustomersVisitNeedsNoApproval() throws Exception {
        // given
        String key = customer(Tier.KEY);
        String general = customer(Tier.GENERAL);
        visit(key, "K", "CHAIRMAN_OR_GM");
        visit(key, "KM", "DEPARTMENT_MANAGER");
        visit(general, "G", "CHAIRMAN_OR_GM");

        // then
        assertThat(violations("A4")).containsExactly(key + "-K");
    }

    @Test
    void aNonStrategicCustomersEventNeedsTheLeaderInChargeAndAStrategicPartnersDoesNot() throws Exception {
        // given
        String key = customer(Tier.KEY);
        String strategic = customer(Tier.STRATEGIC_PARTNER);
        event(key, "E1");
        event(key, "E2");
        approval(key, "E2", "A", "CUSTOMER_EVENT", "LEADER_IN_CHARGE", ACT_DAY);
        event(strategic, "E3");

        // then
        assertThat(violations("A5")).containsExactly(key + "-E1");
    }

    @Test
    void anAdHocRevisitPlanNeedsCompanyLeadershipAndARegularOneDoesNot() throws Exception {
        // given
        String id = customer(Tier.GENERAL);
        revisitPlan(id, "ADHOC", true);
        revisitPlan(id, "ADHOC-OK", true);
        approval(id, "ADHOC-OK", "A", "AD_HOC_REVISIT_PLAN", "COMPANY_LEADERSHIP", ACT_DAY);
        revisitPlan(id, "ADHOC-GM", true);
        approval(id, "ADHOC-GM", "A", "AD_HOC_REVISIT_PLAN", "LEADER_IN_CHARGE", DAY_BEFORE);
        revisitPlan(id, "REGULAR", false);

        // then
        assertThat(violations("A6")).containsExactlyInAnyOrder(id + "-ADHOC", id + "-ADHOC-GM");
    }

    @Test
    void eachPlanWithoutItsApprovalIsAViolationOfItsRuleAndOneApprovedIsNone() throws Exception {
        // given
        String id = customer(Tier.KEY);
        plan(id, "MP", "CUSTOMER_MAINTENANCE");
        plan(id, "FP", "FEEDBACK_HANDLING");
        approval(id, "FP", "A", "MANAGEMENT_PLAN", "MANAGEMENT", DAY_BEFORE);
        plan(id, "IP", "SURVEY_IMPROVEMENT");
        plan(id, "IP-OK", "SURVEY_IMPROVEMENT");
        approval(id, "IP-OK", "A", "SURVEY_IMPROVEMENT_PLAN", "COMPANY_LEADERSHIP", ACT_DAY);
        plan(id, "TP", "TRAINING");
        approval(id, "TP", "A", "TRAINING_PLAN", "LEADER_IN_CHARGE", DAY_AFTER);
        plan(id, "TP-OK", "TRAINING");
        approval(id, "TP-OK", "A", "TRAINING_PLAN", "LEADER_IN_CHARGE", DAY_BEFORE);

        // then
        assertThat(violations("A10")).containsExactly(id + "-MP");
        assertThat(violations("A11")).containsExactly(id + "-IP");
        assertThat(violations("A12")).containsExactly(id + "-TP");
    }

    @Test
    void actsAfterTheRunsDayAreNotJudgedYet() throws Exception {
        // given
        String id = customer(Tier.KEY);
        sql("INSERT INTO customer_plan VALUES ('" + id + "-NEXT', '" + id + "', 'CUSTOMER_MAINTENANCE', NULL, NULL,"
                + " DATE '2025-11-25')");
        sql("INSERT INTO customer_plan VALUES ('" + id + "-TODAY', '" + id + "', 'CUSTOMER_MAINTENANCE', NULL, NULL,"
                + " DATE '2025-11-24')");

        // then
        assertThat(violations("A10")).containsExactly(id + "-TODAY");
    }

    @Test
    void theJobStoresEachFindingOnceWithItsCustomerAndARerunStoresNothingNew() throws Exception {
        // given
        String id = customer(Tier.KEY);
        visit(id, "K", "CHAIRMAN_OR_GM");
        plan(id, "MP", "CUSTOMER_MAINTENANCE");
        approval(id, "MP", "A", "MANAGEMENT_PLAN", "MANAGEMENT", DAY_BEFORE);
        ComplianceJob job = ComplianceJob.builder(ds, ErpFixtures.policy()).chunkSize(20)
                .area(new ApprovalActsArea(ErpFixtures.policy())).build();

        // when
        RunSummary first = job.run(DAY, AS_OF);
        sql("DELETE FROM policy_run");
        RunSummary again = job.run(DAY, AS_OF);

        // then
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'A4' AND subject_id = ?"
                + " AND severity = 'VIOLATION' AND customer_id = ?", id + "-K", id)).isEqualTo(1);
        assertThat(ErpFixtures.count(ds, "SELECT COUNT(*) FROM finding WHERE rule_id = 'A10' AND subject_id = ?"
                + " AND severity = 'INFO' AND customer_id = ?", id + "-MP", id)).isEqualTo(1);
        assertThat(first.findingsWritten()).isPositive();
        assertThat(again.findingsWritten()).isZero();
    }

    private String customer(Tier tier) {
        return tiers.stream().filter(d -> d.tier() == tier).findFirst()
                .orElseThrow(() -> new AssertionError("the sample of 60 has no " + tier + " customer"))
                .customerId().value();
    }

    private List<String> violations(String rule) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new ApprovalActsArea(ErpFixtures.policy()).evaluate(c, customers, tiers, AS_OF).stream()
                    .filter(f -> f.finding().ruleId().value().equals(rule) && f.finding().severity() == Severity.VIOLATION)
                    .map(f -> f.finding().subjectId()).distinct().toList();
        }
    }

    private long infos(String rule, String subject) throws Exception {
        try (Connection c = ds.getConnection()) {
            return new ApprovalActsArea(ErpFixtures.policy()).evaluate(c, customers, tiers, AS_OF).stream()
                    .filter(f -> f.finding().ruleId().value().equals(rule) && f.finding().subjectId().equals(subject))
                    .peek(f -> assertThat(f.finding().severity()).isEqualTo(Severity.INFO)).count();
        }
    }

    private void visit(String customer, String suffix, String rank) throws Exception {
        sql("INSERT INTO visit_reception VALUES ('" + customer + "-" + suffix + "', '" + customer + "', '" + rank + "', "
                + ACT_DAY + ", FALSE)");
    }

    private void event(String customer, String suffix) throws Exception {
        sql("INSERT INTO event_attendance VALUES ('" + customer + "-" + suffix + "', '" + customer + "', 'ANNIVERSARY', "
                + ACT_DAY + ")");
    }

    private void revisitPlan(String customer, String suffix, boolean adHoc) throws Exception {
        sql("INSERT INTO revisit_plan VALUES ('" + customer + "-" + suffix + "', '" + customer + "', " + adHoc + ","
                + " TIMESTAMP WITH TIME ZONE '2025-11-10 09:00:00+08:00')");
    }

    private void plan(String customer, String suffix, String kind) throws Exception {
        sql("INSERT INTO customer_plan VALUES ('" + customer + "-" + suffix + "', '" + customer + "', '" + kind + "', "
                + (kind.equals("SURVEY_IMPROVEMENT") ? "'" + customer + "-SV'" : "NULL") + ", "
                + (kind.equals("TRAINING") ? "2025" : "NULL") + ", " + ACT_DAY + ")");
    }

    private void approval(String customer, String subject, String tag, String kind, String level, String on)
            throws Exception {
        String id = customer + "-" + subject;
        sql("INSERT INTO act_approval VALUES ('" + id + "-AP" + tag + "', '" + kind + "', '" + id + "', '" + customer
                + "', 'EMP-1', '" + level + "', " + on + ")");
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }
}
