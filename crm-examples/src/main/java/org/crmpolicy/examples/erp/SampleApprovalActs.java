package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.crmpolicy.customer.Tier;

/**
 * The sample ERP's receptions, events and plans (A4, A5, A6, A10, A11, A12) for {@link SampleErpData}, with the
 * approvals and reviews a careful company files for them: visits of the customers' delegations (more and higher
 * ranking for the higher tiers), the customers' events the company attends, revisit plans (one in three ad hoc), and
 * the plans filed under a customer (maintenance plans of the strategic and key customers, feedback-handling plans,
 * improvement plans after a satisfaction survey, yearly training plans). Most acts are in order; about one in
 * twenty-four that needs an approval lacks it, got it only after the act, or got it from the wrong level. Its own
 * seeded random per customer, so the rest of the sample is unchanged.
 *
 * <p>The approvals filed follow the standard the sample company works to (003 §13(三), §15, §17, §18; 000 §3);
 * which approval an act needs is decided by the policy when the job checks the act, not here.
 */
final class SampleApprovalActs {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] RANKS = {"CHAIRMAN_OR_GM", "DEPARTMENT_MANAGER", "BELOW_MANAGER"};
    private static final String[] EVENTS = {"PLANT_COMMISSIONING", "PRODUCT_LAUNCH", "ANNIVERSARY", "OTHER_MAJOR_EVENT"};
    /** One act in this many that needs an approval is at fault. */
    private static final int FAULT_ONE_IN = 24;

    private final long seed;
    private final LocalDate day;
    private final List<Object[]> visits = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> revisitPlans = new ArrayList<>();
    private final List<Object[]> plans = new ArrayList<>();
    private final List<Object[]> approvals = new ArrayList<>();

    SampleApprovalActs(long seed, LocalDate day) {
        this.seed = seed;
        this.day = day;
    }

    /**
     * The customer's acts of the last year.
     *
     * @param tier the customer's tier, or {@code null} when the sample has none: then no visits and no events (their
     *             approvals depend on the tier) and only the plans
     */
    void customer(String customerId, Tier tier, boolean hasDoneBusiness) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_037L + ("approval-acts/" + customerId).hashCode());
        boolean high = tier == Tier.STRATEGIC_PARTNER || tier == Tier.KEY;
        if (tier != null && tier != Tier.RESERVE) {
            int n = tier == Tier.STRATEGIC_PARTNER ? 1 + r.nextInt(3) : tier == Tier.KEY ? r.nextInt(3)
                    : r.nextInt(3) == 0 ? 1 : 0;
            for (int k = 0; k < n; k++) {
                String id = customerId + "-VR" + (k + 1);
                String rank = RANKS[r.nextInt(RANKS.length)];
                LocalDate on = day.minusDays(1 + r.nextInt(330));
                visits.add(new Object[] {id, customerId, rank, on, r.nextInt(3) == 0});
                boolean strategic = tier == Tier.STRATEGIC_PARTNER;
                if (strategic && rank.equals("CHAIRMAN_OR_GM")) {
                    approve(r, "VISIT_RECEPTION", id, customerId, on, "OFFICE1", "COMPANY_OFFICE", false);
                    approve(r, "VISIT_RECEPTION", id, customerId, on, "LEAD1", "COMPANY_LEADERSHIP", true);
                } else if (strategic && rank.equals("DEPARTMENT_MANAGER") || tier == Tier.KEY && rank.equals("CHAIRMAN_OR_GM")) {
                    approve(r, "VISIT_RECEPTION", id, customerId, on, "L" + (1 + r.nextInt(3)), "LEADER_IN_CHARGE", true);
                }
            }
            if (r.nextInt(high ? 3 : 6) == 0) {
                String id = customerId + "-EV1";
                LocalDate on = day.minusDays(1 + r.nextInt(330));
                events.add(new Object[] {id, customerId, EVENTS[r.nextInt(EVENTS.length)], on});
                if (tier != Tier.STRATEGIC_PARTNER) {
                    approve(r, "CUSTOMER_EVENT", id, customerId, on, "L" + (1 + r.nextInt(3)), "LEADER_IN_CHARGE", true);
                }
            }
        }
        if (hasDoneBusiness && r.nextInt(4) == 0) {
            String id = customerId + "-RP1";
            boolean adHoc = r.nextInt(3) == 0;
            LocalDate on = day.minusDays(1 + r.nextInt(300));
            revisitPlans.add(new Object[] {id, customerId, adHoc,
                    on.atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant().atOffset(ZoneOffset.UTC)});
            if (adHoc) {
                approve(r, "AD_HOC_REVISIT_PLAN", id, customerId, on, "LEAD" + (1 + r.nextInt(2)), "COMPANY_LEADERSHIP", true);
            }
        }
        if (high || hasDoneBusiness && r.nextInt(6) == 0) {
            String id = customerId + "-MP" + day.getYear();
            LocalDate on = LocalDate.of(day.getYear(), 1, 5).plusDays(r.nextInt(20));
            plans.add(new Object[] {id, customerId, "CUSTOMER_MAINTENANCE", null, null, on});
            approve(r, "MANAGEMENT_PLAN", id, customerId, on, "MGMT", "MANAGEMENT", true);
        }
        if (r.nextInt(10) == 0) {
            String id = customerId + "-FP1";
            LocalDate on = day.minusDays(1 + r.nextInt(200));
            plans.add(new Object[] {id, customerId, "FEEDBACK_HANDLING", null, null, on});
            approve(r, "MANAGEMENT_PLAN", id, customerId, on, "MGMT", "MANAGEMENT", true);
        }
        if (r.nextInt(8) == 0) {
            String survey = customerId + "-SV" + day.getYear() + "H1";
            String id = survey + "-IP";
            LocalDate on = LocalDate.of(day.getYear(), 7, 20).plusDays(r.nextInt(20));
            plans.add(new Object[] {id, customerId, "SURVEY_IMPROVEMENT", survey, null, on});
            approve(r, "SURVEY_IMPROVEMENT_PLAN", id, customerId, on, "LEAD" + (1 + r.nextInt(2)), "COMPANY_LEADERSHIP", true);
        }
        if (high && r.nextInt(3) == 0) {
            String id = customerId + "-TP" + day.getYear();
            LocalDate on = LocalDate.of(day.getYear(), 1, 10).plusDays(r.nextInt(20));
            plans.add(new Object[] {id, customerId, "TRAINING", null, day.getYear(), on});
            approve(r, "TRAINING_PLAN", id, customerId, on, "L" + (1 + r.nextInt(3)), "LEADER_IN_CHARGE", true);
        }
    }

    /**
     * Files the approval of an act, given one to five days before it; when {@code mayFail}, about one act in
     * {@link #FAULT_ONE_IN} has none filed, one given after the act, or one from a level that does not count.
     */
    private void approve(SplittableRandom r, String kind, String subject, String customerId, LocalDate on,
                         String approver, String level, boolean mayFail) {
        int fault = mayFail && r.nextInt(FAULT_ONE_IN) == 0 ? 1 + r.nextInt(3) : 0;
        if (fault == 1) {
            return;                                                                   // never asked
        }
        LocalDate approvedOn = fault == 2 ? on.plusDays(1 + r.nextInt(5)) : on.minusDays(1 + r.nextInt(5));
        String by = fault == 3 ? "BU" + (1 + r.nextInt(9)) : approver;
        String as = fault == 3 ? "BU_HEAD" : level;
        approvals.add(new Object[] {subject + "-AP" + (level.equals("COMPANY_OFFICE") ? "R" : "A"), kind, subject,
                customerId, by, as, approvedOn});
    }

    /** Inserts what was collected (after the customers) and forgets it. */
    void insert(Connection c) throws SQLException {
        SampleRows.insert(c, "INSERT INTO visit_reception (visit_id, customer_id, visitor_rank, arrives_on, lodging_requested)"
                + " VALUES (?, ?, ?, ?, ?)", visits);
        SampleRows.insert(c, "INSERT INTO event_attendance (event_id, customer_id, event_kind, event_on) VALUES (?, ?, ?, ?)", events);
        SampleRows.insert(c, "INSERT INTO revisit_plan (plan_id, customer_id, ad_hoc, starts_at) VALUES (?, ?, ?, ?)", revisitPlans);
        SampleRows.insert(c, "INSERT INTO customer_plan (plan_id, customer_id, plan_kind, survey_id, plan_year, effective_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", plans);
        SampleRows.insert(c, "INSERT INTO act_approval (approval_id, act_kind, subject_id, customer_id, approver_id, approver_level,"
                + " approved_on) VALUES (?, ?, ?, ?, ?, ?, ?)", approvals);
    }
}
