package org.crmpolicy.examples.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.complaint.ComplaintState;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;

/**
 * The M1/M2 complaint metrics of a run, computed from what the run produced (replayed complaints and the deadlines
 * the policy set). Each {@link Metric} carries its definition, shown in the report. Stateless and thread-safe.
 *
 * <ul>
 *   <li>complaint rate (M1) = customers with a complaint received in the 12 months up to {@code asOf} / customers;</li>
 *   <li>response-deadline compliance (M1) = complaint deadlines (D5, D6, D10, P2 handling) met before their due
 *       instant / those met or past due at {@code asOf} (the window is half-open: met at the due instant is late);</li>
 *   <li>resolution rate (M1) = complaints RESOLVED, REVIEWED or CLOSED / complaints;</li>
 *   <li>review rate (M2) = complaints reviewed (复核) / complaints resolved at least once;</li>
 *   <li>review timeliness (M2) = complaints reviewed before the handling deadline set at their latest assignment /
 *       complaints reviewed.</li>
 * </ul>
 */
public final class PortfolioMetrics {

    /** The deadlines counted by the response-deadline compliance rate. */
    public static final Set<RuleId> RESPONSE_DEADLINES = Set.of(RuleId.of("D5"), RuleId.of("D6"), RuleId.of("D10"), RuleId.of("P2"));

    private static final RuleId M1 = RuleId.of("M1");
    private static final RuleId M2 = RuleId.of("M2");

    private PortfolioMetrics() {
    }

    /** All five complaint metrics, in the order above. */
    public static List<Metric> complaintMetrics(long customers, List<AssessedComplaint> complaints, Instant asOf, ZoneId zone) {
        List<Complaint> all = complaints.stream().map(AssessedComplaint::complaint).toList();
        List<Deadline> deadlines = new ArrayList<>();
        complaints.forEach(c -> deadlines.addAll(c.assessment().deadlines()));
        return List.of(complaintRate(customers, all, asOf, zone), responseDeadlineCompliance(deadlines, asOf),
                resolutionRate(all), reviewRate(all), reviewTimeliness(all));
    }

    /** Customers with a complaint received in the 12 months up to {@code asOf} (inclusive) / {@code customers}. */
    public static Metric complaintRate(long customers, List<Complaint> complaints, Instant asOf, ZoneId zone) {
        Instant from = asOf.atZone(zone).minusMonths(12).toInstant();
        Set<CustomerId> complaining = new HashSet<>();
        for (Complaint c : complaints) {
            if (!c.receivedAt().isBefore(from) && !c.receivedAt().isAfter(asOf)) {
                complaining.add(c.customerId());
            }
        }
        return new Metric(M1, "complaint rate 投诉率", complaining.size(), customers,
                "customers with a complaint received in the 12 months up to the run / customers classified");
    }

    /** Deadlines of {@link #RESPONSE_DEADLINES} MET at {@code asOf} / those MET or BREACHED at {@code asOf}. */
    public static Metric responseDeadlineCompliance(List<Deadline> deadlines, Instant asOf) {
        long met = 0;
        long due = 0;
        for (Deadline d : deadlines) {
            if (!RESPONSE_DEADLINES.contains(d.ruleId())) {
                continue;
            }
            DeadlineStatus s = d.statusAt(asOf);
            if (s == DeadlineStatus.MET || s == DeadlineStatus.BREACHED) {
                due++;
                met += s == DeadlineStatus.MET ? 1 : 0;
            }
        }
        return new Metric(M1, "response-deadline compliance 响应及时率", met, due,
                "complaint deadlines (D5, D6, D10, P2) met before their due instant / deadlines met or past due");
    }

    /** Complaints RESOLVED, REVIEWED or CLOSED / complaints. */
    public static Metric resolutionRate(List<Complaint> complaints) {
        long resolved = complaints.stream().filter(c -> c.state() == ComplaintState.RESOLVED
                || c.state() == ComplaintState.REVIEWED || c.state() == ComplaintState.CLOSED).count();
        return new Metric(M1, "resolution rate 解决率", resolved, complaints.size(),
                "complaints resolved, reviewed or closed / complaints");
    }

    /** Complaints reviewed / complaints resolved at least once. */
    public static Metric reviewRate(List<Complaint> complaints) {
        long resolved = complaints.stream().filter(c -> c.firstResolvedAt() != null).count();
        long reviewed = complaints.stream().filter(c -> c.firstResolvedAt() != null && c.reviewedAt() != null).count();
        return new Metric(M2, "complaint review rate 复核率", reviewed, resolved,
                "complaints reviewed / complaints resolved at least once");
    }

    /** Complaints reviewed strictly before their latest assignment's handling deadline / complaints reviewed. */
    public static Metric reviewTimeliness(List<Complaint> complaints) {
        long reviewed = 0;
        long inTime = 0;
        for (Complaint c : complaints) {
            if (c.reviewedAt() == null) {
                continue;
            }
            reviewed++;
            if (c.assignment() != null && c.reviewedAt().isBefore(c.assignment().handlingDeadline())) {
                inTime++;
            }
        }
        return new Metric(M2, "complaint review timeliness 复核及时率", inTime, reviewed,
                "complaints reviewed before the handling deadline set at assignment (P2) / complaints reviewed");
    }
}
