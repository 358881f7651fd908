package org.crmpolicy.rules.internal;

import java.util.List;

/** What a session held after its rules fired. */
public final class Facts {

    private final List<Object> objects;

    Facts(List<Object> objects) {
        this.objects = objects;
    }

    /** Every fact of the given type (including subtypes), in no particular order. */
    public <T> List<T> ofType(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public List<Object> all() {
        return objects;
    }
}
