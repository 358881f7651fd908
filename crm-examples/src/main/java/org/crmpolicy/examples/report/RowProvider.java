package org.crmpolicy.examples.report;

import java.sql.SQLException;
import java.util.List;

/**
 * Supplies the rows of one report section for a run (obligation counts, open complaints, pending approvals,
 * metrics). A policy area implements it, typically with a query on {@link ReportContext#dataSource()} or by
 * evaluating its part of the policy; must not return personal data.
 *
 * @param <T> the row type
 */
@FunctionalInterface
public interface RowProvider<T> {

    /** The rows for the run; empty when there are none, never {@code null}. */
    List<T> rows(ReportContext context) throws SQLException;
}
