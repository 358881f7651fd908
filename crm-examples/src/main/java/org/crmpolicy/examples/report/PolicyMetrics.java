package org.crmpolicy.examples.report;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The metrics section's rows: {@link PortfolioMetrics#complaintMetrics} over every complaint replayed and assessed
 * as of the run's {@code asOf}, with the customers classified on the run date as the base. Thread-safe.
 */
public final class PolicyMetrics implements RowProvider<Metric> {

    private final CrmPolicy policy;

    /** The provider for {@code policy}, not {@code null}. */
    public PolicyMetrics(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<Metric> rows(ReportContext ctx) throws SQLException {
        return PortfolioMetrics.complaintMetrics(ctx.tiers().size(),
                AssessedComplaint.loadAll(ctx.dataSource(), policy, ctx.asOf()), ctx.asOf(), ctx.zone());
    }
}
