package org.crmpolicy.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.erp.ApprovalActsArea;
import org.crmpolicy.examples.erp.ContractApprovalsArea;
import org.crmpolicy.examples.erp.ComplaintsArea;
import org.crmpolicy.examples.erp.ContactsArea;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.InformationActsArea;
import org.crmpolicy.examples.erp.PolicyRevisionsArea;
import org.crmpolicy.examples.erp.ResponseDeadlinesArea;
import org.crmpolicy.examples.erp.ServiceRequestsArea;
import org.crmpolicy.examples.erp.PeriodicReportsArea;
import org.crmpolicy.examples.erp.CompanyContactDutiesArea;
import org.crmpolicy.examples.erp.SamplePeriodicReports;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.erp.ComplianceJob;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.RunSummary;
import org.crmpolicy.examples.erp.SampleErpData;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.examples.report.ActionItemsSource;
import org.crmpolicy.examples.report.ComplianceReportPage;
import org.crmpolicy.examples.report.ErpContactCompliance;
import org.crmpolicy.examples.report.MetricsSource;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.examples.report.ObligationCount;
import org.crmpolicy.examples.report.OpenComplaintsSource;
import org.crmpolicy.examples.report.PolicyMetrics;
import org.crmpolicy.examples.report.PolicyOpenComplaints;
import org.crmpolicy.examples.report.PolicyPendingApprovals;
import org.crmpolicy.examples.report.ObligationsSource;
import org.crmpolicy.examples.report.PendingApprovalsSource;
import org.crmpolicy.examples.report.ReportContext;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The main job a newcomer runs first: a compliance run over a deterministic sample portfolio, the way a host ERP
 * would run it (docs/erp-integration.md). It generates the portfolio (1,000 customers by default, fixed seed), loads
 * it into an embedded H2 database, runs the {@link ComplianceJob} over it (streaming, chunked, idempotent: running
 * again for the same day writes nothing new), writes the HTML compliance report and the findings CSV, and prints a
 * summary. Every number the console prints is read back from the stored rows, as the report's and the CSV's are, so
 * the three agree. Each step is printed when it starts (progress); warnings go to the same stream, before the tables.
 *
 * <p>Arguments (all optional): {@code [asOfDate yyyy-MM-dd] [size] [seed]}; default 2025-11-24, 1000, 20251124.
 * The output directory is the system property {@code crmpolicy.out} (the Maven run sets
 * {@code crm-examples/target/erp-run}), else {@code target/erp-run}.
 */
public final class PortfolioRun {

    private PortfolioRun() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.of(2025, 11, 24);
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SamplePortfolio.DEFAULT_SEED;
        ZoneId zone = CrmPolicy.DEFAULT_ZONE;
        Instant asOf = day.atTime(LocalTime.of(18, 0)).atZone(zone).toInstant();

        System.out.println();
        System.out.println("crm-policy compliance run — " + size + " customers, seed " + seed + ", as of " + day + " 18:00 " + zone);
        System.out.println();
        Timings timings = new Timings();
        CrmPolicy policy = timings.time("compile the rule base", CrmPolicy::standard);
        List<Customer> customers = timings.time("generate " + size + " customers",
                () -> SamplePortfolio.of(seed, size, day).toList());
        List<TierDecision> decisions = timings.time("classify (T1-T10) for the sample contact log",
                () -> policy.tiers().classifyAll(customers, asOf));
        Path report = erp(policy, day, asOf, size, seed, timings, customers, decisions);
        timings.print();
        System.out.println("Compliance report: " + report.toUri());
        System.out.println("Findings as CSV:   " + report.resolveSibling(ComplianceReportPage.CSV_FILE).toUri());
    }

    private static Path erp(CrmPolicy policy, LocalDate day, Instant asOf, int size, long seed, Timings timings,
            List<Customer> customers, List<TierDecision> decisions) {
        Map<CustomerId, Tier> tierOf = new HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            tierOf.put(customers.get(i).id(), decisions.get(i).tier());
        }
        Path out = Path.of(System.getProperty("crmpolicy.out", "target/erp-run")).toAbsolutePath().normalize();
        DataSource erp = ErpDatabases.h2File(out.resolve("erp-" + seed + "-" + size));
        // H2 closes a file database with its last connection (DB_CLOSE_DELAY=0), and every step below opens and
        // closes its own. Reopening the file right after such a close was seen to read it truncated ("File corrupted
        // while reading record", 90030, H2 2.3.232; PortfolioRunNumbersTest). One connection held for the whole run
        // keeps the database open between the steps.
        try (Connection keepOpen = erp.getConnection()) {
            return erp(policy, day, asOf, size, seed, timings, tierOf, out, erp);
        } catch (SQLException e) {
            throw new ErpDataException("open the ERP database at " + out, e);
        }
    }

    private static Path erp(CrmPolicy policy, LocalDate day, Instant asOf, int size, long seed, Timings timings,
            Map<CustomerId, Tier> tierOf, Path out, DataSource erp) {
        timings.time("ERP: migrate schema (Flyway)", () -> ErpSchema.migrate(erp));
        int loaded = timings.time("ERP: load sample portfolio into H2",
                () -> SampleErpData.loadIfEmpty(erp, SamplePortfolio.of(seed, size, day), seed, day,
                        c -> tierOf.get(c.id())));
        timings.time("ERP: load the sample's periodic reports (D11-D16)",
                () -> SamplePeriodicReports.loadIfEmpty(erp, policy, seed, day));
        int chunkSize = 100;
        RunSummary run = timings.time("ERP: compliance job (every policy area, chunks of " + chunkSize + " customers)",
                () -> job(erp, policy).chunkSize(chunkSize).listener((chunk, n, last) -> {
                    System.out.printf("      chunk %d: %d customers, up to %s%n", chunk, n, last);
                    System.out.flush();
                }).build().run(day, asOf));
        ReportContext ctx = timings.time("ERP: read the stored findings", () -> ReportContext.load(erp, day, policy.zone()));
        ErpContactCompliance contacts = new ErpContactCompliance(policy);
        ComplianceReportPage.Rendered rendered = timings.time("ERP: write report + CSV", () -> {
            try {
                return report(policy, contacts).write(ctx, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Indicator> metrics = timings.time("ERP: metrics for the console", () -> {
            try {
                return new PolicyMetrics(policy, contacts).rows(ctx);
            } catch (SQLException e) {
                throw new ErpDataException("compute the metrics", e);
            }
        });
        System.out.println();
        System.out.println("ERP integration (embedded H2 at " + out + ")");
        System.out.printf("  customers loaded now        %6d%s%n", loaded, loaded == 0 ? "  (database already filled)" : "");
        System.out.printf("  customers evaluated now     %6d%s%n", run.customersRead(),
                run.alreadyComplete() ? "  (" + day + " was already complete: nothing new written)" : "");
        System.out.printf("  findings written now        %6d%n", run.findingsWritten());
        System.out.printf("  findings stored for the day %6d%n", run.findingsTotal());
        System.out.println("  report sections shown       " + String.join(", ", rendered.shown()));
        if (!rendered.notShown().isEmpty()) {
            System.out.println("  report sections not shown   " + rendered.notShown().stream().map(s -> s.id()).toList()
                    + " (their policy areas are not wired in yet)");
        }
        System.out.println();
        printTiers(ctx);
        printTotals(ctx);
        AreaSummary.print(erp, day, metrics, System.out);
        try {
            printObligations(contacts.totals(ctx).counts());
        } catch (SQLException e) {
            throw new ErpDataException("add up the contact obligations", e);
        }
        return out.resolve(ComplianceReportPage.HTML_FILE);
    }

    /**
     * The compliance job with every policy area wired in (docs/erp-integration.md, "wiring"): tiering, the contact
     * log's obligations, complaints replayed from their stored events, the approvals of signed contracts, response
     * deadlines, customer information, service requests, and the receptions, events and plans (A4-A6, A10-A12); for the
     * company, the periodic reports and the company-wide contact duties (C4, C8, C10, R2 chairman/GM, R4, R6).
     */
    public static ComplianceJob.Builder job(DataSource erp, CrmPolicy policy) {
        return ComplianceJob.builder(erp, policy)
                .area(new ContactsArea(policy))
                .area(new ComplaintsArea(policy))
                .area(new ContractApprovalsArea(policy))
                .area(new ResponseDeadlinesArea(policy))
                .area(new InformationActsArea(policy))
                .area(new ServiceRequestsArea(policy))
                .area(new ApprovalActsArea(policy))
                .companyArea(new PeriodicReportsArea(policy))
                .companyArea(new CompanyContactDutiesArea(policy))
                .companyArea(new PolicyRevisionsArea(policy));
    }

    /**
     * The report with every wired section: contact obligations (from the ERP's contact log), open complaints,
     * approvals pending (the policy's plan) and metrics.
     */
    public static ComplianceReportPage report(CrmPolicy policy) {
        return report(policy, new ErpContactCompliance(policy));
    }

    /** The same, sharing {@code contacts} (its evaluation is kept) with the caller. */
    public static ComplianceReportPage report(CrmPolicy policy, ErpContactCompliance contacts) {
        return ComplianceReportPage.standard()
                .with(ObligationsSource.from(contacts.obligations()))
                .with(OpenComplaintsSource.from(new PolicyOpenComplaints(policy)))
                .with(PendingApprovalsSource.from(new PolicyPendingApprovals(policy)))
                .with(MetricsSource.from(new PolicyMetrics(policy, contacts)));
    }

    /** Customers per tier as stored for the day: the report's tier table. */
    private static void printTiers(ReportContext ctx) {
        Map<Tier, Integer> perTier = new EnumMap<>(Tier.class);
        ctx.tiers().values().forEach(t -> perTier.merge(t, 1, Integer::sum));
        System.out.println("Customers per tier (stored for " + ctx.runDate() + ")");
        for (Tier t : Tier.values()) {
            int n = perTier.getOrDefault(t, 0);
            System.out.printf("  %-18s %6d  %5.1f%%%n", t, n, ctx.tiers().isEmpty() ? 0.0 : 100.0 * n / ctx.tiers().size());
        }
        System.out.printf("  %-18s %6d%n%n", "total", ctx.tiers().size());
    }

    /** The report header's totals: every finding stored for the day, by severity, and how many are overdue. */
    private static void printTotals(ReportContext ctx) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        int overdue = 0;
        Set<CustomerId> withViolation = new HashSet<>();
        for (CustomerFinding cf : ctx.findings()) {
            bySeverity.merge(cf.finding().severity(), 1, Integer::sum);
            overdue += ActionItemsSource.isOverdue(cf.finding(), ctx.asOf()) ? 1 : 0;
            if (cf.finding().severity() == Severity.VIOLATION && !cf.isCompanyWide()) {
                withViolation.add(cf.customerId());
            }
        }
        System.out.println("Findings stored for " + ctx.runDate() + " (the report's header and findings.csv)");
        System.out.printf("  findings    %6d%n", ctx.findings().size());
        for (Severity s : Severity.values()) {
            System.out.printf("  %-11s %6d%n", s, bySeverity.getOrDefault(s, 0));
        }
        System.out.printf("  overdue     %6d%n", overdue);
        System.out.printf("  customers with a violation %d of %d (%.1f%%)%n%n", withViolation.size(), ctx.tiers().size(),
                ctx.tiers().isEmpty() ? 0.0 : 100.0 * withViolation.size() / ctx.tiers().size());
    }

    /** The report's obligations table: per tier, role and rule, met / due / at risk / overdue. */
    private static void printObligations(List<ObligationCount> counts) {
        System.out.println("Contact obligations (the report's obligations table)");
        System.out.println("  tier               role          rule     met    due  at risk  overdue");
        for (ObligationCount c : counts) {
            System.out.printf("  %-18s %-13s %-5s %6d %6d %8d %8d%n", c.tier(), c.role(), c.ruleId(), c.met(), c.due(),
                    c.atRisk(), c.overdue());
        }
        System.out.println();
    }
}
