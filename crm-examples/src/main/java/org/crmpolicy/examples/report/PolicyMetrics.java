package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.examples.erp.StoredComplaints;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Portfolio;
import org.crmpolicy.metric.PortfolioCustomer;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The metrics section's rows: {@code policy.metrics().compute(...)} over the customers classified on the run date
 * (the portfolio), every complaint replayed from the ERP up to the run's {@code asOf}, and, when the contact log is
 * wired in, the contact coverage per tier of {@link ErpContactCompliance} (revisit coverage and interaction frequency);
 * the period is the 12 months up to the run, {@code asOf} included. The ERP holds no survey answers, customer amounts
 * or earlier contract statuses: those indicators show why they are not computable. Thread-safe.
 */
public final class PolicyMetrics implements RowProvider<Indicator> {

    private final CrmPolicy policy;
    private final ErpContactCompliance contacts;

    /** The metrics for {@code policy}, not {@code null}, without the contact log. */
    public PolicyMetrics(CrmPolicy policy) {
        this(policy, null);
    }

    /** The metrics, with the contact coverage from {@code contacts} ({@code null}: none). */
    public PolicyMetrics(CrmPolicy policy, ErpContactCompliance contacts) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.contacts = contacts;
    }

    @Override
    public List<Indicator> rows(ReportContext ctx) throws SQLException {
        List<PortfolioCustomer> customers = new ArrayList<>();
        ctx.tiers().forEach((id, tier) -> customers.add(PortfolioCustomer.of(id, tier)));
        List<Complaint> complaints = new ArrayList<>();
        try (Connection c = ctx.dataSource().getConnection()) {
            for (StoredComplaints.Loaded loaded : StoredComplaints.load(c, null, null, ctx.asOf())) {
                complaints.add(loaded.replay());
            }
        }
        Portfolio portfolio = Portfolio.of(customers).withComplaints(complaints);
        if (contacts != null) {
            List<TierCoverage> coverage = new ArrayList<>();
            contacts.totals(ctx).tiers().forEach((tier, t) ->
                    coverage.add(new TierCoverage(tier, Math.toIntExact(t[0]), t[1], Math.toIntExact(t[2]), List.of())));
            portfolio = portfolio.withCoverage(coverage);
        }
        return policy.metrics().compute(portfolio, window(ctx), ctx.asOf()).indicators();
    }

    /** The 12 months up to the run, {@code asOf} included. */
    static Period window(ReportContext ctx) {
        Instant from = ctx.asOf().atZone(ctx.zone()).minusMonths(12).toInstant();
        return Period.occasion("the 12 months up to the run", from, ctx.asOf().plusSeconds(1), ctx.zone());
    }
}
