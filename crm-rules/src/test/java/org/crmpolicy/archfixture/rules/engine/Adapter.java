package org.crmpolicy.archfixture.rules.engine;

import org.kie.api.KieBase;

/** The engine may import Drools, but a public signature still may not show a KIE type: bad. */
public final class Adapter {

    public void use(KieBase kieBase) {
        kieBase.getKiePackages();
    }
}
