package org.crmpolicy.examples.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.report.ReportSection.Block;
import org.crmpolicy.examples.report.ReportSection.Row;
import org.crmpolicy.examples.report.ReportSection.Table;
import org.crmpolicy.examples.report.ReportSection.Text;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * Who should act, by when — the report's first section, a page a sales manager reads in a minute. Findings that ask
 * for an action (a warning, a violation or a dated item) are grouped per named person ({@link StaffDirectory}: a
 * customer's sales duties are its account manager's), rule and customer: an obligation missed for many periods is
 * one action "missed since" its first due with a count. An action is <b>this week's</b> when its latest due lies
 * within 7 days of the run (before or after), <b>this month's</b> within 30 days; older and undated ones form the
 * long tail, summarised per rule (findings.csv lists every finding). Then the open items per responsible role.
 * An item is overdue when the run's {@code asOf} is after its due instant (due exactly at {@code asOf} is in time).
 */
public final class ActionItemsSource implements ComplianceSource {

    static final String NOT_ASSIGNED = "(not assigned)";
    /** The row of the people with nothing this week or this month. */
    static final String OTHERS = "everyone else (nothing this week or month)";
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration MONTH = Duration.ofDays(30);

    @Override
    public String id() {
        return "actions";
    }

    @Override
    public String title() {
        return "Who should act, by when 待办与逾期";
    }

    @Override
    public String requires() {
        return "warnings or violations stored for the day";
    }

    /** True when the finding is overdue at {@code asOf}. */
    public static boolean isOverdue(Finding f, Instant asOf) {
        return f.due() != null && asOf.isAfter(f.due());
    }

    /** When an action is to be done, relative to the run. */
    enum Horizon { WEEK, MONTH, TAIL }

    /** One person's action about one customer under one rule: every period or occasion it covers. */
    static final class Action {
        final String person;
        final RuleId rule;
        final String what;
        final CustomerId customer;
        Instant firstDue;
        Instant lastDue;
        int findings;
        int violations;
        /** findings of a deadline that was met, late (nothing left to do but learn from it) */
        int metLate;

        Action(String person, RuleId rule, String what, CustomerId customer) {
            this.person = person;
            this.rule = rule;
            this.what = what;
            this.customer = customer;
        }

        Horizon horizon(Instant asOf) {
            if (lastDue == null) {
                return Horizon.TAIL;
            }
            Duration off = Duration.between(lastDue, asOf).abs();
            return off.compareTo(WEEK) <= 0 ? Horizon.WEEK : off.compareTo(MONTH) <= 0 ? Horizon.MONTH : Horizon.TAIL;
        }
    }

    /**
     * What an action is about, the same for every finding of a rule and person: a deadline's obligation
     * ({@code D2 first reply}, not one inquiry's message), else the message up to its explanation.
     */
    static String what(Finding f) {
        String obligation = f.evidence().get("obligation");
        if (obligation != null && f.due() != null) {
            return f.ruleId().value() + " " + obligation;
        }
        int dash = f.message().indexOf(" — ");
        return dash > 0 ? f.message().substring(0, dash) : f.message();
    }

    /** The actions of the context, one per person, rule and customer. */
    static List<Action> actions(ReportContext ctx) {
        StaffDirectory holders = StaffDirectory.load(ctx.dataSource());
        Map<String, Action> actions = new LinkedHashMap<>();
        for (CustomerFinding cf : ctx.findings()) {
            Finding f = cf.finding();
            if (f.severity() == Severity.INFO && f.due() == null) {
                continue;
            }
            String person = holders.personFor(f.responsible(), cf.customerId());
            String what = what(f);
            Action a = actions.computeIfAbsent(person + "|" + f.ruleId() + "|" + cf.customerId(),
                    k -> new Action(person, f.ruleId(), what, cf.customerId()));
            a.findings++;
            a.violations += f.severity() == Severity.VIOLATION ? 1 : 0;
            a.metLate += f.evidence().containsKey("metAt") ? 1 : 0;
            if (f.due() != null) {
                a.firstDue = a.firstDue == null || f.due().isBefore(a.firstDue) ? f.due() : a.firstDue;
                a.lastDue = a.lastDue == null || f.due().isAfter(a.lastDue) ? f.due() : a.lastDue;
            }
        }
        return new ArrayList<>(actions.values());
    }

    @Override
    public Optional<ReportSection> section(ReportContext ctx) {
        List<Action> actions = actions(ctx);
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        Map<String, long[]> perPerson = new TreeMap<>();
        Map<Horizon, Map<String, List<Action>>> grouped = new EnumMap<>(Horizon.class);
        for (Action a : actions) {
            Horizon h = a.horizon(ctx.asOf());
            perPerson.computeIfAbsent(a.person, p -> new long[3])[h.ordinal()]++;
            grouped.computeIfAbsent(h, x -> new TreeMap<>()).computeIfAbsent(a.person + "|" + a.rule, k -> new ArrayList<>()).add(a);
        }
        long week = actions.stream().filter(a -> a.horizon(ctx.asOf()) == Horizon.WEEK).count();
        long month = actions.stream().filter(a -> a.horizon(ctx.asOf()) == Horizon.MONTH).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(week + " actions this week and " + month + " more this month (due or missed within 7 / 30 days"
                + " of " + ctx.runDate() + "), per person; " + (actions.size() - week - month) + " older or undated ones are"
                + " summarised per rule below, and findings.csv lists every finding. An obligation missed for several"
                + " periods is one action, counted once, \"missed since\" its first period; a row of several customers shows the"
                + " earliest due of them all and how many customers and periods it counts. Times are in " + ctx.zone() + "."));
        blocks.add(horizonTable("actions-week", "This week 本周 — per person and rule", grouped.get(Horizon.WEEK), ctx));
        List<Row> people = new ArrayList<>();
        long[] rest = new long[3];
        perPerson.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                        .thenComparingLong(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    long[] n = e.getValue();
                    if (n[0] + n[1] == 0) {
                        rest[2] += n[2];
                        return;
                    }
                    people.add(Row.of(e.getKey(), List.of(e.getKey(), Long.toString(n[0]), Long.toString(n[1]),
                            Long.toString(n[2]))));
                });
        if (rest[2] > 0) {
            people.add(Row.of(OTHERS, List.of(OTHERS, "0", "0", Long.toString(rest[2]))));
        }
        blocks.add(new Table("actions-people", "Actions per person: this week, this month, older or undated",
                List.of("Person", "This week", "This month", "Older or undated"), people, List.of(1, 2, 3)));
        blocks.add(horizonTable("actions-month", "This month 本月 — per person and rule", grouped.get(Horizon.MONTH), ctx));
        blocks.add(tail(actions, ctx));
        blocks.add(byRole(ctx));
        return Optional.of(new ReportSection(id(), title(), blocks));
    }

    private static Table horizonTable(String id, String caption, Map<String, List<Action>> groups, ReportContext ctx) {
        List<Row> rows = new ArrayList<>();
        if (groups != null) {
            groups.values().stream()
                    .sorted(Comparator.<List<Action>, String>comparing(g -> g.get(0).person)
                            .thenComparing(g -> -g.size()).thenComparing(g -> g.get(0).rule))
                    .forEach(g -> {
                        Action first = g.get(0);
                        Instant since = g.stream().map(a -> a.firstDue).filter(java.util.Objects::nonNull)
                                .min(Comparator.naturalOrder()).orElse(null);
                        Instant latest = g.stream().map(a -> a.lastDue).filter(java.util.Objects::nonNull)
                                .max(Comparator.naturalOrder()).orElse(null);
                        long periods = g.stream().mapToLong(a -> a.findings).sum();
                        List<String> names = g.stream().map(a -> ctx.nameOf(a.customer)).sorted().toList();
                        String customers = String.join("、", names.subList(0, Math.min(3, names.size())))
                                + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
                        boolean overdue = latest != null && ctx.asOf().isAfter(latest);
                        rows.add(new Row(first.person + "|" + first.rule, List.of(first.person, first.rule.value(), first.what,
                                Long.toString(g.size()), customers, Long.toString(periods),
                                since == null ? "" : (g.stream().allMatch(a -> a.metLate == a.findings) ? "met late, due "
                                        : ctx.asOf().isAfter(since) ? "missed since " : "due ") + Labels.when(since, ctx.zone())
                                        + counted(g.size(), periods),
                                Labels.when(latest, ctx.zone())), overdue ? "overdue" : ""));
                    });
        }
        return new Table(id, caption + (rows.isEmpty() ? " — nothing" : ""), List.of("Person", "Rule", "What", "Customers",
                "Which", "Periods", "Since", "Latest due"), rows, List.of(3, 5));
    }

    /**
     * What a row's counts count, after its earliest due: "" for one customer's one period, else e.g.
     * {@code  — earliest of 3 customers, 5 periods in all}.
     */
    static String counted(int customers, long periods) {
        if (customers > 1) {
            return " — earliest of " + customers + " customers, " + periods + " period" + (periods == 1 ? "" : "s") + " in all";
        }
        return periods > 1 ? " — the first of " + periods + " periods" : "";
    }

    private static Table tail(List<Action> actions, ReportContext ctx) {
        Map<RuleId, long[]> perRule = new TreeMap<>();
        Map<RuleId, Instant[]> span = new TreeMap<>();
        Map<RuleId, String> what = new TreeMap<>();
        for (Action a : actions) {
            if (a.horizon(ctx.asOf()) != Horizon.TAIL) {
                continue;
            }
            long[] n = perRule.computeIfAbsent(a.rule, r -> new long[2]);
            n[0]++;
            n[1] += a.findings;
            what.putIfAbsent(a.rule, a.what);
            Instant[] s = span.computeIfAbsent(a.rule, r -> new Instant[2]);
            if (a.firstDue != null) {
                s[0] = s[0] == null || a.firstDue.isBefore(s[0]) ? a.firstDue : s[0];
                s[1] = s[1] == null || a.lastDue.isAfter(s[1]) ? a.lastDue : s[1];
            }
        }
        List<Row> rows = new ArrayList<>();
        perRule.forEach((rule, n) -> rows.add(Row.of(rule.value(), List.of(rule.value(), what.get(rule), Long.toString(n[0]),
                Long.toString(n[1]), span.get(rule)[0] == null ? "no due date" : Labels.when(span.get(rule)[0], ctx.zone())
                        + " – " + Labels.when(span.get(rule)[1], ctx.zone())))));
        return new Table("actions-tail", "Older or undated, per rule (every finding is in findings.csv)",
                List.of("Rule", "What", "Actions", "Findings", "Due between"), rows, List.of(2, 3));
    }

    private static Table byRole(ReportContext ctx) {
        Map<String, long[]> perRole = new TreeMap<>();
        for (CustomerFinding cf : ctx.findings()) {
            Finding f = cf.finding();
            if (f.severity() == Severity.INFO && f.due() == null) {
                continue;
            }
            long[] c = perRole.computeIfAbsent(f.responsible() == null ? NOT_ASSIGNED : f.responsible(), r -> new long[4]);
            if (f.severity() == Severity.WARNING) {
                c[0]++;
            } else if (f.severity() == Severity.VIOLATION) {
                c[1]++;
            }
            if (f.due() != null) {
                c[2]++;
            }
            if (isOverdue(f, ctx.asOf())) {
                c[3]++;
            }
        }
        List<Row> roles = new ArrayList<>();
        perRole.forEach((role, c) -> roles.add(Row.of(role, List.of(role, Long.toString(c[0]), Long.toString(c[1]),
                Long.toString(c[2]), Long.toString(c[3])))));
        return new Table("actions-by-role", "Open findings per responsible role",
                List.of("Responsible", "WARNING", "VIOLATION", "With a due date", "Overdue"), roles, List.of(1, 2, 3, 4));
    }
}
