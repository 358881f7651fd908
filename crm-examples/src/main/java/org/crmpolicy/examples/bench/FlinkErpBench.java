package org.crmpolicy.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpContactLog;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.FieldCipher;
import org.crmpolicy.examples.erp.FindingTable;
import org.crmpolicy.examples.erp.SampleErpData;
import org.crmpolicy.examples.flink.CustomerRange;
import org.crmpolicy.examples.flink.ErpConnection;
import org.crmpolicy.examples.flink.ErpFindingSink;
import org.crmpolicy.examples.flink.FindingRow;
import org.crmpolicy.examples.flink.PolicySource;
import org.crmpolicy.examples.flink.PortfolioJob;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.BatchSink;
import org.crmpolicy.rules.batch.CustomerContacts;

/**
 * The ERP benchmark of issue 17 (docs/distributed.md), one run: the sample ERP database (H2 in memory, loading not
 * timed) evaluated end to end — read the customers, contacts and purchases, evaluate as of one instant, store the
 * findings idempotently in {@code finding} — (1) by {@code PortfolioBatch} in this JVM on its default threads, (2) by the
 * Flink job over the ERP ({@link PortfolioJob#defineErp}) on a local MiniCluster at parallelism 1 and (3) at 2. Each
 * path stores under its own run date, so none skips the rows of another; the table compares wall seconds as ratios to
 * the batch's. A Flink run includes starting its MiniCluster and building the policy in its tasks.
 *
 * <p>Arguments: customers (default 10000), customers per range (default 250).
 */
public final class FlinkErpBench {

    static final long SEED = 20251124L;
    static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    static final Instant AS_OF = DAY.atTime(LocalTime.of(18, 0)).atZone(CrmPolicy.DEFAULT_ZONE).toInstant();

    private FlinkErpBench() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int perRange = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        String name = "flink-erp-bench";
        ErpConnection erp = new ErpConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        DataSource ds = ErpDatabases.h2InMemory(name);
        CrmPolicy policy = PolicySource.shipped().policy();
        System.out.printf(Locale.ROOT, "flink ERP bench: %d customers, ranges of %d, asOf %s, %d cores, max heap %d MB%n",
                customers, perRange, AS_OF, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t = System.nanoTime();
        ErpSchema.migrate(ds);
        SamplePortfolio portfolio = SamplePortfolio.of(SEED, customers, DAY);
        List<Customer> all = portfolio.toList();
        Map<CustomerId, Tier> tiers = new HashMap<>();
        List<TierDecision> decisions = policy.tiers().classifyAll(all, AS_OF);
        for (int i = 0; i < all.size(); i++) {
            tiers.put(all.get(i).id(), decisions.get(i).tier());
        }
        SampleErpData.loadIfEmpty(ds, portfolio, SEED, DAY, c -> tiers.get(c.id()));
        System.out.printf(Locale.ROOT, "loaded the sample ERP in %.1f s (not timed below)%n", (System.nanoTime() - t) / 1e9);

        List<String[]> rows = new ArrayList<>();
        double batch = time(() -> portfolioBatch(ds, policy, DAY));
        rows.add(row("PortfolioBatch (this JVM)", ds, DAY, batch, batch));
        for (int p = 1; p <= 2; p++) {
            LocalDate day = DAY.plusDays(p);
            int parallelism = p;
            double s = time(() -> flink(erp, perRange, parallelism, day));
            rows.add(row("Flink ERP job, p=" + p, ds, day, s, batch));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-26s | %9s | %9s | %8s | %11s | %10s |%n", "path", "customers", "findings",
                "wall s", "customers/s", "vs batch");
        System.out.println("|----------------------------|-----------|-----------|----------|-------------|------------|");
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "| %-26s | %9d | %9s | %8s | %11s | %10s |%n", r[0], customers, r[1], r[2],
                    String.format(Locale.ROOT, "%.0f", customers / Double.parseDouble(r[2])), r[3]);
        }
    }

    interface Timed {
        void run() throws Exception;
    }

    static double time(Timed run) throws Exception {
        long t = System.nanoTime();
        run.run();
        return (System.nanoTime() - t) / 1e9;
    }

    static String[] row(String path, DataSource ds, LocalDate day, double seconds, double batch) throws SQLException {
        return new String[] {path, String.valueOf(count(ds, day)), String.format(Locale.ROOT, "%.1f", seconds),
                String.format(Locale.ROOT, "%.2fx", seconds / batch)};
    }

    /** Read the ERP, {@code PortfolioBatch}, store in batches of 500 through {@link FindingTable#insertAbsent}. */
    static void portfolioBatch(DataSource ds, CrmPolicy policy, LocalDate day) throws SQLException {
        List<CustomerContacts> portfolio;
        try (Connection c = ds.getConnection()) {
            portfolio = ErpContactLog.portfolio(c, AS_OF, FieldCipher.fromEnvironment());
        }
        List<Finding> findings = new ArrayList<>();
        var summary = policy.batch().run(portfolio.iterator(), AS_OF, new BatchSink() {
            @Override
            public void findings(List<Finding> chunk) {
                findings.addAll(chunk);
            }
        });
        // PortfolioBatch's sink does not say whose finding it is: a customer's own finding is stored under its subject
        List<CustomerFinding> rows = new ArrayList<>(findings.size());
        java.util.Set<Finding> company = new java.util.HashSet<>(summary.companyFindings());
        for (Finding f : findings) {
            rows.add(new CustomerFinding(CustomerId.of(company.contains(f) ? FindingRow.COMPANY : f.subjectId()), f));
        }
        Instant now = Instant.parse("2025-11-24T12:00:00Z");
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows.size(); i += ErpFindingSink.DEFAULT_BATCH_SIZE) {
                FindingTable.insertAbsent(c, day, rows.subList(i, Math.min(rows.size(), i + ErpFindingSink.DEFAULT_BATCH_SIZE)),
                        now);
                c.commit();
            }
        }
    }

    static void flink(ErpConnection erp, int perRange, int parallelism, LocalDate day) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                PortfolioJob.batchConfiguration());
        env.setParallelism(parallelism);
        Path out = Files.createTempDirectory("flink-erp-bench");
        PortfolioJob.defineErp(env, erp, CustomerRange.of(erp, perRange),
                new ErpFindingSink(erp, Clock.fixed(Instant.parse("2025-11-24T12:00:00Z"), ZoneOffset.UTC),
                        ErpFindingSink.DEFAULT_BATCH_SIZE), out, PolicySource.shipped(), day, AS_OF);
        env.execute("flink ERP bench p=" + parallelism);
    }

    static long count(DataSource ds, LocalDate day) throws SQLException {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM finding WHERE run_date = ?")) {
            ps.setObject(1, day, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
