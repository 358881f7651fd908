package org.crmpolicy.rules.lint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.CreditGate;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.ReassessmentInterval;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.ValueFactor;
import org.crmpolicy.customer.ValueScoreBound;
import org.crmpolicy.customer.ValueScoreWeight;
import org.crmpolicy.money.Money;
import org.crmpolicy.rules.approvals.ApprovalThreshold;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.engine.RuleBase;
import org.crmpolicy.rules.evaluation.PolicyParameters;
import org.crmpolicy.rules.tiers.TierThreshold;

/**
 * What the rows of a rule set's tables must hold together, which no single row override or decision-table cell can
 * check alone: each row a rule reads as the one value of its kind is in force exactly once (A1, A2, P4, T4, T7, and
 * T6's re-assessment interval and two bounds), the T6 key bound is below the strategic-partner bound, and the T6
 * weights are one per factor and sum to exactly 1. A row switched off would silently exempt every case of its rule
 * (no A1 approval, no credit gate, no deadline for phone inquiries), so a missing row is a problem, not "no rule", and
 * so is every shipped single-value row switched off ({@code enabled false}; a T3/T4 kind of unit may be dropped).
 * Run by the rule lint and, through the smoke test, whenever a rule set with a host rule directory is built or
 * reloaded: a rule set with a problem is refused. Without a rule directory the rows read the named parameters, which {@link PolicyParameters} checks the
 * same way.
 */
public final class TableRowsCheck {

    /** A contract signing of no one, for the rows that apply only to one. */
    private static final ContractSigning SIGNING = ContractSigning.of("TABLE-ROWS-CHECK",
            Customer.builder(CustomerId.of("TABLE-ROWS-CHECK"), "table rows check").contractStatus(ContractStatus.NONE)
                    .since(LocalDate.of(2025, 1, 1)).province("四川")
                    .build(), Money.cny("1"), LocalDate.of(2025, 1, 1), List.of());

    private TableRowsCheck() {
    }

    /**
     * The problems of the rows {@code rules} insert with {@code parameters}, each at the row's rule (file and line),
     * in a fixed order; empty when the rows hold together.
     */
    public static List<RuleProblem> check(RuleBase rules, PolicyParameters parameters) {
        Facts rows = rules.evaluate(insert -> {
            insert.accept(parameters);
            insert.accept(SIGNING); // the A1 and A2 rows are inserted only where a contract is being signed
        });
        Check check = new Check(rules);
        check.one("A1 Table: ", of(rows, ApprovalThreshold.class, t -> t.ruleId().equals("A1")), TableRowsCheck::cny);
        check.one("A2 Table: ", of(rows, ApprovalThreshold.class, t -> t.ruleId().equals("A2")), TableRowsCheck::cny);
        check.one("P4 Table: ", of(rows, ApprovalThreshold.class, t -> t.ruleId().equals("P4")), TableRowsCheck::cny);
        check.one("T4 Table: the annual business volume", of(rows, TierThreshold.class, t -> t.ruleId().equals("T4")),
                t -> t.amountCny().toPlainString() + " CNY");
        check.one("T7 Table: ", of(rows, CreditGate.class, g -> g.ruleId().equals("T7")), g -> g.lowestPassing().name());
        check.one("T6 Table: the months after which",
                of(rows, ReassessmentInterval.class, i -> i.ruleId().equals("T6")), i -> i.months() + " months");
        List<ValueScoreBound> key = of(rows, ValueScoreBound.class, b -> b.ruleId().equals("T6") && b.tier() == Tier.KEY);
        List<ValueScoreBound> strategic = of(rows, ValueScoreBound.class,
                b -> b.ruleId().equals("T6") && b.tier() == Tier.STRATEGIC_PARTNER);
        String bound = "T6 Table: the value score from which a customer under contract is a ";
        if (check.one(bound + "key customer", key, ValueScoreBound::text)
                & check.one(bound + "strategic partner", strategic, ValueScoreBound::text)
                && key.get(0).score().compareTo(strategic.get(0).score()) >= 0) {
            check.add(bound + "key customer", "the T6 key bound " + key.get(0).text() + " is not below the"
                    + " strategic-partner bound " + strategic.get(0).text() + ": no value score would make a key customer");
        }
        List<ValueScoreWeight> weights = of(rows, ValueScoreWeight.class, w -> w.ruleId().equals("T6"));
        boolean oneEach = true;
        for (ValueFactor f : ValueFactor.values()) {
            oneEach &= check.one(weightRow(f), weights.stream().filter(w -> w.factor() == f).toList(),
                    w -> w.weight().toPlainString());
        }
        BigDecimal sum = weights.stream().map(ValueScoreWeight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (oneEach && sum.compareTo(BigDecimal.ONE) != 0) {
            check.add(weightRow(ValueFactor.values()[0]), "the five T6 weight rows sum to " + sum.toPlainString() + " ("
                    + weights.stream().sorted(Comparator.comparing(ValueScoreWeight::factor))
                    .map(w -> w.factor().words() + " " + w.weight().toPlainString())
                    .collect(Collectors.joining(", ")) + "); they must sum to exactly 1, so that a value score stays"
                    + " from 1 to 5: move weight from one factor to another");
        }
        for (String name : rules.switchedOff()) {
            if (SINGLE_VALUE_ROWS.contains(name)) {
                check.add(name, "the row \"" + name + "\" is switched off: every case of its rule would be judged"
                        + " without its value (no deadline, no threshold: an exemption); override it with the value in"
                        + " force instead (a rule of its name, or a decision-table row)");
            }
        }
        return List.copyOf(check.problems.values());
    }

    /**
     * The shipped rows that hold the one value of their kind: every {@code "<ID> Table: <row>"} rule but the members of
     * a list (the T3/T4 kinds of unit, {@code TierCategory}: one may be dropped, the others stay).
     */
    private static final Set<String> SINGLE_VALUE_ROWS = singleValueRows();

    private static Set<String> singleValueRows() {
        Pattern row = Pattern.compile(
                "(?m)^rule \"(\\S+ Table: [^\"]+)\"(.*?)^end\\b", Pattern.DOTALL);
        Set<String> names = new LinkedHashSet<>();
        for (String text : RuleBase.shippedSources().values()) {
            Matcher m = row.matcher(text);
            while (m.find()) {
                if (!m.group(2).contains("TierCategory.category(")) {
                    names.add(m.group(1));
                }
            }
        }
        return Set.copyOf(names);
    }

    /** The name of the weight row of {@code factor}: {@code T6 Table: the weight of cooperation scale in the value score}. */
    static String weightRow(ValueFactor factor) {
        return "T6 Table: the weight of " + factor.words() + " in the value score";
    }

    private static String cny(ApprovalThreshold t) {
        return t.amountCny().toPlainString() + " CNY";
    }

    private static <T> List<T> of(Facts rows, Class<T> type, Predicate<T> which) {
        return rows.ofType(type).stream().filter(which).toList();
    }

    /** The problems found so far, each at the rule of its row. */
    private static final class Check {
        private final RuleBase rules;
        /** By where they are: one problem per row, the first found (a row switched off is also a row not in force). */
        private final Map<String, RuleProblem> problems = new LinkedHashMap<>();

        Check(RuleBase rules) {
            this.rules = rules;
        }

        void add(String row, String message) {
            RuleProblem p = rules.problemAt(row, message);
            problems.putIfAbsent(p.file().equals("?") ? p.message() : p.location(), p);
        }

        /** Adds a problem unless exactly one row of {@code row} is in force; true when one is. */
        <T> boolean one(String row, List<T> inForce, Function<T, String> value) {
            if (inForce.size() == 1) {
                return true;
            }
            String name = row.endsWith(": ") ? row + "..." : row;
            add(row, inForce.isEmpty()
                    ? "no row \"" + name + "\" is in force (switched off?): its rule needs exactly one, or it would"
                    + " apply to no case"
                    : inForce.size() + " rows \"" + name + "\" are in force (" + inForce.stream().map(value).sorted()
                    .collect(Collectors.joining(", ")) + "): its rule needs exactly one; override the shipped row by"
                    + " its name instead of adding another");
            return false;
        }
    }
}
