package org.crmpolicy.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.contact.TierPeriod;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.erp.ApprovalsArea;
import org.crmpolicy.examples.erp.ComplaintsArea;
import org.crmpolicy.examples.erp.ContactsArea;
import org.crmpolicy.examples.erp.ComplianceJob;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.RunSummary;
import org.crmpolicy.examples.erp.SampleErpData;
import org.crmpolicy.examples.portfolio.SampleContacts;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.examples.report.ComplianceReportPage;
import org.crmpolicy.examples.report.ErpContactCompliance;
import org.crmpolicy.examples.report.MetricsSource;
import org.crmpolicy.examples.report.OpenComplaintsSource;
import org.crmpolicy.examples.report.PolicyMetrics;
import org.crmpolicy.examples.report.PolicyOpenComplaints;
import org.crmpolicy.examples.report.PolicyPendingApprovals;
import org.crmpolicy.examples.report.ObligationsSource;
import org.crmpolicy.examples.report.PendingApprovalsSource;
import org.crmpolicy.examples.report.ReportContext;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.crmpolicy.obligation.ObligationCoverage;
import org.crmpolicy.obligation.TierCoverage;
import org.crmpolicy.rules.obligations.ComplianceRequest;
import org.crmpolicy.rules.CrmPolicy;

/**
 * The main job a newcomer runs first: a compliance run over a deterministic sample portfolio. It generates the
 * portfolio (1,000 customers by default, fixed seed), classifies every customer as of a date and prints customers
 * per tier, findings per rule ID and how long each step took.
 *
 * <p>Then it does the same the way a host ERP would (docs/erp-integration.md): loads the portfolio into an embedded
 * H2 database, runs the {@link ComplianceJob} over it (streaming, chunked, idempotent: running again for the same
 * day writes nothing new), and writes the HTML compliance report and the findings CSV, printing where they are.
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

        Timings timings = new Timings();
        CrmPolicy policy = timings.time("compile the rule base", CrmPolicy::standard);
        List<Customer> customers = timings.time("generate " + size + " customers",
                () -> SamplePortfolio.of(seed, size, day).toList());
        List<TierDecision> decisions = timings.time("classify (T1-T10)", () -> policy.tiers().classifyAll(customers, asOf));

        System.out.println();
        System.out.println("crm-policy compliance run — " + size + " customers, seed " + seed + ", as of " + day + " 18:00 " + zone);
        System.out.println();
        printTiers(decisions);
        printFindings(decisions);
        org.crmpolicy.obligation.ComplianceReport contacts = timings.time("contact compliance (C1-C11, R1-R6)",
                () -> contactCompliance(policy, customers, decisions, asOf, seed, day));
        printContactCompliance(contacts);
        Path report = erp(policy, day, asOf, size, seed, timings, customers, decisions);
        timings.print();
        System.out.println("Compliance report: " + report.toUri());
        System.out.println("Findings as CSV:   " + report.resolveSibling(ComplianceReportPage.CSV_FILE).toUri());
    }

    private static Path erp(CrmPolicy policy, LocalDate day, Instant asOf, int size, long seed, Timings timings,
            List<Customer> customers, List<TierDecision> decisions) {
        Map<org.crmpolicy.customer.CustomerId, Tier> tierOf = new java.util.HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            tierOf.put(customers.get(i).id(), decisions.get(i).tier());
        }
        Path out = Path.of(System.getProperty("crmpolicy.out", "target/erp-run")).toAbsolutePath().normalize();
        DataSource erp = ErpDatabases.h2File(out.resolve("erp-" + seed + "-" + size));
        timings.time("ERP: migrate schema (Flyway)", () -> ErpSchema.migrate(erp));
        int loaded = timings.time("ERP: load sample portfolio into H2",
                () -> SampleErpData.loadIfEmpty(erp, SamplePortfolio.of(seed, size, day), seed, day,
                        c -> tierOf.get(c.id())));
        RunSummary run = timings.time("ERP: compliance job",
                () -> job(erp, policy).build().run(day, asOf));
        ErpContactCompliance contacts = new ErpContactCompliance(policy);
        ComplianceReportPage.Rendered rendered = timings.time("ERP: write report + CSV", () -> {
            try {
                return report(policy, contacts).write(ReportContext.load(erp, day, policy.zone()), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
        timings.time("ERP: console summary per area", () -> {
            try {
                AreaSummary.print(erp, day, new PolicyMetrics(policy, contacts)
                        .rows(ReportContext.load(erp, day, policy.zone())), System.out);
            } catch (java.sql.SQLException e) {
                throw new org.crmpolicy.examples.erp.ErpDataException("compute the metrics", e);
            }
            return null;
        });
        return out.resolve(ComplianceReportPage.HTML_FILE);
    }

    /**
     * The compliance job with every policy area wired in (docs/erp-integration.md, "wiring"): tiering, the contact
     * log's obligations, complaints replayed from their stored events, and the approvals of signed contracts.
     */
    public static ComplianceJob.Builder job(DataSource erp, CrmPolicy policy) {
        return ComplianceJob.builder(erp, policy)
                .area(new ContactsArea(policy))
                .area(new ComplaintsArea(policy))
                .area(new ApprovalsArea(policy));
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

    /** The sample contact log evaluated with the tiers just decided (held since each customer's {@code since}). */
    private static org.crmpolicy.obligation.ComplianceReport contactCompliance(CrmPolicy policy, List<Customer> customers,
            List<TierDecision> decisions, Instant asOf, long seed, LocalDate day) {
        SampleContacts sample = SampleContacts.of(seed, day, policy.zone());
        List<Contact> log = new ArrayList<>();
        List<CustomerEvent> events = new ArrayList<>();
        List<TierPeriod> tiers = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            Tier tier = decisions.get(i).tier();
            log.addAll(sample.contacts(c, tier));
            events.addAll(sample.events(c, tier));
            tiers.add(TierPeriod.of(c.id(), tier, c.since()));
        }
        return policy.obligations().compliance(ComplianceRequest.of(customers, log, asOf).withTierHistory(tiers).withEvents(events));
    }

    private static void printContactCompliance(org.crmpolicy.obligation.ComplianceReport report) {
        System.out.println("Contact compliance per tier  customers  contacts/customer (quarter)  revisit coverage (C5)");
        for (TierCoverage t : report.coverage()) {
            System.out.printf("  %-26s %9d  %27.1f  %20.1f%%%n", t.tier(), t.customers(), t.interactionFrequency(),
                    100 * t.revisitCoverage());
        }
        System.out.println("  current period met / applicable, per rule and responsible role:");
        for (TierCoverage t : report.coverage()) {
            StringBuilder line = new StringBuilder("    " + t.tier() + ":");
            for (ObligationCoverage o : t.obligations()) {
                line.append(' ').append(o.ruleId()).append('/').append(o.responsible()).append(' ').append(o.met())
                        .append('/').append(o.applicable());
            }
            System.out.println(line);
        }
        System.out.println("  company-wide: " + report.company().stream()
                .filter(s -> s.period().contains(report.asOf()))
                .map(s -> s.ruleId() + "/" + s.obligation().responsible() + " " + s.state()).toList());
        Map<RuleId, Map<Severity, Integer>> perRule = new TreeMap<>();
        Map<RuleId, String> example = new TreeMap<>();
        for (Finding f : report.findings()) {
            perRule.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
            if (f.severity() == Severity.VIOLATION) {
                example.putIfAbsent(f.ruleId(), f.subjectId() + ": " + f.message());
            }
        }
        System.out.println();
        System.out.println("Contact findings per rule  INFO  WARNING  VIOLATION   e.g.");
        perRule.forEach((id, bySeverity) -> System.out.printf("  %-22s %6d  %7d  %9d   %s%n", id,
                bySeverity.getOrDefault(Severity.INFO, 0), bySeverity.getOrDefault(Severity.WARNING, 0),
                bySeverity.getOrDefault(Severity.VIOLATION, 0), example.getOrDefault(id, "")));
        System.out.println("  input rejected: " + report.rejected().size());
        System.out.println();
    }

    private static void printTiers(List<TierDecision> decisions) {
        Map<Tier, Integer> perTier = new EnumMap<>(Tier.class);
        for (TierDecision d : decisions) {
            perTier.merge(d.tier(), 1, Integer::sum);
        }
        System.out.println("Customers per tier");
        for (Tier t : Tier.values()) {
            int n = perTier.getOrDefault(t, 0);
            System.out.printf("  %-18s %6d  %5.1f%%%n", t, n, decisions.isEmpty() ? 0.0 : 100.0 * n / decisions.size());
        }
        System.out.println();
    }

    private static void printFindings(List<TierDecision> decisions) {
        Map<RuleId, Map<Severity, Integer>> perRule = new TreeMap<>();
        Map<RuleId, String> example = new TreeMap<>();
        for (TierDecision d : decisions) {
            for (Finding f : d.findings()) {
                perRule.computeIfAbsent(f.ruleId(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
                if (f.severity() != Severity.INFO) {
                    example.putIfAbsent(f.ruleId(), f.subjectId() + ": " + f.message());
                }
            }
        }
        System.out.println("Findings per rule          INFO  WARNING  VIOLATION   e.g.");
        perRule.forEach((id, bySeverity) -> System.out.printf("  %-22s %6d  %7d  %9d   %s%n", id,
                bySeverity.getOrDefault(Severity.INFO, 0), bySeverity.getOrDefault(Severity.WARNING, 0),
                bySeverity.getOrDefault(Severity.VIOLATION, 0), example.getOrDefault(id, "")));
        System.out.println();
    }
}
