package org.crmpolicy.rules.information;

import java.util.Collection;
import java.util.List;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.information.InformationAct;
import org.crmpolicy.rules.approvals.Approvals;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * Customer information (I1-I11): what an act on customer information — collecting, using, exporting, updating,
 * destroying it, or a data breach — needs before it happens, and whether it was done right afterwards. Runs
 * {@code customer-information.drl} with the same plan/check grammar as {@link Approvals}. Obtained from
 * {@code CrmPolicy.information()}; thread-safe, every call runs in its own rule session.
 *
 * <pre>{@code
 * Information information = CrmPolicy.standard().information();
 * ApprovalPlan plan = information.plan(export, List.of());   // I7: approvals and arrangements before an export
 * List<Finding> afterwards = information.check(export, approvalsGranted, List.of(accessLogEntry));
 * }</pre>
 */
public final class Information {

    private final Approvals approvals;

    /** Built by {@code CrmPolicy}; hosts call {@code policy.information()}. */
    public Information(PolicyRuntime policy) {
        this.approvals = new Approvals(policy);
    }

    /**
     * What {@code act} needs before it happens, given what is on file.
     *
     * @param onFile commitments, logs and records the host holds; not null, no null elements
     * @throws NullPointerException naming the argument when act, onFile or an element is null
     */
    public ApprovalPlan plan(InformationAct act, Collection<? extends Evidence> onFile) {
        return approvals.plan(act, onFile);
    }

    /** {@link #plan(InformationAct, Collection)} with nothing on file. */
    public ApprovalPlan plan(InformationAct act) {
        return approvals.plan(act);
    }

    /**
     * Whether {@code act}, which happened, was done right: the findings of I1-I11 and of every approval it required.
     *
     * @return the findings, sorted by rule ID, severity (violations first) and message; empty when nothing applies
     * @throws NullPointerException naming the argument when any argument or element is null
     */
    public List<Finding> check(InformationAct act, Collection<Approval> approvalsGranted,
                               Collection<? extends Evidence> onFile) {
        return approvals.check(act, approvalsGranted, onFile);
    }
}
