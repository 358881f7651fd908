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
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.ContractWindow;
import org.crmpolicy.calendar.Festival;
import org.crmpolicy.complaint.OrgUnit;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.CreditRating;

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
        check(key, value.strip());
        Map<String, String> copy = new TreeMap<>(values);
        copy.put(key, value.strip());
        checkTogether(copy);
        return new PolicyParameters(copy);
    }

    /**
     * Refuses {@code value} for the parameter {@code key} as {@link #with(String, String)} would on the defaults: the
     * check a decision table's parameter row goes through.
     *
     * @throws IllegalArgumentException naming the parameter, the value and what is expected
     */
    public static void checkValue(String key, String value) {
        DEFAULTS.with(key, value);
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

    /**
     * Refuses a value the rules could not read, naming key and value: a whole number where the rules read one, an
     * amount that is not a non-negative decimal, a name outside its enumeration, blank text.
     */
    private static void check(String key, String value) {
        switch (key) {
            case "T4.low-volume-bound-cny" -> {
                if (value.length() > 40 || new BigDecimal(value).signum() < 0) {
                    throw refused(key, value, "a non-negative amount in CNY");
                }
            }
            case "P4.large-claim-bound-cny" -> {
                if (value.length() > 40 || new BigDecimal(value).signum() <= 0) {
                    throw refused(key, value, "a positive amount in CNY");
                }
            }
            case "T6.reassessment-interval-months", "I9.notify-within-hours", "C6.first-revisit-days" ->
                    wholeNumber(key, value, 1, 100_000);
            case "D9.reminder-lead-working-days", "C7.window-days-before" -> wholeNumber(key, value, 0, 3_660);
            case "D7.max-hours-between-progress-reports" -> wholeNumber(key, value, 1, 8_760);
            case "D12.complaint-summary-days-after-month", "D12.service-report-days-after-quarter",
                    "D15.statistics-days-after-month", "D16.problem-analysis-days-after-quarter",
                    "D16.evaluation-summary-days-after-half-year" -> wholeNumber(key, value, 0, 366);
            case "D11.at-risk-working-days", "D12.at-risk-working-days", "D13.at-risk-working-days",
                    "D15.at-risk-working-days", "D16.at-risk-working-days" -> wholeNumber(key, value, 0, 250);
            case "D10.urgent-minutes" -> wholeNumber(key, value, 1, 10_080);
            case "D9.ledger-working-days", "D8.internal-cause-report-working-days" -> wholeNumber(key, value, 1, 250);
            case "P10.urgent-resolution-hours" -> wholeNumber(key, value, 1, 8_760);
            case "P10.general-resolution-working-days", "P10.feedback-working-days", "P10.rating-working-days",
                    "P10.post-mortem-working-days" -> wholeNumber(key, value, 1, 250);
            case "T6.weight-cooperation-scale", "T6.weight-growth-potential", "T6.weight-industry-influence",
                    "T6.weight-cooperation-stability", "T6.weight-strategic-significance" ->
                    decimalFromTo(key, value, BigDecimal.ZERO, BigDecimal.ONE, "a weight from 0 to 1");
            case "T6.key-bound", "T6.strategic-partner-bound" ->
                    decimalFromTo(key, value, BigDecimal.ONE, BigDecimal.valueOf(5), "a value score from 1 to 5");
            case "M1.csat-satisfied-from" -> wholeNumber(key, value, 1, 5);
            case "M1.nps-promoter-from" -> wholeNumber(key, value, 1, 10);
            case "M1.nps-detractor-up-to" -> wholeNumber(key, value, 0, 9);
            case "T7.lowest-passing-credit-rating" -> oneOf(key, value, CreditRating.class);
            case "A1.cumulative-window" -> oneOf(key, value, ContractWindow.class);
            case "A1.approver-level", "A8.proposer", "A8.approver", "A9.approver-level" ->
                    oneOf(key, value, ApproverLevel.class);
            case "C6.starting-event" -> oneOf(key, value, CustomerEvent.Kind.class);
            case "C7.holidays" -> {
                for (String name : value.split(",", -1)) {
                    if (java.util.Arrays.stream(Festival.values()).noneMatch(f -> f.name().equals(name.strip()))) {
                        throw refused(key, value, "a comma-separated list of " + java.util.Arrays.toString(Festival.values()));
                    }
                }
            }
            case "P3.intake-unit", "P3.competent-department" -> {
                try {
                    OrgUnit.of(value);
                } catch (IllegalArgumentException e) {
                    throw refused(key, value, "a unit code of 1 to 64 characters");
                }
            }
            default -> {
                if (value.isBlank()) {
                    throw refused(key, value, "text that is not blank");
                }
            }
        }
    }

    /** The T6 value-score weights, one key per factor of {@code ValueAssessment}, in its order. */
    static final java.util.List<String> T6_WEIGHTS = java.util.List.of("T6.weight-cooperation-scale",
            "T6.weight-growth-potential", "T6.weight-industry-influence", "T6.weight-cooperation-stability",
            "T6.weight-strategic-significance");

    /**
     * Refuses a combination of values the rules could not apply together, naming the keys and their values: the
     * T6 weights must sum to exactly 1 (so the value score stays on the factors' 1-to-5 scale) and the T6 key bound
     * must lie below the strategic-partner bound. {@link #with(String, String)} checks one key at a time, so a host
     * can move weight from one factor to another in two calls; {@code CrmPolicy.Builder.build()} calls this once
     * all overrides are in.
     *
     * @return this
     * @throws IllegalArgumentException naming every key and value of the first inconsistent combination
     */
    public PolicyParameters requireConsistent() {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder weights = new StringBuilder();
        for (String key : T6_WEIGHTS) {
            sum = sum.add(decimal(key));
            weights.append(weights.length() == 0 ? "" : ", ").append(key).append('=').append(text(key));
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("policy parameters " + weights + " sum to " + sum.toPlainString()
                    + "; expected the five T6 weights to sum to exactly 1");
        }
        if (decimal("T6.key-bound").compareTo(decimal("T6.strategic-partner-bound")) >= 0) {
            throw new IllegalArgumentException("policy parameter 'T6.key-bound' is '" + text("T6.key-bound")
                    + "' and 'T6.strategic-partner-bound' is '" + text("T6.strategic-partner-bound")
                    + "'; expected the key bound below the strategic-partner bound");
        }
        return this;
    }

    private static void decimalFromTo(String key, String value, BigDecimal min, BigDecimal max, String expected) {
        BigDecimal n;
        try {
            n = value.length() > 40 ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            n = null;
        }
        if (n == null || n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw refused(key, value, expected);
        }
    }

    /**
     * Refuses values that are each valid but contradict each other: an NPS detractor bound at or above the promoter
     * bound would count one answer as both.
     */
    private static void checkTogether(Map<String, String> values) {
        String promoter = values.get("M1.nps-promoter-from");
        String detractor = values.get("M1.nps-detractor-up-to");
        if (promoter != null && detractor != null && Integer.parseInt(detractor) >= Integer.parseInt(promoter)) {
            throw new IllegalArgumentException("policy parameter 'M1.nps-detractor-up-to' is '" + detractor
                    + "' and 'M1.nps-promoter-from' is '" + promoter + "'; expected the detractor bound below the "
                    + "promoter bound (when moving both, change them in an order that keeps it so)");
        }
    }

    private static void wholeNumber(String key, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw refused(key, value, "a whole number from " + min + " to " + max);
        }
        if (n < min || n > max) {
            throw refused(key, value, "a whole number from " + min + " to " + max);
        }
    }

    private static <E extends Enum<E>> void oneOf(String key, String value, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return;
            }
        }
        throw refused(key, value, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static IllegalArgumentException refused(String key, String value, String expected) {
        String shown = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        return new IllegalArgumentException("policy parameter '" + key + "' is '" + shown + "'; expected " + expected);
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
