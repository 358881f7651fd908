package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.examples.portfolio.SamplePortfolio;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/** Shared fixtures of the ERP tests: one compiled policy per JVM, small sample databases, expected findings. */
public final class ErpFixtures {

    public static final long SEED = 20251124L;
    public static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    public static final Instant AS_OF = DAY.atTime(LocalTime.of(18, 0)).atZone(CrmPolicy.DEFAULT_ZONE).toInstant();
    private static final AtomicInteger NAMES = new AtomicInteger();
    private static CrmPolicy policy;

    private ErpFixtures() {
    }

    /** The standard policy, compiled once for all ERP tests. */
    public static synchronized CrmPolicy policy() {
        if (policy == null) {
            policy = CrmPolicy.standard();
        }
        return policy;
    }

    /** A fresh, migrated in-memory H2 database. */
    public static DataSource freshH2() {
        DataSource ds = ErpDatabases.h2InMemory("erp-test-" + NAMES.incrementAndGet());
        ErpSchema.migrate(ds);
        return ds;
    }

    /** Loads the sample portfolio of {@code size} customers into {@code ds}, its contact log following their tiers. */
    public static SamplePortfolio load(DataSource ds, int size) {
        SamplePortfolio portfolio = SamplePortfolio.of(SEED, size, DAY);
        List<Customer> customers = portfolio.toList();
        java.util.Map<org.crmpolicy.customer.CustomerId, org.crmpolicy.customer.Tier> tiers = new java.util.HashMap<>();
        List<TierDecision> decisions = policy().tiers().classifyAll(customers, AS_OF);
        for (int i = 0; i < customers.size(); i++) {
            tiers.put(customers.get(i).id(), decisions.get(i).tier());
        }
        SampleErpData.loadIfEmpty(ds, portfolio, SEED, DAY, c -> tiers.get(c.id()));
        return portfolio;
    }

    /** The keys of the findings the policy makes in memory for the portfolio: what the job must store. */
    public static Set<FindingKey> expectedKeys(SamplePortfolio portfolio, LocalDate day, Instant asOf) {
        Set<FindingKey> keys = new HashSet<>();
        List<Customer> customers = portfolio.toList();
        for (TierDecision d : policy().tiers().classifyAll(customers, asOf)) {
            for (Finding f : d.findings()) {
                keys.add(FindingKey.of(day, f));
            }
        }
        return keys;
    }

    /** The keys stored in the finding table for {@code day}. */
    public static List<FindingKey> storedKeys(DataSource ds, LocalDate day) throws SQLException {
        List<FindingKey> keys = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            for (CustomerFinding cf : FindingTable.read(c, day)) {
                keys.add(FindingKey.of(day, cf.finding()));
            }
        }
        return keys;
    }

    /** A single number from a query. */
    public static long count(DataSource ds, String sql, Object... params) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
