package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.ContactsArea;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.obligation.ComplianceReport;
import org.crmpolicy.obligation.CustomerCompliance;
import org.crmpolicy.obligation.ObligationStatus;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The contact compliance of the whole portfolio on the run date, from the ERP's contact log: every customer in the
 * tier stored for the day, evaluated chunk by chunk with {@code policy.compliance(...)} (the same evaluation as
 * {@link ContactsArea}) and added up. It feeds the obligations section (met / due / at risk / overdue per tier,
 * responsible role and rule) and the revisit-coverage and interaction-frequency metrics ({@link PolicyMetrics}). Computed once per database,
 * run date and instant, and kept; thread-safe.
 */
public final class ErpContactCompliance {

    /**
     * The portfolio's contact compliance, added up.
     *
     * @param counts  per tier, role and rule: met, due and at risk = statuses of the period containing the run's
     *                instant and of open occasions; overdue = those already overdue in it (rolling windows) plus
     *                the customers whose latest closed period (or occasion) of the obligation was missed
     * @param tiers   per tier: customers, customer-facing contacts this quarter, customers revisited this quarter (C5)
     */
    public record Totals(List<ObligationCount> counts, Map<Tier, long[]> tiers) {
    }

    private final CrmPolicy policy;
    private List<Object> cachedFor;
    private Totals cached;

    /** For {@code policy}, not {@code null}. */
    public ErpContactCompliance(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The obligations section's rows. */
    public RowProvider<ObligationCount> obligations() {
        return ctx -> totals(ctx).counts();
    }

    /**
     * The totals for the report context's database, run date and instant (computed at the first call for them, then
     * kept: the report's sections and the console share one evaluation).
     */
    public synchronized Totals totals(ReportContext ctx) throws SQLException {
        List<Object> key = java.util.Arrays.asList(System.identityHashCode(ctx.dataSource()), ctx.runDate(), ctx.asOf());
        if (!key.equals(cachedFor)) {
            cached = compute(ctx);
            cachedFor = key;
        }
        return cached;
    }

    private Totals compute(ReportContext ctx) throws SQLException {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, ObligationCount> keys = new TreeMap<>();
        Map<Tier, long[]> tiers = new EnumMap<>(Tier.class);
        try (Connection read = ctx.dataSource().getConnection(); Connection c = ctx.dataSource().getConnection()) {
            read.setReadOnly(true);
            read.setAutoCommit(false);
            CustomerTable.readAfter(read, null, 200, 500, chunk -> {
                List<Customer> known = chunk.stream().filter(x -> ctx.tierOf(x.id()).isPresent()).toList();
                if (known.isEmpty()) {
                    return;
                }
                ComplianceReport report;
                try {
                    report = ContactsArea.complianceInTiers(policy, c, known,
                            known.stream().map(x -> ctx.tierOf(x.id()).orElseThrow()).toList(), ctx.asOf());
                } catch (SQLException e) {
                    throw new ErpDataException("evaluate the contact log", e);
                }
                for (CustomerCompliance cc : report.customers()) {
                    Map<String, ObligationStatus> lastClosed = new TreeMap<>();
                    for (ObligationStatus s : cc.statuses()) {
                        String role = s.obligation().responsible().name();
                        String key = cc.tier() + "|" + role + "|" + s.ruleId().value();
                        keys.putIfAbsent(key, new ObligationCount(cc.tier(), role, s.ruleId(), 0, 0, 0));
                        long[] n = counts.computeIfAbsent(key, k -> new long[4]);
                        if (s.period().contains(ctx.asOf()) || s.state().isOpen()) {
                            n[s.state().ordinal()]++;
                        } else {
                            lastClosed.merge(key, s, (a, b) -> b.period().end().isAfter(a.period().end()) ? b : a);
                        }
                    }
                    lastClosed.forEach((key, s) -> {
                        if (s.state() == org.crmpolicy.obligation.ObligationState.OVERDUE) {
                            counts.get(key)[3]++;
                        }
                    });
                }
                for (TierCoverage t : report.coverage()) {
                    long[] sum = tiers.computeIfAbsent(t.tier(), k -> new long[3]);
                    sum[0] += t.customers();
                    sum[1] += t.contactsThisQuarter();
                    sum[2] += t.revisitedThisQuarter();
                }
            });
            read.commit();
        }
        List<ObligationCount> rows = new ArrayList<>();
        keys.forEach((key, k) -> {
            long[] n = counts.get(key);
            rows.add(new ObligationCount(k.tier(), k.role(), k.ruleId(), n[0], n[1], n[2], n[3]));
        });
        return new Totals(rows, tiers);
    }
}
