package org.crmpolicy.rules.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crmpolicy.obligation.PeriodKind;
import org.crmpolicy.rules.authoring.RuleProblem;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Decision tables in a host's rule directory: a {@code .csv} (or every sheet of an {@code .xlsx}, each with its own
 * header row) whose rows each set one shipped table row, the business user's form of a one-row DRL override.
 *
 * <pre>
 * rule,row,value
 * A1,the cumulative contract amount in the window from which the sales-contract approval applies,5000
 * </pre>
 * Column A names the catalogue rule ID, column B the row (the shipped rule's name after {@code "<ID> Table: "}; it may
 * be left empty when the rule has one table row), column C the new value; a column headed {@code note} or
 * {@code comment} is ignored. Every cell is validated before use (unknown rule ID or row, a row set twice, a value of
 * the wrong kind), each problem naming its cell. A valid table becomes DRL that repeats each chosen shipped row with
 * the new value, one rule per table row on the line of that row, so the merge replaces exactly those shipped rows.
 *
 * <p>Which value a row takes is read from the shipped row itself: its consequence inserts
 * {@code Type.factory( "<ID>", "<value>" ... )} (or reads the value from a named parameter,
 * {@code $p.text( "P4.large-claim-bound-cny" )}), and the factory names the kind ({@link Kind}).
 *
 * <p>Two more kinds of row ({@link Target}): the minimum count of an obligation row, {@code C1,,2} (column B the
 * obligation's title in {@code ContactObligation.of( "C1", "<title>" )}, empty when its rule inserts one), which
 * replaces the {@code .atLeast( n )} of that obligation, or its count and period, {@code C2,,1 per ISO_WEEK} (a
 * {@code PeriodKind} name, any case), which replaces its {@code .per( PeriodKind.X )} too; a period the engine cannot
 * assess the row by is refused (an OCCASION row stays per OCCASION and a calendar row never becomes one, a company-wide
 * row is not per TWO_YEARS, and a rolling TWO_YEARS row needs one contact); and a whole-number named parameter a
 * shipped rule reads, {@code D9,ledger-working-days,1}, which replaces {@code $p.integer( "D9.ledger-working-days" )}
 * with the value in every shipped rule reading it, the value checked as {@code PolicyParameters.with} checks it. Rows
 * that edit one rule (the two C8 obligations) merge into one override, on the line of the first.
 *
 * <p>Each cell is checked alone here; what the rows must hold together (the T6 weights summing to 1, one row where a
 * rule reads one value) is checked on the merged rule set by {@code org.crmpolicy.rules.lint.TableRowsCheck}.
 */
final class DecisionTables {

    /** The header of column A, B and C (case-insensitive). */
    static final List<String> HEADER = List.of("rule", "row", "value");

    private static final Set<String> IGNORED_COLUMNS = Set.of("note", "notes", "comment", "comments");
    private static final Pattern TABLE_ROW_NAME = Pattern.compile("^(\\S+) Table: (.+)$");
    private static final String XLSX_READER = "org.drools.decisiontable.parser.xls.ExcelParser";

    private DecisionTables() {
    }

    /** True for a file name the rule directory reads as a decision table. */
    static boolean isTable(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /** The kinds of value a table row takes, by the factory its shipped row calls. */
    enum Kind {
        /** {@code ApprovalThreshold.cny("A1", "4000")}: an amount in CNY. */
        AMOUNT_CNY("cny", DecisionTables::checkAmount),
        /** {@code DeadlineTerm.term("D1", "3 working days", ...)}: a term length. */
        TERM_LENGTH("term", org.crmpolicy.deadline.TermLength::parse),
        /** {@code DeadlineTerm.clockTerm("D5", "24 hours", ...)}: a term length in clock time (no working days). */
        CLOCK_LENGTH("clockTerm", org.crmpolicy.deadline.DeadlineTerm::clockLength),
        /** {@code ReceptionStandard.row("A4", "met by BUSINESS_UNIT; ...", ...)}: a reception standard's parts. */
        RECEPTION_STANDARD("row", org.crmpolicy.approval.ReceptionStandard::checkStandard),
        /** {@code ValueScoreBound.score("T6", "3.6", Tier.KEY)}: a value score from 1 to 5. */
        VALUE_SCORE("score", value -> org.crmpolicy.customer.ValueScoreBound.parse(null, value)),
        /** {@code ReassessmentInterval.months("T6", "12")}: a whole number of months. */
        MONTHS("months", org.crmpolicy.customer.ReassessmentInterval::parse),
        /** {@code TierCategory.category("T3", "LISTED_COMPANY", Tier.KEY)}: a customer category's name. */
        CATEGORY("category", value -> org.crmpolicy.customer.TierCategory.parse(null, value)),
        /** {@code ValueScoreWeight.weight("T6", "0.2", ValueFactor.COOPERATION_SCALE)}: a weight from 0 to 1. */
        WEIGHT("weight", org.crmpolicy.customer.ValueScoreWeight::parse),
        /** {@code CreditGate.lowest("T7", "BBB")}: a credit rating's name. */
        CREDIT_RATING("lowest", org.crmpolicy.customer.CreditGate::parse),
        /** {@code ReportTerm.days("D15", "5", ...)}: the days after a report's period by which it is due. */
        DAYS_AFTER_PERIOD("days", org.crmpolicy.deadline.ReportTerm::daysAfterPeriod);

        private final String factory;
        /** Reads a value of this kind, or throws an IllegalArgumentException saying why it is not one. */
        private final java.util.function.Consumer<String> check;

        Kind(String factory, java.util.function.Consumer<String> check) {
            this.factory = factory;
            this.check = check;
        }

        /** Why {@code value} is not one of this kind, or {@code null} when it is. */
        String problem(String value) {
            try {
                check.accept(value);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }

        static Kind ofFactory(String factory) {
            for (Kind k : values()) {
                if (k.factory.equals(factory)) {
                    return k;
                }
            }
            return null;
        }
    }

    private static final Pattern AMOUNT = Pattern.compile("^[0-9]+(\\.[0-9]{1,2})?$");

    /** Refuses a value that is not an amount in CNY, saying why. */
    private static void checkAmount(String value) {
        if (!AMOUNT.matcher(value).matches()) {
            throw new IllegalArgumentException("\"" + value + "\" is not an amount: write the amount in CNY as digits with"
                    + " at most two decimals, without currency or thousands separators (e.g. 5000 or 4999.99)");
        }
        if (new java.math.BigDecimal(value).signum() == 0) {
            throw new IllegalArgumentException("\"" + value + "\" is not an amount: a threshold is more than 0 CNY");
        }
    }

    /** A row of a table file: its 1-based row (the CSV line) and its non-empty cells by 1-based column. */
    record Line(int row, Map<Integer, String> cells) {

        String cell(int column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        boolean isBlank() {
            return cells.values().stream().allMatch(String::isBlank);
        }
    }

    /** The cells of one table file, or why it cannot be read. */
    record Sheet(String file, String sheet, List<Line> lines, List<RuleProblem> problems) {
    }

    /**
     * A table turned into DRL.
     *
     * @param drl       the override rules, each on the line of its table row
     * @param locations the location of each row's rule ID cell ({@code thresholds.csv:2:A}), by DRL line
     * @param problems  every cell that is wrong; when not empty, {@code drl} must not be used
     */
    record Translation(String drl, Map<Integer, String> locations, List<RuleProblem> problems) {
    }

    /** A shipped rule a table row may edit. */
    private record ShippedRule(String name, String file, String packageName, String text, List<String> imports) {
    }

    /** What a table row sets in the shipped rules it names. */
    enum Target {
        /** The single value of a {@code "<ID> Table: <row>"} rule (column B: the row's name). */
        TABLE_VALUE,
        /**
         * The minimum count ({@code .atLeast( n )}) of one obligation row, and its period ({@code .per( PeriodKind.X )})
         * when the value names one (column B: the obligation's text).
         */
        COUNT,
        /** A named parameter of the rule ID, in every shipped rule that reads it (column B: the key after the ID). */
        PARAMETER
    }

    /**
     * A row a table may set: column A {@code ruleId}, column B {@code row}, in {@code rules} (one rule, or for a
     * parameter every shipped rule reading it).
     */
    private record ShippedRow(String ruleId, String row, Target target, List<ShippedRule> rules) {

        String key() {
            return target + "\u0000" + ruleId + "\u0000" + row;
        }

        /** The parameter key of a {@link Target#PARAMETER} row. */
        String parameter() {
            return ruleId + "." + row;
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads {@code file}: a CSV as UTF-8 (a byte-order mark is skipped) as one sheet, an {@code .xlsx} as every sheet of
     * the workbook, in workbook order.
     */
    static List<Sheet> read(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (!isPresent(XLSX_READER)) {
                return List.of(new Sheet(name, null, List.of(), List.of(new RuleProblem(name, 0, 0, "an .xlsx decision"
                        + " table needs org.drools:drools-decisiontables on the host's class path (crm-rules declares it"
                        + " optional); add that dependency, or save the sheet as " + name.replaceAll("(?i)\\.xlsx$",
                        ".csv") + " (CSV, UTF-8)"))));
            }
            return XlsxCells.read(file);
        }
        try {
            return List.of(csv(name, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(new Sheet(name, null, List.of(), List.of(new RuleProblem(name, 0, 0,
                    "cannot read the file: " + e))));
        }
    }

    /** The rows of a CSV text (RFC 4180: a comma between cells, a cell in double quotes may hold commas, quotes doubled). */
    static Sheet csv(String file, String text) {
        List<Line> lines = new ArrayList<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int line = 1;
        int recordLine = 1;
        int column = 1;
        Map<Integer, String> cells = new TreeMap<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int quoteLine = 0;
        int quoteColumn = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                cell.setLength(0);
                quoteLine = line;
                quoteColumn = column;
            } else if (c == ',') {
                cells.put(column++, cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.put(column, cell.toString());
                lines.add(new Line(recordLine, Map.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                wasQuoted = false;
                column = 1;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            return new Sheet(file, null, lines, List.of(RuleProblem.inCell(file, null, quoteLine, quoteColumn,
                    "a cell opens a double quote that is never closed; close it, or double a quote inside a cell (\"\")")));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.put(column, cell.toString());
            lines.add(new Line(recordLine, Map.copyOf(cells)));
        }
        return new Sheet(file, null, lines, List.of());
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, DecisionTables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- translating

    /**
     * The DRL that sets the rows the sheets of one table file name, or the problems of their cells. Each sheet has its
     * own header row; a sheet without any cell is skipped (a workbook's unused {@code Sheet2}), but a file whose sheets
     * are all empty is refused. A row set on two sheets is set twice. The rules of a later sheet follow the lines of
     * the earlier ones in the DRL; {@link Translation#locations()} names each one's sheet and cell.
     *
     * @param shipped        the shipped DRL (file name to text) whose {@code "<ID> Table: ..."} rows a table may set
     * @param parameterCheck refuses a value of a named policy parameter with an IllegalArgumentException saying why
     *                       (the policy's own parameter rules; the engine does not know them)
     */
    static Translation translate(List<Sheet> sheets, Map<String, String> shipped,
                                 BiConsumer<String, String> parameterCheck) {
        List<RuleProblem> problems = new ArrayList<>();
        sheets.forEach(sh -> problems.addAll(sh.problems()));
        if (!problems.isEmpty()) {
            return new Translation("", Map.of(), problems);
        }
        List<Sheet> used = sheets.stream().filter(sh -> sh.lines().stream().anyMatch(l -> !l.isBlank())).toList();
        if (used.isEmpty()) {
            Sheet first = sheets.get(0);
            return new Translation("", Map.of(), List.of(at(first, 1, 1, "the table is empty: its first row is the"
                    + " header " + String.join(",", HEADER) + ", then one row per table row it sets")));
        }
        Map<String, List<ShippedRow>> rowsById = shippedRows(shipped);
        Tables tables = new Tables(java.util.Objects.requireNonNull(parameterCheck, "parameterCheck"));
        int offset = 0;
        for (Sheet sheet : used) {
            translate(sheet, offset, rowsById, tables, problems);
            offset += sheet.lines().stream().mapToInt(Line::row).max().orElse(0);
        }
        if (!problems.isEmpty()) {
            return new Translation("", Map.of(), problems);
        }
        Map<Integer, String> rules = new TreeMap<>();
        tables.rules.forEach((line, names) -> rules.put(line, names.stream().map(n -> oneLine(tables.textOf.get(n)))
                .collect(Collectors.joining(" "))));
        return new Translation(drl(tables.packageName, tables.imports, rules), tables.locations, List.of());
    }

    /** What the sheets of one file add up to. */
    private static final class Tables {
        final BiConsumer<String, String> parameterCheck;

        Tables(BiConsumer<String, String> parameterCheck) {
            this.parameterCheck = parameterCheck;
        }

        final Map<String, String> firstLocationOf = new LinkedHashMap<>();
        /** The edited text of each shipped rule a row changes, by rule name; two rows editing one rule merge. */
        final Map<String, String> textOf = new LinkedHashMap<>();
        /** The DRL line of each edited rule: the line of the first table row that edits it. */
        final Map<Integer, List<String>> rules = new TreeMap<>();
        final Map<Integer, String> locations = new TreeMap<>();
        final Set<String> imports = new LinkedHashSet<>();
        String packageName;
    }

    /** Adds the rules of one sheet, its DRL lines {@code offset} after its rows, or the problems of its cells. */
    private static void translate(Sheet sheet, int offset, Map<String, List<ShippedRow>> rowsById, Tables tables,
                                  List<RuleProblem> problems) {
        List<Line> lines = sheet.lines().stream().filter(l -> !l.isBlank()).toList();
        Line header = lines.get(0);
        Set<Integer> ignored = new LinkedHashSet<>();
        int before = problems.size();
        for (int c = 1; c <= HEADER.size(); c++) {
            if (!header.cell(c).toLowerCase(Locale.ROOT).equals(HEADER.get(c - 1))) {
                problems.add(at(sheet, header.row(), c, "\"" + header.cell(c) + "\" is not the header of column "
                        + RuleProblem.columnLetters(c) + ": the first row reads " + String.join(",", HEADER)
                        + " (then optionally a note column)"));
            }
        }
        for (int c : header.cells().keySet()) {
            if (c > HEADER.size()) {
                if (IGNORED_COLUMNS.contains(header.cell(c).toLowerCase(Locale.ROOT))) {
                    ignored.add(c);
                } else if (!header.cell(c).isEmpty()) {
                    problems.add(at(sheet, header.row(), c, "\"" + header.cell(c) + "\" is not a column of a"
                            + " decision table: after " + String.join(",", HEADER) + " only a note (or comment) column"));
                }
            }
        }
        if (problems.size() > before) {
            return;
        }
        for (Line line : lines.subList(1, lines.size())) {
            for (int c : line.cells().keySet()) {
                if (c > HEADER.size() && !ignored.contains(c) && !line.cell(c).isEmpty()) {
                    problems.add(at(sheet, line.row(), c, "\"" + line.cell(c) + "\" is outside the table: column "
                            + RuleProblem.columnLetters(c) + " has no header (head it note to keep a note there)"));
                }
            }
            ShippedRow row = row(sheet, line, rowsById, problems);
            if (row == null) {
                continue;
            }
            String here = at(sheet, line.row(), 1, "").location();
            String first = tables.firstLocationOf.putIfAbsent(row.key(), here);
            if (first != null) {
                problems.add(at(sheet, line.row(), 1, "row " + row.ruleId() + " \"" + row.row() + "\" is set twice:"
                        + " first at " + first + "; keep one of the two rows"));
                continue;
            }
            String value = line.cell(3);
            if (value.isEmpty()) {
                problems.add(at(sheet, line.row(), 3, "the value of row " + row.ruleId() + " \"" + row.row()
                        + "\" is empty"));
                continue;
            }
            List<ShippedRule> rules = row.rules();
            String packageName = rules.get(0).packageName();
            if (tables.packageName != null && !tables.packageName.equals(packageName)) {
                problems.add(at(sheet, line.row(), 1, "row " + row.ruleId() + " is in package " + packageName
                        + ", the table's other rows in " + tables.packageName + ": put it in a table of its own"));
                continue;
            }
            Map<String, String> edited = new LinkedHashMap<>();
            String wrong = null;
            int wrongColumn = 3;
            for (ShippedRule rule : rules) {
                String current = tables.textOf.getOrDefault(rule.name(), rule.text());
                Edit edit = edit(row, rule, current, value, tables.parameterCheck);
                if (edit.problem() != null) {
                    wrong = edit.problem();
                    wrongColumn = edit.column();
                    break;
                }
                edited.put(rule.name(), edit.text());
            }
            if (wrong != null) {
                problems.add(at(sheet, line.row(), wrongColumn, wrong));
                continue;
            }
            tables.packageName = packageName;
            for (ShippedRule rule : rules) {
                tables.imports.addAll(rule.imports());
                if (!tables.textOf.containsKey(rule.name())) {
                    tables.rules.computeIfAbsent(offset + line.row(), k -> new ArrayList<>()).add(rule.name());
                    tables.locations.putIfAbsent(offset + line.row(), here);
                }
                tables.textOf.put(rule.name(), edited.get(rule.name()));
            }
        }
    }

    /** The text of a rule after a table row set its value, or why the value (column C) or row (B) is wrong. */
    private record Edit(String text, String problem, int column) {

        static Edit wrong(int column, String problem) {
            return new Edit(null, problem, column);
        }
    }

    private static Edit edit(ShippedRow row, ShippedRule rule, String text, String value,
                             BiConsumer<String, String> parameterCheck) {
        return switch (row.target()) {
            case TABLE_VALUE -> {
                Matcher call = valueCall(row.ruleId(), text);
                Kind kind = call == null ? null : Kind.ofFactory(call.group(2));
                if (kind == null) {
                    yield Edit.wrong(2, "row " + row.ruleId() + " \"" + row.row() + "\" cannot be set from a decision"
                            + " table (its rule in " + rule.file() + " takes no single value); override it in a"
                            + " *-overrides.drl file");
                }
                String wrong = kind.problem(value);
                yield wrong != null ? Edit.wrong(3, wrong) : new Edit(text.substring(0, call.start(3)) + '"' + value
                        + '"' + text.substring(call.end(3)), null, 3);
            }
            case COUNT -> {
                CountValue wanted;
                try {
                    wanted = CountValue.parse(value);
                } catch (IllegalArgumentException e) {
                    yield Edit.wrong(3, e.getMessage());
                }
                int[] region = obligationRegion(row.ruleId(), row.row(), text);
                Matcher count = region == null ? null : call(COUNT_CALL, region, text);
                Matcher period = region == null ? null : call(PERIOD_CALL, region, text);
                if (count == null || period == null && wanted.period() != null) {
                    yield Edit.wrong(2, "row " + row.ruleId() + " \"" + row.row() + "\" has no "
                            + (count == null ? ".atLeast( n )" : ".per( PeriodKind.X )") + " in its rule in "
                            + rule.file() + "; override it in a *-overrides.drl file");
                }
                PeriodKind shipped = period == null ? null : periodNamed(period.group(1));
                String wrong = shipped == null ? null : pairingProblem(row, value, shipped, wanted,
                        COMPANY_WIDE.matcher(text).region(region[0], region[1]).find());
                if (wrong != null) {
                    yield Edit.wrong(3, wrong);
                }
                String edited = text.substring(0, count.start(1)) + wanted.count() + text.substring(count.end(1));
                if (wanted.period() != null) {
                    // .per( ... ) comes before .atLeast( n ) or after it: shift its place by the count's new length
                    int shift = period.start(1) > count.start(1) ? edited.length() - text.length() : 0;
                    edited = edited.substring(0, period.start(1) + shift) + wanted.period().name()
                            + edited.substring(period.end(1) + shift);
                }
                yield new Edit(edited, null, 3);
            }
            case PARAMETER -> {
                try {
                    parameterCheck.accept(row.parameter(), value);
                } catch (IllegalArgumentException e) {
                    yield Edit.wrong(3, "\"" + value + "\" is not a value of " + row.ruleId() + " \"" + row.row()
                            + "\": " + e.getMessage());
                }
                Matcher read = parameterRead(row.parameter()).matcher(text);
                StringBuilder out = new StringBuilder();
                String problem = null;
                while (read.find()) {
                    String literal = literal(value.strip());
                    if (literal == null) {
                        problem = "\"" + value + "\" is not a value of " + row.ruleId() + " \"" + row.row() + "\": "
                                + rule.name() + " reads it as a whole number";
                        break;
                    }
                    read.appendReplacement(out, Matcher.quoteReplacement(literal));
                }
                read.appendTail(out);
                yield problem != null ? Edit.wrong(3, problem) : new Edit(out.toString(), null, 3);
            }
        };
    }

    /** The largest minimum count a table row may set: more contacts in one period than a year has hours is a typo. */
    private static final int MAX_COUNT = 1_000;

    /** The periods a table row may name: every kind but {@link PeriodKind#OCCASION} (an event opens those windows). */
    private static final String PERIODS = java.util.Arrays.stream(PeriodKind.values())
            .filter(k -> k != PeriodKind.OCCASION).map(Enum::name).collect(Collectors.joining(", "));

    /** A count cell that may name the period: group 1 the count, group 2 what follows {@code per}. */
    private static final Pattern COUNT_PER_PERIOD = Pattern.compile("(?i)^(.*?)\\s+per(?:\\s+(.*))?$");

    /**
     * The value of an obligation row's cell: {@code 2} (the count; {@code period} {@code null}, the row's own period
     * stays) or {@code 2 per MONTH} (count and period, a {@link PeriodKind} name in any case).
     */
    record CountValue(int count, PeriodKind period) {

        /**
         * The value {@code cell} writes.
         *
         * @throws IllegalArgumentException naming the cell's value and why it is not a count or a period
         */
        static CountValue parse(String cell) {
            if (cell == null) {
                throw new IllegalArgumentException("the value is empty: write the least number of contacts per period"
                        + " (e.g. 2, or 2 per MONTH)");
            }
            String value = cell.strip();
            Matcher per = COUNT_PER_PERIOD.matcher(value);
            boolean perPeriod = per.matches();
            String count = perPeriod ? per.group(1).strip() : value;
            if (!count.matches("-?[0-9]{1,9}")) {
                throw new IllegalArgumentException("\"" + value + "\" is not a count: write the least number of"
                        + " contacts per period as a whole number from 1 to " + MAX_COUNT + " (e.g. 2 for twice a"
                        + " week), optionally followed by the period (e.g. 2 per MONTH)");
            }
            int n = Integer.parseInt(count);
            if (n < 1 || n > MAX_COUNT) {
                throw new IllegalArgumentException("\"" + value + "\" is not a count: the least number of contacts per"
                        + " period is a whole number from 1 to " + MAX_COUNT + " (to switch the row off, override it"
                        + " with enabled false in a *-overrides.drl file)");
            }
            if (!perPeriod) {
                return new CountValue(n, null);
            }
            String name = per.group(2) == null ? "" : per.group(2).strip().toUpperCase(Locale.ROOT).replace(' ', '_')
                    .replace('-', '_');
            PeriodKind kind = periodNamed(name);
            if (kind == null) {
                throw new IllegalArgumentException("\"" + value + "\" is not a period: write one of " + PERIODS);
            }
            return new CountValue(n, kind);
        }
    }

    /** The period kind called {@code name}, or {@code null}. */
    private static PeriodKind periodNamed(String name) {
        for (PeriodKind kind : PeriodKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * Why the obligation row {@code row}, shipped per {@code shipped} and company-wide or not, cannot be assessed with
     * {@code wanted}, or {@code null}: an event opens the windows of an OCCASION row (its own rule assesses them, the
     * calendar rules never do), company-wide rows are counted over calendar periods, and a rolling TWO_YEARS window
     * runs from the last contact, so it holds one.
     */
    private static String pairingProblem(ShippedRow row, String value, PeriodKind shipped, CountValue wanted,
                                         boolean companyWide) {
        PeriodKind period = wanted.period() == null ? shipped : wanted.period();
        String of = "\"" + value + "\" cannot be set on " + row.ruleId() + " \"" + row.row() + "\": ";
        if (shipped == PeriodKind.OCCASION && period != PeriodKind.OCCASION) {
            return of + "its windows are opened by an event (a purchase, a date, a complaint) and assessed by its own"
                    + " rule, not by the calendar; write the count alone (e.g. " + wanted.count() + ")";
        }
        if (shipped != PeriodKind.OCCASION && period == PeriodKind.OCCASION) {
            return of + "an OCCASION window is opened by an event, and no rule opens one for this row, so it would"
                    + " never be assessed; write one of " + PERIODS;
        }
        if (period == PeriodKind.TWO_YEARS && companyWide) {
            return of + "the row is company-wide, counted over calendar periods, and TWO_YEARS is rolling (due two"
                    + " years after each customer's last contact); write a calendar period (e.g. "
                    + wanted.count() + " per YEAR)";
        }
        if (period == PeriodKind.TWO_YEARS && wanted.count() > 1) {
            return of + "TWO_YEARS is rolling: the window runs from the last contact, so it holds one and "
                    + wanted.count() + " can never be met; write 1 per TWO_YEARS, or a calendar period (e.g. "
                    + wanted.count() + " per YEAR)";
        }
        return null;
    }

    private static final String OBLIGATION = "ContactObligation\\.of\\(\\s*\"";
    private static final Pattern NEXT_OBLIGATION = Pattern.compile(OBLIGATION);
    /** The minimum count of an obligation row: group 1 the count. */
    private static final Pattern COUNT_CALL = Pattern.compile("\\.atLeast\\(\\s*([0-9]+)\\s*\\)");
    /** The period of an obligation row: group 1 the {@link PeriodKind}. */
    private static final Pattern PERIOD_CALL = Pattern.compile("\\.per\\(\\s*PeriodKind\\.([A-Z_]+)\\s*\\)");
    /** A company-wide obligation row ({@code .perUnit()} is company-wide too). */
    private static final Pattern COMPANY_WIDE = Pattern.compile("\\.(companyWide|perUnit)\\(\\s*\\)");

    /**
     * Where the obligation {@code ContactObligation.of( "<id>", "<text>" )} is built in {@code text}: from the end of
     * that call to the next obligation (or the end), {@code [start, end)}; {@code null} when the rule builds none.
     */
    private static int[] obligationRegion(String ruleId, String description, String text) {
        Matcher of = Pattern.compile(OBLIGATION + Pattern.quote(ruleId) + "\"\\s*,\\s*\"" + Pattern.quote(description)
                + "\"\\s*\\)").matcher(text);
        if (!of.find()) {
            return null;
        }
        Matcher next = NEXT_OBLIGATION.matcher(text);
        return new int[] {of.end(), next.find(of.end()) ? next.start() : text.length()};
    }

    /** The first {@code call} of the obligation built in {@code region} of {@code text}, or {@code null}. */
    private static Matcher call(Pattern call, int[] region, String text) {
        Matcher m = call.matcher(text).region(region[0], region[1]);
        return m.find() ? m : null;
    }

    /** A read of the whole-number parameter {@code key}: {@code $p.integer( "key" )}. */
    private static Pattern parameterRead(String key) {
        return Pattern.compile("\\$\\w+\\.integer\\(\\s*\"" + Pattern.quote(key) + "\"\\s*\\)");
    }

    /** The DRL literal of a whole-number parameter {@code value}, or {@code null} when it is not one. */
    private static String literal(String value) {
        return value.matches("-?[0-9]{1,9}") ? Integer.toString(Integer.parseInt(value)) : null;
    }

    /** The shipped row {@code line} names in columns A and B, or {@code null} after adding why not. */
    private static ShippedRow row(Sheet sheet, Line line, Map<String, List<ShippedRow>> rowsById,
                                  List<RuleProblem> problems) {
        String id = line.cell(1);
        String name = line.cell(2);
        if (id.isEmpty()) {
            problems.add(at(sheet, line.row(), 1, "the rule ID is empty: name the catalogue rule whose row this sets,"
                    + " e.g. A1"));
            return null;
        }
        List<ShippedRow> rows = rowsById.get(id);
        if (rows == null) {
            problems.add(at(sheet, line.row(), 1, "\"" + id + "\" is not a rule with table rows; a table can set "
                    + describe(rowsById.values().stream().flatMap(List::stream).toList())));
            return null;
        }
        if (name.isEmpty()) {
            // a member of a list (a T3 category) is always named: an empty row B picks the rule's one value row
            List<ShippedRow> values = rows.stream().filter(r -> r.target() != Target.PARAMETER && !isListMember(r))
                    .toList();
            if (values.size() == 1 || rows.size() == 1) {
                return values.size() == 1 ? values.get(0) : rows.get(0);
            }
            int parameters = (int) rows.stream().filter(r -> r.target() == Target.PARAMETER).count();
            problems.add(at(sheet, line.row(), 2, "the row is empty and " + id + " has " + (rows.size() - parameters)
                    + " table rows"
                    + (parameters == 0 ? "" : " and " + parameters + (parameters == 1 ? " parameter" : " parameters"))
                    + ": name one of " + describe(rows)));
            return null;
        }
        String unprefixed = name.startsWith(id + ".") ? name.substring(id.length() + 1) : name;
        for (ShippedRow r : rows) {
            if (r.row().equals(name) || r.target() == Target.PARAMETER && r.row().equals(unprefixed)) {
                return r;
            }
        }
        problems.add(at(sheet, line.row(), 2, "\"" + name + "\" is not a table row of " + id + ": its rows are "
                + describe(rows)));
        return null;
    }

    /** True for a row that is one member of a list, such as {@code "T3 Table: a listed company is a key customer"}. */
    private static boolean isListMember(ShippedRow row) {
        if (row.target() != Target.TABLE_VALUE) {
            return false;
        }
        Matcher call = valueCall(row.ruleId(), row.rules().get(0).text());
        return call != null && Kind.ofFactory(call.group(2)) == Kind.CATEGORY;
    }

    private static String describe(List<ShippedRow> rows) {
        return rows.stream().map(r -> r.ruleId() + " \"" + r.row() + "\"").collect(Collectors.joining(", "));
    }

    private static RuleProblem at(Sheet sheet, int row, int column, String message) {
        return RuleProblem.inCell(sheet.file(), sheet.sheet(), row, column, message);
    }

    /**
     * The single {@code Type.factory( "<ID>", <value> ...)} call in the row's rule, or null: group 2 the factory,
     * group 3 the value expression, either a string literal ({@code "4000"}) or the read of a named parameter
     * ({@code $p.text( "P4.large-claim-bound-cny" )}), optionally followed by a unit
     * ({@code $p.text( "D7.max-hours-between-progress-reports" ) + " hours"}); a table row writes its value as a
     * literal in its place.
     */
    private static Matcher valueCall(String ruleId, String text) {
        Matcher m = Pattern.compile("\\b([A-Z]\\w*)\\.(\\w+)\\(\\s*\"" + Pattern.quote(ruleId)
                + "\"\\s*,\\s*(\"[^\"\\\\]*\"|\\$\\w+\\.text\\(\\s*\"[^\"\\\\]*\"\\s*\\)(?:\\s*\\+\\s*\"[^\"\\\\]*\")?)"
                + "\\s*[,)]")
                .matcher(text);
        if (!m.find()) {
            return null;
        }
        int start = m.start();
        if (m.find()) {
            return null; // two values: not a one-value row
        }
        m.find(start);
        return m;
    }

    private static final Pattern OBLIGATION_ROW = Pattern.compile(OBLIGATION
            + "([A-Z][0-9]+)\"\\s*,\\s*\"([^\"\\\\]+)\"\\s*\\)");
    private static final Pattern PARAMETER_READ = Pattern.compile(
            "\\$\\w+\\.integer\\(\\s*\"(([A-Z][0-9]+)\\.([\\w.-]+))\"\\s*\\)");

    /**
     * Every row of the shipped DRL a table may set, by rule ID, in file order: each {@code "<ID> Table: <row>"} rule,
     * the minimum count (and period) of each obligation row ({@code ContactObligation.of( "C1", "<text>" ) ...
     * .per( PeriodKind.ISO_WEEK ).atLeast( 1 )}), and each whole-number named parameter {@code <ID>.<key>} a rule
     * reads ({@code $p.integer( "D9.ledger-working-days" )}).
     */
    private static Map<String, List<ShippedRow>> shippedRows(Map<String, String> shipped) {
        Map<String, List<ShippedRow>> rows = new LinkedHashMap<>();
        Map<String, List<ShippedRule>> readers = new LinkedHashMap<>();
        shipped.forEach((file, text) -> {
            PackageDescr descr;
            try {
                descr = new DrlParser().parse(false, text);
            } catch (DroolsParserException | RuntimeException e) {
                return;
            }
            if (descr == null) {
                return;
            }
            List<String> imports = descr.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : descr.getRules()) {
                if (rule.getName() == null || rule.getStartCharacter() < 0) {
                    continue;
                }
                String ruleText = text.substring(rule.getStartCharacter(),
                        Math.min(text.length(), rule.getEndCharacter() + 1));
                ShippedRule shippedRule = new ShippedRule(rule.getName(), file, descr.getName(), ruleText, imports);
                Matcher m = TABLE_ROW_NAME.matcher(rule.getName());
                if (m.matches()) {
                    rows.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new ShippedRow(m.group(1),
                            m.group(2), Target.TABLE_VALUE, List.of(shippedRule)));
                }
                Matcher o = OBLIGATION_ROW.matcher(ruleText);
                while (o.find()) {
                    if (rule.getName().startsWith(o.group(1) + " ")) {
                        rows.computeIfAbsent(o.group(1), k -> new ArrayList<>()).add(new ShippedRow(o.group(1),
                                o.group(2), Target.COUNT, List.of(shippedRule)));
                    }
                }
                Matcher r = PARAMETER_READ.matcher(ruleText);
                while (r.find()) {
                    List<ShippedRule> list = readers.computeIfAbsent(r.group(1), k -> new ArrayList<>());
                    if (!list.contains(shippedRule)) {
                        list.add(shippedRule);
                    }
                }
            }
        });
        readers.forEach((key, rules) -> {
            String id = key.substring(0, key.indexOf('.'));
            rows.computeIfAbsent(id, k -> new ArrayList<>()).add(new ShippedRow(id, key.substring(id.length() + 1),
                    Target.PARAMETER, List.copyOf(rules)));
        });
        return rows;
    }

    /** The DRL: package and imports on line 1, each rule on the line of its table row. */
    private static String drl(String packageName, Set<String> imports, Map<Integer, String> rules) {
        StringBuilder drl = new StringBuilder("package ").append(packageName).append(';');
        imports.forEach(i -> drl.append(" import ").append(i).append(';'));
        int line = 1;
        for (Map.Entry<Integer, String> rule : rules.entrySet()) {
            while (line < rule.getKey()) {
                drl.append('\n');
                line++;
            }
            drl.append(rule.getValue());
        }
        return drl.append('\n').toString();
    }

    /** {@code text} on one line: comments outside string literals dropped, line breaks as spaces. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    out.append(text.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 1;
                out.append(' ');
            } else if (c == '\n' || c == '\r') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
