package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.crmpolicy.finding.Finding;

/**
 * A policy area whose duties belong to the company, not to one customer (the periodic reports and reviews D11-D13,
 * D15, D16; the company-wide contact duties C4, C8, C10, R2 chairman/GM, R4, R6): judged once per run, after the last chunk of customers, in the transaction that completes the run. Its
 * findings are stored with the customer column {@link CustomerFinding#COMPANY}.
 *
 * <p>Implementations must be deterministic for a given database state and {@code asOf}, so that re-runs are
 * idempotent, and must not commit or close the connection.
 */
@FunctionalInterface
public interface CompanyAreaEvaluation {

    /**
     * @param connection the job's connection, inside the completing transaction; read only what the area needs
     * @param asOf       the evaluation instant
     * @return the findings, never {@code null}
     */
    List<Finding> evaluate(Connection connection, Instant asOf) throws SQLException;
}
