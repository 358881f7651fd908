package org.crmpolicy.examples.report;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The metrics section's rows: {@link PortfolioMetrics#complaintMetrics} over every complaint replayed and assessed
 * as of the run's {@code asOf}, with the customers classified on the run date as the base, and, when the contact log
 * is wired in, revisit coverage and interaction frequency per tier ({@link ErpContactCompliance#metrics}).
 * Thread-safe.
 */
public final class PolicyMetrics implements RowProvider<Metric> {

    private final CrmPolicy policy;
    private final ErpContactCompliance contacts;

    /** The complaint metrics for {@code policy}, not {@code null}. */
    public PolicyMetrics(CrmPolicy policy) {
        this(policy, null);
    }

    /**
     * The complaint metrics, then revisit coverage and interaction frequency per tier from {@code contacts}
     * ({@code null}: none).
     */
    public PolicyMetrics(CrmPolicy policy, ErpContactCompliance contacts) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.contacts = contacts;
    }

    @Override
    public List<Metric> rows(ReportContext ctx) throws SQLException {
        List<Metric> metrics = new ArrayList<>(PortfolioMetrics.complaintMetrics(ctx.tiers().size(),
                AssessedComplaint.loadAll(ctx.dataSource(), policy, ctx.asOf()), ctx.asOf(), ctx.zone()));
        if (contacts != null) {
            metrics.addAll(ErpContactCompliance.metrics(contacts.totals(ctx)));
        }
        return metrics;
    }
}
