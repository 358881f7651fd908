package org.crmpolicy.rules.authoring;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in a rule set, located in its file. The one problem type of crm-rules: a rejected rule set
 * ({@link RuleSetRejectedException#problems()}) and the rule lint both report these. Immutable.
 *
 * <p>Where it is reads as an editor or a spreadsheet would name it ({@link #location()}):
 * <ul>
 *   <li>a DRL file: {@code tiers.drl:12:5} (line and column, 1-based);</li>
 *   <li>a CSV decision table: {@code thresholds.csv:3:C} (line, then the column as a spreadsheet letter);</li>
 *   <li>an {@code .xlsx} decision table: {@code thresholds.xlsx!Sheet1!C3} (sheet, then the cell).</li>
 * </ul>
 *
 * <pre>{@code
 * RuleProblem p = e.problems().get(0);
 * p.file();      // "tiers.drl"
 * p.line();      // 12
 * p.toString();  // "tiers.drl:12:5: unknown field 'volume' on Customer in 'volume > 5'"
 * }</pre>
 *
 * @param file    the file name, e.g. {@code tiers.drl} or {@code thresholds.csv}, or the rule directory when the
 *                problem is the directory
 * @param line    1-based line (the row of a decision table); 0 when there is none (a file that cannot be read)
 * @param column  1-based column (1 is column A of a decision table); 0 when there is none
 * @param message what is wrong, one line; a lint warning begins with {@code warning: }
 * @param sheet   the worksheet of an {@code .xlsx} decision table, or {@code null} for any other file
 */
public record RuleProblem(String file, int line, int column, String message, String sheet) {

    public RuleProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem in a DRL file, a CSV table or the rule directory (no sheet). */
    public RuleProblem(String file, int line, int column, String message) {
        this(file, line, column, message, null);
    }

    /**
     * A problem in one cell of a decision table.
     *
     * @param file   e.g. {@code thresholds.csv} or {@code thresholds.xlsx}
     * @param sheet  the worksheet of an {@code .xlsx}, {@code null} for a CSV
     * @param row    1-based row (the CSV line)
     * @param column 1-based column (1 = A)
     */
    public static RuleProblem inCell(String file, String sheet, int row, int column, String message) {
        return new RuleProblem(file, row, column, message, sheet);
    }

    /** A problem that does not refuse the rule set (the lint's static checks): its message begins with {@code warning: }. */
    public static RuleProblem warning(String file, int line, int column, String message) {
        return new RuleProblem(file, line, column, "warning: " + message);
    }

    /** True when the file is a decision table ({@code .csv} or {@code .xlsx}), whose columns are letters. */
    public boolean isInATable() {
        String name = file.toLowerCase(Locale.ROOT);
        return sheet != null || name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /**
     * Where the problem is: {@code tiers.drl:12:5}, {@code thresholds.csv:3:C} or {@code thresholds.xlsx!Sheet1!C3}
     * (a position that is 0 is left out of a table's location).
     */
    public String location() {
        if (!isInATable()) {
            return file + ":" + line + ":" + column;
        }
        if (sheet != null) {
            return file + "!" + sheet + (line > 0 ? "!" + (column > 0 ? columnLetters(column) : "A") + line : "");
        }
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + columnLetters(column) : "") : "");
    }

    /** The spreadsheet letters of a 1-based column: 1 → A, 3 → C, 27 → AA. */
    public static String columnLetters(int column) {
        if (column < 1) {
            throw new IllegalArgumentException("column = " + column + " is not a 1-based column");
        }
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** {@code location: message}, e.g. {@code tiers.drl:12:5: message} or {@code thresholds.csv:3:C: message}. */
    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
