package org.crmpolicy.testkit;

/**
 * One policy area of the test kit: evaluates the scenario with the policy's façade for that area and returns an
 * outcome with business-worded expectations. Each area is one small class (see {@link TiersArea}); its outcome usually
 * hands out {@link SubjectExpectations} per customer or complaint.
 *
 * @param <O> the outcome type, e.g. {@link TierOutcome}
 */
@FunctionalInterface
public interface Area<O> {

    /** Evaluates the scenario. Caller mistakes (invalid facts) surface as the façade's exceptions. */
    O evaluate(PolicyScenario.Given given);
}
