package org.crmpolicy.archfixture.rules.other;

import org.crmpolicy.archfixture.rules.area.Area;

/** Bad: closes the cycle area -> other -> area. */
public final class Other {

    public boolean isOf(Area area) {
        return area != null;
    }
}
