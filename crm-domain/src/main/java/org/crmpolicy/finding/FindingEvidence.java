package org.crmpolicy.finding;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence map of a {@link Finding}: immutable, in insertion order, its hash computed once. Findings are built a
 * piece of evidence at a time and a portfolio run makes millions of them, each hashed by the rule session that holds
 * it; a copied {@code LinkedHashMap} per step and a fresh hash per lookup cost more than the rules themselves.
 */
final class FindingEvidence extends AbstractMap<String, String> {

    static final FindingEvidence EMPTY = new FindingEvidence(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;
    private int hash;
    private Set<Entry<String, String>> entries;

    private FindingEvidence(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** {@code map} itself when it already is one, else an ordered copy (a null name refused). */
    static FindingEvidence of(Map<String, String> map) {
        if (map instanceof FindingEvidence e) {
            return e;
        }
        if (map.isEmpty()) {
            return EMPTY;
        }
        String[] names = new String[map.size()];
        String[] values = new String[map.size()];
        int i = 0;
        for (Entry<String, String> e : map.entrySet()) {
            names[i] = Objects.requireNonNull(e.getKey(), "evidence name");
            values[i] = e.getValue();
            i++;
        }
        return new FindingEvidence(names, values);
    }

    /** A copy with {@code name} set to {@code value}: replaced in place when present, else appended. */
    FindingEvidence with(String name, String value) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                String[] v = values.clone();
                v[i] = value;
                return new FindingEvidence(names, v);
            }
        }
        String[] n = Arrays.copyOf(names, names.length + 1);
        String[] v = Arrays.copyOf(values, values.length + 1);
        n[names.length] = name;
        v[values.length] = value;
        return new FindingEvidence(n, v);
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (String name : names) {
            if (name.equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && names.length > 0) {
            for (int i = 0; i < names.length; i++) {
                h += names[i].hashCode() ^ Objects.hashCode(values[i]);
            }
            hash = h;
        }
        return h;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        Set<Entry<String, String>> known = entries;
        if (known == null) {
            known = new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Entry<String, String> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
            entries = known;
        }
        return known;
    }
}
