package org.crmpolicy.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a session held after its rules fired. Not thread-safe: read it on the thread that evaluated. */
public final class Facts {

    private final List<Object> objects;
    private Map<Class<?>, List<Object>> byClass;

    Facts(List<Object> objects) {
        this.objects = objects;
    }

    /**
     * Every fact of the given type (including subtypes), in no particular order. The facts are grouped by class once,
     * so asking for several types of a session of tens of thousands of facts does not scan them all each time.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> ofType(Class<T> type) {
        if (byClass == null) {
            byClass = new HashMap<>();
            for (Object o : objects) {
                byClass.computeIfAbsent(o.getClass(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Object> exact = byClass.get(type);
        List<T> found = new ArrayList<>(exact == null ? 0 : exact.size());
        byClass.forEach((c, list) -> {
            if (type.isAssignableFrom(c)) {
                found.addAll((List<T>) list);
            }
        });
        return Collections.unmodifiableList(found);
    }

    public List<Object> all() {
        return objects;
    }
}
