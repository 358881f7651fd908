package org.crmpolicy.rules.engine;

import java.util.Objects;

/**
 * One problem found in a DRL file, located as {@code file:line:column} (both 1-based, as editors count).
 *
 * @param file    the DRL file name, e.g. {@code tiers.drl}
 * @param line    1-based line; 0 when the compiler gave none
 * @param column  1-based column; 0 when the compiler gave none
 * @param error   true for an error (the rule set is refused), false for a warning (reported, not refused)
 * @param message what is wrong, one line
 */
public record DrlProblem(String file, int line, int column, boolean error, String message) {

    public DrlProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static DrlProblem error(String file, int line, int column, String message) {
        return new DrlProblem(file, line, column, true, message);
    }

    public static DrlProblem warning(String file, int line, int column, String message) {
        return new DrlProblem(file, line, column, false, message);
    }

    /** {@code file:line:column: message}, warnings as {@code file:line:column: warning: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + message;
    }
}
