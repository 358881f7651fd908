package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;

/**
 * One policy area's part of a compliance run, beyond tiering: it loads the area's facts for a chunk of customers
 * from the ERP (contacts, complaints and their events, contracts, approvals), asks the policy, and returns the
 * findings. Tiering always runs first; its decisions are handed in because most areas depend on the tier.
 *
 * <p>Example, once the contacts area exists: read {@code contact} rows for the chunk's customer IDs, build the
 * area's facts, call {@code policy.obligations().evaluate(...)} and wrap each finding in a {@link CustomerFinding}.
 * Implementations must be deterministic for a given database state and {@code asOf}, so that re-runs are
 * idempotent, and must not commit or close the connection.
 */
@FunctionalInterface
public interface AreaEvaluation {

    /**
     * @param connection the job's connection, inside the chunk's transaction; read only what the area needs
     * @param customers  the chunk's customers, in ID order
     * @param tiers      their tier decisions, in the same order
     * @param asOf       the evaluation instant
     * @return the findings, each with its customer; never {@code null}
     */
    List<CustomerFinding> evaluate(Connection connection, List<Customer> customers, List<TierDecision> tiers, Instant asOf)
            throws SQLException;
}
