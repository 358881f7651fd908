package org.crmpolicy.archfixture.rules.area;

import org.crmpolicy.archfixture.rules.Facade;
import org.crmpolicy.archfixture.rules.other.Other;

/** Bad: an area that imports its parent façade (a cycle through the root) and another area that imports it back. */
public final class Area {

    private final Facade facade;

    public Area(Facade facade) {
        this.facade = facade;
    }

    public Other other() {
        return new Other();
    }

    @Override
    public String toString() {
        return "Area of " + facade;
    }
}
