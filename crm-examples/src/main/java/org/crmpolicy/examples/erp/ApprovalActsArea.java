package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.approval.ActionKind;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.CustomerEventAttendance;
import org.crmpolicy.approval.CustomerEventKind;
import org.crmpolicy.approval.HostAction;
import org.crmpolicy.approval.ManagementPlan;
import org.crmpolicy.approval.ManagementPlanKind;
import org.crmpolicy.approval.SurveyImprovementPlan;
import org.crmpolicy.approval.TrainingPlan;
import org.crmpolicy.approval.VisitReception;
import org.crmpolicy.approval.VisitorRank;
import org.crmpolicy.contact.RevisitPlan;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The receptions, events and plans area of a compliance run (A4, A5, A6, A10, A11, A12): the chunk's visits
 * ({@code visit_reception}), customer events attended ({@code event_attendance}), revisit plans
 * ({@code revisit_plan}) and the plans filed under a customer ({@code customer_plan}) are read from the ERP with the
 * approvals and reviews given for them ({@code act_approval}) and judged by {@code policy.approvals().check(act,
 * approvals, evidence)}: the policy decides which approval each act needs (A4 by the customer's tier, the run's
 * decision, and the visitor's rank). Acts after the run's day and approvals given after it are not read. Every
 * finding is returned with its customer. A8 (policy revision) concerns no customer and is not part of the customer
 * run. Thread-safe.
 */
public final class ApprovalActsArea implements AreaEvaluation {

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public ApprovalActsArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers,
                                          Instant asOf) throws SQLException {
        if (customers.isEmpty()) {
            return List.of();
        }
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        LocalDate day = asOf.atZone(policy.zone()).toLocalDate();
        Map<String, List<Approval>> approvals = approvals(connection, first, last, day);
        Map<CustomerId, Tier> tierOf = tiers(customers, tiers, asOf);
        List<Act> acts = new ArrayList<>();
        query(connection, "SELECT visit_id, customer_id, visitor_rank, arrives_on, lodging_requested FROM visit_reception"
                + " WHERE customer_id >= ? AND customer_id <= ? AND arrives_on <= ? ORDER BY visit_id", first, last, day,
                rs -> {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    acts.add(new Act(customer, new VisitReception(rs.getString(1), customer, tier(tierOf, customer),
                            VisitorRank.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class), rs.getBoolean(5))));
                });
        query(connection, "SELECT event_id, customer_id, event_kind, event_on FROM event_attendance"
                + " WHERE customer_id >= ? AND customer_id <= ? AND event_on <= ? ORDER BY event_id", first, last, day,
                rs -> {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    acts.add(new Act(customer, new CustomerEventAttendance(rs.getString(1), customer,
                            tier(tierOf, customer), CustomerEventKind.valueOf(rs.getString(3)),
                            rs.getObject(4, LocalDate.class))));
                });
        query(connection, "SELECT plan_id, customer_id, ad_hoc, starts_at FROM revisit_plan"
                + " WHERE customer_id >= ? AND customer_id <= ? AND starts_at < ? ORDER BY plan_id", first, last,
                day.plusDays(1).atStartOfDay(policy.zone()).toOffsetDateTime(),
                rs -> {
                    CustomerId customer = CustomerId.of(rs.getString(2));
                    // the approvals of A6 are the act_approval rows; R5 (contact compliance) reads approvedBy
                    acts.add(new Act(customer, new RevisitPlan(rs.getString(1), customer, rs.getBoolean(3),
                            rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(policy.zone()), null, null)));
                });
        query(connection, "SELECT plan_id, customer_id, plan_kind, survey_id, plan_year, effective_on FROM customer_plan"
                + " WHERE customer_id >= ? AND customer_id <= ? AND effective_on <= ? ORDER BY plan_id", first, last, day,
                rs -> acts.add(new Act(CustomerId.of(rs.getString(2)), plan(rs))));
        List<CustomerFinding> findings = new ArrayList<>();
        for (Act act : acts) {
            List<Approval> granted = approvals.getOrDefault(act.action().subjectId(), List.of());
            for (Finding f : policy.approvals().check(act.action(), granted, List.of())) {
                findings.add(new CustomerFinding(act.customer(), f));
            }
        }
        return findings;
    }

    private static HostAction plan(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        String kind = rs.getString(3);
        LocalDate on = rs.getObject(6, LocalDate.class);
        return switch (kind) {
            case "CUSTOMER_MAINTENANCE", "FEEDBACK_HANDLING" -> new ManagementPlan(id, ManagementPlanKind.valueOf(kind), on);
            case "SURVEY_IMPROVEMENT" -> new SurveyImprovementPlan(id, rs.getString(4), on);
            case "TRAINING" -> new TrainingPlan(id, rs.getInt(5), on);
            default -> throw new IllegalArgumentException("customer_plan " + id + " plan_kind = '" + kind
                    + "' is not one of CUSTOMER_MAINTENANCE, FEEDBACK_HANDLING, SURVEY_IMPROVEMENT, TRAINING");
        };
    }

    /** The approvals given by the run's day for the chunk's acts, by subject. */
    private static Map<String, List<Approval>> approvals(Connection c, String first, String last, LocalDate day)
            throws SQLException {
        Map<String, List<Approval>> bySubject = new HashMap<>();
        query(c, "SELECT approval_id, act_kind, subject_id, approver_id, approver_level, approved_on FROM act_approval"
                + " WHERE customer_id >= ? AND customer_id <= ? AND approved_on <= ? ORDER BY approval_id", first, last, day,
                rs -> bySubject.computeIfAbsent(rs.getString(3), k -> new ArrayList<>()).add(new Approval(rs.getString(4),
                        ApproverLevel.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getString(3),
                        ActionKind.valueOf(rs.getString(2)))));
        return bySubject;
    }

    /** The run's tier of each customer of the chunk; classified here when the job did not hand them in. */
    private Map<CustomerId, Tier> tiers(List<Customer> customers, List<TierDecision> tiers, Instant asOf) {
        List<TierDecision> decisions = tiers.size() == customers.size() ? tiers : policy.tiers().classifyAll(customers, asOf);
        Map<CustomerId, Tier> tierOf = new HashMap<>();
        for (TierDecision d : decisions) {
            tierOf.put(d.customerId(), d.tier());
        }
        return tierOf;
    }

    private static Tier tier(Map<CustomerId, Tier> tierOf, CustomerId customer) {
        Tier tier = tierOf.get(customer);
        if (tier == null) {
            throw new IllegalArgumentException("customer_id = '" + customer.value() + "' has an act but no tier decision"
                    + " in the chunk");
        }
        return tier;
    }

    private static void query(Connection c, String sql, String first, String last, Object bound, Row row)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, first);
            ps.setString(2, last);
            if (bound instanceof OffsetDateTime t) {
                ps.setObject(3, t, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(3, bound, Types.DATE);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private record Act(CustomerId customer, HostAction action) {
    }
}
