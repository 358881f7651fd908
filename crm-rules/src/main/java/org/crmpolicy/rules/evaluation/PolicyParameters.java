package org.crmpolicy.rules.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The one named place for the policy's numbers that the sources leave open (POLICY.md, "Decisions on gaps"): the
 * T4 low-volume bound, the P4 large-claim bound, the C6 first-revisit period, the D9 reminder lead and the like.
 * Every number the sources do state lives in the DRL next to the rule that uses it.
 *
 * <p>The defaults ship in {@code org/crmpolicy/rules/policy-parameters.properties}, one documented line per key;
 * keys begin with the catalogue ID they belong to ({@code T4.low-volume-bound-cny}). A host overrides a value with
 * {@link #with(String, String)} or {@code CrmPolicy.Builder.parameter(String, String)}; an unknown key or a value
 * of the wrong kind is refused with an error naming both.
 *
 * <p>Immutable and thread-safe. Rules read it as a fact: {@code $p : PolicyParameters()} then
 * {@code annualVolume < $p.decimal("T4.low-volume-bound-cny")}.
 */
public final class PolicyParameters {

    static final String RESOURCE = "org/crmpolicy/rules/policy-parameters.properties";
    private static final PolicyParameters DEFAULTS = load();

    private final Map<String, String> values;

    private PolicyParameters(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The shipped defaults, documented in the properties file and the README. */
    public static PolicyParameters defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with one value replaced.
     *
     * @throws IllegalArgumentException if the key is not a known parameter, or the value is not of the default's
     *                                  kind (a number where the default is a number)
     */
    public PolicyParameters with(String key, String value) {
        Objects.requireNonNull(key, "parameter key");
        Objects.requireNonNull(value, "value of parameter " + key);
        String current = values.get(key);
        if (current == null) {
            throw new IllegalArgumentException("unknown policy parameter '" + key + "'; known parameters: " + values.keySet());
        }
        if (isNumber(current) && !isNumber(value.strip())) {
            throw new IllegalArgumentException("policy parameter '" + key + "' must be a number, got '" + value + "'");
        }
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value.strip());
        return new PolicyParameters(copy);
    }

    /** A copy with every entry of {@code overrides} applied through {@link #with(String, String)}. */
    public PolicyParameters withAll(Map<String, String> overrides) {
        PolicyParameters result = this;
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }

    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown policy parameter '" + key + "'; known parameters: " + values.keySet());
        }
        return value;
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(text(key));
    }

    public int integer(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("policy parameter '" + key + "' is '" + value + "', not a whole number", e);
        }
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(text(key));
    }

    /** All parameters by key, sorted. */
    public Map<String, String> asMap() {
        return values;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static PolicyParameters load() {
        try (InputStream in = PolicyParameters.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("policy parameter defaults missing from the class path: " + RESOURCE);
            }
            Properties props = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                props.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            props.forEach((k, v) -> map.put(k.toString(), v.toString().strip()));
            return new PolicyParameters(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyParameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyParameters" + values;
    }
}
