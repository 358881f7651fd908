package org.crmpolicy.testkit;

import org.crmpolicy.customer.Customer;

/**
 * The tier area of the test kit (T1–T7, T9, T10): classifies every {@link Customer} of the scenario with
 * {@code CrmPolicy.classifyAll} and returns a {@link TierOutcome}. Other facts of the scenario are ignored.
 */
public final class TiersArea implements Area<TierOutcome> {

    private static final TiersArea INSTANCE = new TiersArea();

    private TiersArea() {
    }

    /** The tier area, for {@code scenario.then(TiersArea.tiers())}. */
    public static TiersArea tiers() {
        return INSTANCE;
    }

    @Override
    public TierOutcome evaluate(PolicyScenario.Given given) {
        return new TierOutcome(given, given.policy().tiers().classifyAll(given.facts(Customer.class), given.asOf()));
    }
}
