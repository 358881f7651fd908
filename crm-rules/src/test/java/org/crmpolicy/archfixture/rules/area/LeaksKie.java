package org.crmpolicy.archfixture.rules.area;

import org.kie.api.KieBase;

/** Bad: an area that imports Drools (only the engine may) and shows a KIE type in its public signature. */
public final class LeaksKie {

    public KieBase kieBase() {
        return null;
    }
}
