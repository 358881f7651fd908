package org.crmpolicy.archfixture.rules.engine;

import org.kie.api.KieBase;

/** Good: the engine's declared entry point; Drools stays out of its public signature. */
public final class EntryPoint {

    private KieBase kieBase;

    public int rules() {
        return kieBase == null ? 0 : kieBase.getKiePackages().size();
    }
}
