package org.crmpolicy.archfixture.rules;

import org.crmpolicy.archfixture.rules.area.Area;

/** A façade root, as {@code CrmPolicy}: it may use its areas. */
public final class Facade {

    public Area area() {
        return new Area(this);
    }
}
