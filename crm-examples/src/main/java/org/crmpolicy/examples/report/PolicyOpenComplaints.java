package org.crmpolicy.examples.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crmpolicy.complaint.ComplaintObligation;
import org.crmpolicy.complaint.ComplaintState;
import org.crmpolicy.deadline.Deadline;
import org.crmpolicy.deadline.DeadlineStatus;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The open complaints section's rows from the policy: every complaint not CLOSED, replayed from its stored events
 * and assessed as of the run's {@code asOf}, with the deadline that needs action first — an unmet deadline already
 * past due (breached, still owed) or else the soonest running one — and who must act. A complaint with only undated
 * duties shows its first duty without a date. Past D7 weeks are over and not shown as owed. Thread-safe.
 */
public final class PolicyOpenComplaints implements RowProvider<OpenComplaint> {

    private static final RuleId D7 = RuleId.of("D7");
    private final CrmPolicy policy;

    /** The provider for {@code policy}, not {@code null}. */
    public PolicyOpenComplaints(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<OpenComplaint> rows(ReportContext ctx) throws SQLException {
        return rows(AssessedComplaint.loadAll(ctx.dataSource(), policy, ctx.asOf()));
    }

    /** The rows for already assessed complaints. */
    public static List<OpenComplaint> rows(List<AssessedComplaint> complaints) {
        List<OpenComplaint> rows = new ArrayList<>();
        for (AssessedComplaint c : complaints) {
            if (c.complaint().state() == ComplaintState.CLOSED) {
                continue;
            }
            var a = c.assessment();
            Optional<Deadline> next = a.deadlines().stream()
                    .filter(d -> d.met().isEmpty())
                    .filter(d -> {
                        DeadlineStatus s = d.statusAt(a.asOf());
                        return s != DeadlineStatus.BREACHED || !d.ruleId().equals(D7);
                    })
                    .min(Comparator.comparing((Deadline d) -> d.dueAt(a.asOf())).thenComparing(Deadline::ruleId));
            if (next.isPresent()) {
                Deadline d = next.get();
                rows.add(new OpenComplaint(a.complaintId().value(), c.customerId(), a.state().name(), d.ruleId(),
                        d.dueAt(a.asOf()), d.responsible()));
            } else {
                Optional<ComplaintObligation> duty = a.obligations().stream().findFirst();
                rows.add(new OpenComplaint(a.complaintId().value(), c.customerId(), a.state().name(),
                        duty.map(ComplaintObligation::ruleId).orElse(null), null,
                        duty.map(ComplaintObligation::responsible).orElse(null)));
            }
        }
        return rows;
    }
}
