package org.crmpolicy.testkit;

import java.util.List;
import java.util.stream.Collectors;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.finding.RuleId;

/** The approval plans of a scenario, checked action by action. Immutable. */
public final class ApprovalOutcome {

    private final PolicyScenario.Given given;
    private final List<ApprovalPlan> plans;

    ApprovalOutcome(PolicyScenario.Given given, List<ApprovalPlan> plans) {
        this.given = given;
        this.plans = List.copyOf(plans);
    }

    /**
     * Expectations about one action of the scenario, by its subject ID (a contract number, a visit number).
     *
     * @throws AssertionError when the scenario has no action with this subject
     */
    public ActionApprovals action(String subjectId) {
        ApprovalPlan plan = plans.stream().filter(p -> p.subjectId().equals(subjectId)).findFirst()
                .orElseThrow(() -> new AssertionError("action " + subjectId + " is not in the scenario; its actions are "
                        + plans.stream().map(ApprovalPlan::subjectId).toList()));
        return new ActionApprovals(plan, given);
    }

    /** Every plan, in the order the actions were given. */
    public List<ApprovalPlan> plans() {
        return plans;
    }

    /** Expectations about what one action needs. */
    public static final class ActionApprovals extends SubjectExpectations<ActionApprovals> {

        private final ApprovalPlan plan;

        ActionApprovals(ApprovalPlan plan, PolicyScenario.Given given) {
            super(plan.kind().name().toLowerCase().replace('_', ' '), plan.subjectId(), plan.findings(), given);
            this.plan = plan;
        }

        /** Rule {@code ruleId} requires an approval that {@code level} can give. */
        public ActionApprovals needsApproval(String ruleId, ApproverLevel level) {
            RuleId id = RuleId.of(ruleId);
            if (plan.approvals().stream().noneMatch(a -> a.ruleId().equals(id) && a.acceptedLevels().contains(level))) {
                fail("rule " + id + " should require an approval by " + level + " for " + subject() + " "
                        + given().when() + ", but " + (required(id).isEmpty() ? "it requires none"
                        : "it requires only " + describeApprovals(required(id))) + ". " + context());
            }
            return this;
        }

        /** Rule {@code ruleId} requires no approval for this action. */
        public ActionApprovals needsNoApproval(String ruleId) {
            RuleId id = RuleId.of(ruleId);
            if (!required(id).isEmpty()) {
                fail("rule " + id + " should require no approval for " + subject() + " " + given().when()
                        + ", but it requires " + describeApprovals(required(id)) + ". " + context());
            }
            return this;
        }

        /** The plan, for checks the kit does not word. */
        public ApprovalPlan plan() {
            return plan;
        }

        private List<RequiredApproval> required(RuleId id) {
            return plan.approvals().stream().filter(a -> a.ruleId().equals(id)).toList();
        }

        private static String describeApprovals(List<RequiredApproval> approvals) {
            return approvals.stream().map(a -> a.ruleId() + " by " + a.acceptedLevels() + " (" + a.reason() + ")")
                    .collect(Collectors.joining("; ", "[", "]"));
        }

        @Override
        protected String context() {
            return "Approvals required: " + (plan.approvals().isEmpty() ? "none" : describeApprovals(plan.approvals()))
                    + "; documents missing: " + plan.documentsMissing() + ". " + super.context();
        }
    }
}
