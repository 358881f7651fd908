package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.complaint.Complaint;
import org.crmpolicy.customer.ContractStatus;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.examples.erp.MetricsFacts;
import org.crmpolicy.examples.erp.StoredComplaints;
import org.crmpolicy.metric.CustomerAmounts;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.metric.Portfolio;
import org.crmpolicy.metric.PortfolioCustomer;
import org.crmpolicy.metric.SurveyResponse;
import org.crmpolicy.obligation.Period;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The metrics section's rows: {@code policy.metrics().compute(...)} over the customers classified on the run date
 * (the portfolio), every complaint replayed from the ERP up to the run's {@code asOf}, and, when the contact log is
 * wired in, the contact coverage per tier of {@link ErpContactCompliance} (revisit coverage and interaction frequency);
 * the period is the 12 months up to the run, {@code asOf} included. The stored facts of {@link MetricsFacts} make the
 * rest computable: each customer's record without contact persons (contract status now, first-contract date, account
 * manager), its contract status on the first day of the period ({@code contract_status_history}, NONE without a
 * row: churn and loyalty), the survey answers of the period ({@code survey_answer}: CSAT, NPS, feedback rate, CSAT by
 * account manager) and its amounts ({@code customer_acquisition}, revenue to date = its SIGNED contracts signed on or
 * before the run day: acquisition cost and lifetime value). Thread-safe.
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
        Period window = window(ctx);
        List<PortfolioCustomer> customers = new ArrayList<>();
        List<Complaint> complaints = new ArrayList<>();
        List<SurveyResponse> surveys;
        List<CustomerAmounts> amounts;
        try (Connection c = ctx.dataSource().getConnection()) {
            for (StoredComplaints.Loaded loaded : StoredComplaints.load(c, null, null, ctx.asOf())) {
                complaints.add(loaded.replay());
            }
            Map<CustomerId, Customer> records = new HashMap<>();
            MetricsFacts.customers(c).forEach(r -> records.put(r.id(), r));
            Map<CustomerId, ContractStatus> atStart = MetricsFacts.statusOn(c, window.start().atZone(ctx.zone()).toLocalDate());
            ctx.tiers().forEach((id, tier) -> {
                Customer record = records.get(id);
                PortfolioCustomer pc = record == null ? PortfolioCustomer.of(id, tier) : PortfolioCustomer.of(record, tier);
                customers.add(pc.withStatusAtStart(atStart.getOrDefault(id, ContractStatus.NONE)));
            });
            surveys = MetricsFacts.surveys(c, window.start(), window.end());
            amounts = MetricsFacts.amounts(c, ctx.asOf().atZone(ctx.zone()).toLocalDate());
        }
        Portfolio portfolio = Portfolio.of(customers).withComplaints(complaints).withSurveys(surveys).withAmounts(amounts);
        if (contacts != null) {
            List<TierCoverage> coverage = new ArrayList<>();
            contacts.totals(ctx).tiers().forEach((tier, t) ->
                    coverage.add(new TierCoverage(tier, Math.toIntExact(t[0]), t[1], Math.toIntExact(t[2]), List.of())));
            portfolio = portfolio.withCoverage(coverage);
        }
        return policy.metrics().compute(portfolio, window, ctx.asOf()).indicators();
    }

    /** The 12 months up to the run, {@code asOf} included. */
    static Period window(ReportContext ctx) {
        Instant from = ctx.asOf().atZone(ctx.zone()).minusMonths(12).toInstant();
        return Period.occasion("the 12 months up to the run", from, ctx.asOf().plusSeconds(1), ctx.zone());
    }
}
