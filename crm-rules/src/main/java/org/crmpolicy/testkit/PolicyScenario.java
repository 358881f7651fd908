package org.crmpolicy.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The entry point of the policy test kit: a scenario in business words. Given facts (customers, and for other
 * areas contacts, complaints ...), as of a date, then an area's outcome, checked with business-worded
 * expectations whose failure messages name the rule, the customer and why.
 *
 * <pre>{@code
 * PolicyScenario.of(policy)
 *         .given(aKeyCustomerWithoutAccountManager)
 *         .asOf("2025-11-24")
 *         .then(TiersArea.tiers())
 *         .customer("C-1").isIn(Tier.KEY)
 *         .hasFinding("T9", Severity.VIOLATION);
 * }</pre>
 *
 * <p>Immutable: every method returns a new scenario, so a base scenario can be shared by tests. Failures are
 * {@link AssertionError}s, so the kit works with JUnit 5, JUnit 4 and TestNG alike and needs no test library.
 */
public final class PolicyScenario {

    private final CrmPolicy policy;
    private final Instant asOf;
    private final List<Object> facts;

    private PolicyScenario(CrmPolicy policy, Instant asOf, List<Object> facts) {
        this.policy = policy;
        this.asOf = asOf;
        this.facts = List.copyOf(facts);
    }

    /** A scenario on this policy, with no facts and no date yet. */
    public static PolicyScenario of(CrmPolicy policy) {
        return new PolicyScenario(Objects.requireNonNull(policy, "policy"), null, List.of());
    }

    /** Adds facts (customers, contacts, complaints ... whatever the areas read). */
    public PolicyScenario given(Object... more) {
        return given(List.of(more));
    }

    /** Adds facts. */
    public PolicyScenario given(Collection<?> more) {
        List<Object> all = new ArrayList<>(facts);
        for (Object fact : more) {
            all.add(Objects.requireNonNull(fact, "a fact of the scenario is null"));
        }
        return new PolicyScenario(policy, asOf, all);
    }

    /** The instant the policy is evaluated at. */
    public PolicyScenario asOf(Instant instant) {
        return new PolicyScenario(policy, Objects.requireNonNull(instant, "asOf"), facts);
    }

    /** The start of {@code day} in the policy's time zone (Asia/Shanghai by default). */
    public PolicyScenario asOf(LocalDate day) {
        return asOf(day.atStartOfDay(policy.zone()).toInstant());
    }

    /**
     * A date ({@code 2025-11-24}: the start of that day in the policy's zone) or an instant
     * ({@code 2025-11-24T02:00:00Z}).
     *
     * @throws IllegalArgumentException when the text is neither
     */
    public PolicyScenario asOf(String dateOrInstant) {
        try {
            return dateOrInstant.contains("T") ? asOf(Instant.parse(dateOrInstant)) : asOf(LocalDate.parse(dateOrInstant));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf = '" + dateOrInstant + "': expected a date like 2025-11-24 or an "
                    + "instant like 2025-11-24T02:00:00Z", e);
        }
    }

    /**
     * Evaluates one policy area over the scenario and returns its outcome to check.
     *
     * @throws IllegalStateException when no {@code asOf} was given
     */
    public <O> O then(Area<O> area) {
        Objects.requireNonNull(area, "area");
        if (asOf == null) {
            throw new IllegalStateException("the scenario has no date: call asOf(...) before then(...)");
        }
        return area.evaluate(new Given(policy, asOf, facts));
    }

    /**
     * What an area evaluates: the policy, the instant and the scenario's facts.
     *
     * @param policy the policy under test
     * @param asOf   the evaluation instant
     * @param facts  every fact given, in order
     */
    public record Given(CrmPolicy policy, Instant asOf, List<Object> facts) {

        /** The facts of one type, in the order given. */
        public <T> List<T> facts(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        /** {@code as of <instant> (<local date-time> <zone>)}, for failure messages. */
        public String when() {
            return "as of " + asOf + " (" + asOf.atZone(policy.zone()).toLocalDateTime() + " " + policy.zone() + ")";
        }
    }
}
