package org.crmpolicy.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.finding.Finding;

/**
 * What the policy says about one complaint as of an instant: what is still owed and by when, what went wrong (as
 * findings naming their rule), which approvals and escalations it needs, where it belongs, and every deadline the
 * rules set with its status. Immutable.
 *
 * @param complaintId which complaint
 * @param state       its state as of {@code asOf}
 * @param version     its version (number of events)
 * @param asOf        the instant assessed
 * @param routing     where it belongs (P3), or {@code null} before registration (its type is not known yet)
 * @param obligations what is still owed, soonest due first, undated duties last
 * @param findings    breaches and other findings, by rule ID
 * @param approvals   approvals and escalations required (A7, P4), granted or not
 * @param deadlines   every deadline the rules set, with pauses and met instants
 */
public record ComplaintAssessment(ComplaintId complaintId, ComplaintState state, long version, Instant asOf,
                                  ComplaintRouting routing, List<ComplaintObligation> obligations,
                                  List<Finding> findings, List<RequiredApproval> approvals, List<Deadline> deadlines) {

    public ComplaintAssessment {
        Objects.requireNonNull(complaintId, "complaintId must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        obligations = List.copyOf(obligations);
        findings = List.copyOf(findings);
        approvals = List.copyOf(approvals);
        deadlines = List.copyOf(deadlines);
    }

    /** The routing, when the complaint is registered. */
    public Optional<ComplaintRouting> routingIfKnown() {
        return Optional.ofNullable(routing);
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().value().equals(ruleId)).toList();
    }

    /** The open obligations of one rule. */
    public List<ComplaintObligation> obligations(String ruleId) {
        return obligations.stream().filter(o -> o.ruleId().value().equals(ruleId)).toList();
    }

    /** The approvals and escalations still outstanding. */
    public List<RequiredApproval> pendingApprovals() {
        return approvals.stream().filter(RequiredApproval::isPending).toList();
    }

    /** True when no finding is a violation. */
    public boolean isCompliant() {
        return findings.stream().noneMatch(Finding::isViolation);
    }
}
