package org.crmpolicy.testkit;

import org.crmpolicy.approval.Evidence;
import org.crmpolicy.approval.HostAction;

/**
 * The approvals area of the test kit (A1, A2, T8, A4-A12): plans every {@link HostAction} of the scenario
 * (a contract signing, a visit reception ...) with {@code CrmPolicy.approvals().plan(action, evidence)}, where the
 * evidence is every {@link Evidence} of the scenario, and returns an {@link ApprovalOutcome}.
 */
public final class ApprovalsArea implements Area<ApprovalOutcome> {

    private static final ApprovalsArea INSTANCE = new ApprovalsArea();

    private ApprovalsArea() {
    }

    /** The approvals area, for {@code scenario.then(ApprovalsArea.approvals())}. */
    public static ApprovalsArea approvals() {
        return INSTANCE;
    }

    @Override
    public ApprovalOutcome evaluate(PolicyScenario.Given given) {
        var evidence = given.facts(Evidence.class);
        return new ApprovalOutcome(given, given.facts(HostAction.class).stream()
                .map(action -> given.policy().approvals().plan(action, evidence)).toList());
    }
}
