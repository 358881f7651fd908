package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.customer.TierDecision;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ERP compliance run: streams the portfolio out of the ERP database with a cursor, runs the policy as of a
 * date chunk by chunk, and writes tier decisions and findings back.
 *
 * <ul>
 *   <li><b>Idempotent</b>: findings are keyed by run date + rule + subject + message hash ({@link FindingKey});
 *       present keys are skipped. A day already completed is not evaluated again.</li>
 *   <li><b>Crash-safe</b>: each chunk's findings, tier decisions and the progress row in {@code policy_run}
 *       (last customer ID done) are committed in one transaction. After a crash the next call for the same day
 *       resumes after the last committed customer: nothing is lost and nothing is written twice.</li>
 *   <li><b>Streaming</b>: the portfolio is read on its own read-only connection (auto-commit off, so PostgreSQL
 *       uses a server-side cursor with the fetch size), writes go through a second connection.</li>
 * </ul>
 *
 * <p>Before reading, the run has the policy check the ERP's storage description ({@link ErpSchema#storageDescription},
 * I7) and refuses to start while a personal column is stored in clear text.
 *
 * <p>Logs progress counts only; never a customer's personal data (I3). One job instance may be used from one
 * thread at a time; runs for the same day must not overlap.
 */
public final class ComplianceJob {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceJob.class);

    private final DataSource dataSource;
    private final CrmPolicy policy;
    private final int chunkSize;
    private final int fetchSize;
    private final List<AreaEvaluation> areas;
    private final List<CompanyAreaEvaluation> companyAreas;
    private final ChunkListener listener;
    private final Clock clock;
    private final FieldCipher cipher;

    private ComplianceJob(Builder b) {
        this.dataSource = Objects.requireNonNull(b.dataSource, "dataSource");
        this.policy = Objects.requireNonNull(b.policy, "policy");
        this.chunkSize = b.chunkSize;
        this.fetchSize = b.fetchSize;
        this.areas = List.copyOf(b.areas);
        this.companyAreas = List.copyOf(b.companyAreas);
        this.listener = b.listener;
        this.clock = b.clock;
        this.cipher = b.cipher;
    }

    /**
     * @param dataSource the ERP database (schema applied with {@link ErpSchema#migrate(DataSource)})
     * @param policy     the policy to run
     */
    public static Builder builder(DataSource dataSource, CrmPolicy policy) {
        return new Builder(dataSource, policy);
    }

    /**
     * Evaluates every customer not yet done for {@code runDate}, or nothing when the day is complete.
     *
     * @param runDate the day the findings belong to (part of their key)
     * @param asOf    the instant the policy evaluates at, usually the end of business on {@code runDate}
     * @throws ErpDataException on a database error; what was committed before it stays and the next call resumes
     * @throws IllegalStateException before reading anything, when the policy flags the ERP's storage of customer
     *                               data (I7: a personal column not encrypted at rest), naming the columns
     */
    public RunSummary run(LocalDate runDate, Instant asOf) {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(asOf, "asOf");
        List<Finding> storage = ErpSchema.checkStorage(dataSource, policy, runDate).stream().filter(Finding::isViolation).toList();
        if (!storage.isEmpty()) {
            throw new IllegalStateException("the ERP stores customer data against the policy; migrate the schema first: "
                    + storage.stream().map(f -> f.ruleId().value() + " " + f.message()).toList());
        }
        // the calendar's missing-year warnings come once, sorted, when the run ends
        try (var warnings = policy.deferCalendarWarnings();
             Connection write = dataSource.getConnection(); Connection read = dataSource.getConnection()) {
            write.setAutoCommit(false);
            Progress progress = startOrResume(write, runDate, asOf);
            if (progress.completed) {
                LOG.info("run {} already completed; nothing to do", runDate);
                return new RunSummary(runDate, true, null, 0, 0, 0, countFindings(write, runDate));
            }
            if (progress.lastCustomerId != null) {
                LOG.info("run {} resumes after customer {} ({} chunks done)", runDate, progress.lastCustomerId, progress.chunksDone);
            }
            String resumedAfter = progress.lastCustomerId;
            int chunksBefore = progress.chunksDone;
            int[] written = {0};
            read.setReadOnly(true);
            read.setAutoCommit(false);
            int customers = CustomerTable.readAfter(read, progress.lastCustomerId, chunkSize, fetchSize,
                    chunk -> written[0] += commitChunk(write, runDate, asOf, chunk, progress), cipher);
            read.commit();
            written[0] += completeWithCompanyAreas(write, runDate, asOf);
            LOG.info("run {} completed: {} customers in {} chunks, {} findings written", runDate, customers,
                    progress.chunksDone - chunksBefore, written[0]);
            return new RunSummary(runDate, false, resumedAfter, customers, progress.chunksDone - chunksBefore, written[0],
                    countFindings(write, runDate));
        } catch (SQLException e) {
            throw new ErpDataException("compliance run for " + runDate, e);
        }
    }

    private int commitChunk(Connection write, LocalDate runDate, Instant asOf, List<Customer> chunk, Progress progress) {
        String first = chunk.get(0).id().value();
        String last = chunk.get(chunk.size() - 1).id().value();
        try {
            List<TierDecision> decisions = policy.tiers().classifyAll(chunk, asOf);
            List<CustomerFinding> findings = new ArrayList<>();
            for (TierDecision d : decisions) {
                for (Finding f : d.findings()) {
                    findings.add(new CustomerFinding(d.customerId(), f));
                }
            }
            for (AreaEvaluation area : areas) {
                findings.addAll(area.evaluate(write, chunk, decisions, asOf));
            }
            Instant now = clock.instant();
            FindingTable.insertTiers(write, runDate, first, last, decisions);
            int written = FindingTable.insertNew(write, runDate, first, last, findings, now);
            try (PreparedStatement ps = write.prepareStatement("UPDATE policy_run SET last_customer_id = ?,"
                    + " chunks_done = chunks_done + 1, customers_done = customers_done + ?,"
                    + " findings_written = findings_written + ?, updated_at = ? WHERE run_date = ?")) {
                ps.setString(1, last);
                ps.setInt(2, chunk.size());
                ps.setInt(3, written);
                ps.setObject(4, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setObject(5, runDate, Types.DATE);
                ps.executeUpdate();
            }
            listener.beforeCommit(progress.chunksDone + 1, chunk.size(), last);
            write.commit();
            progress.chunksDone++;
            progress.lastCustomerId = last;
            LOG.debug("run {} chunk {} committed: customers {}..{}, {} findings written", runDate, progress.chunksDone,
                    first, last, written);
            return written;
        } catch (SQLException e) {
            rollback(write);
            throw new ErpDataException("write chunk " + (progress.chunksDone + 1) + " (customers " + first + ".." + last + ")", e);
        } catch (RuntimeException e) {
            rollback(write);
            throw e;
        }
    }

    /**
     * Judges the company's own duties and completes the run, in one transaction: after a crash before it commits,
     * the next call finds no customer left and does exactly this again.
     */
    private int completeWithCompanyAreas(Connection write, LocalDate runDate, Instant asOf) throws SQLException {
        try {
            List<CustomerFinding> findings = new ArrayList<>();
            for (CompanyAreaEvaluation area : companyAreas) {
                for (Finding f : area.evaluate(write, asOf)) {
                    findings.add(CustomerFinding.ofCompany(f));
                }
            }
            String company = CustomerFinding.COMPANY.value();
            int written = FindingTable.insertNew(write, runDate, company, company, findings, clock.instant());
            try (PreparedStatement ps = write.prepareStatement(
                    "UPDATE policy_run SET findings_written = findings_written + ? WHERE run_date = ?")) {
                ps.setInt(1, written);
                ps.setObject(2, runDate, Types.DATE);
                ps.executeUpdate();
            }
            complete(write, runDate);
            return written;
        } catch (SQLException | RuntimeException e) {
            rollback(write);
            throw e;
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException suppressed) {
            LOG.warn("rollback failed: {}", suppressed.getMessage());
        }
    }

    private Progress startOrResume(Connection c, LocalDate runDate, Instant asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT status, last_customer_id, chunks_done FROM policy_run WHERE run_date = ?")) {
            ps.setObject(1, runDate, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Progress p = new Progress("COMPLETED".equals(rs.getString(1)), rs.getString(2), rs.getInt(3));
                    c.commit();
                    return p;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO policy_run (run_date, as_of, status, last_customer_id,"
                + " chunks_done, customers_done, findings_written, started_at, updated_at)"
                + " VALUES (?, ?, 'RUNNING', NULL, 0, 0, 0, ?, ?)")) {
            Instant now = clock.instant();
            ps.setObject(1, runDate, Types.DATE);
            ps.setObject(2, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(3, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(4, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.executeUpdate();
        }
        c.commit();
        return new Progress(false, null, 0);
    }

    private void complete(Connection c, LocalDate runDate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE policy_run SET status = 'COMPLETED', finished_at = ?, updated_at = ? WHERE run_date = ?")) {
            Instant now = clock.instant();
            ps.setObject(1, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(2, now.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setObject(3, runDate, Types.DATE);
            ps.executeUpdate();
        }
        c.commit();
    }

    private static int countFindings(Connection c, LocalDate runDate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM finding WHERE run_date = ?")) {
            ps.setObject(1, runDate, Types.DATE);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int n = rs.getInt(1);
                c.commit();
                return n;
            }
        }
    }

    private static final class Progress {
        final boolean completed;
        String lastCustomerId;
        int chunksDone;

        Progress(boolean completed, String lastCustomerId, int chunksDone) {
            this.completed = completed;
            this.lastCustomerId = lastCustomerId;
            this.chunksDone = chunksDone;
        }
    }

    /** Configures a {@link ComplianceJob}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private final CrmPolicy policy;
        private int chunkSize = 200;
        private int fetchSize = 500;
        private final List<AreaEvaluation> areas = new ArrayList<>();
        private final List<CompanyAreaEvaluation> companyAreas = new ArrayList<>();
        private ChunkListener listener = ChunkListener.NONE;
        private Clock clock = Clock.systemUTC();
        private FieldCipher cipher = FieldCipher.fromEnvironment();

        private Builder(DataSource dataSource, CrmPolicy policy) {
            this.dataSource = dataSource;
            this.policy = policy;
        }

        /** Customers per transaction (default 200); at least 1. */
        public Builder chunkSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("chunkSize must be >= 1, got " + value);
            }
            this.chunkSize = value;
            return this;
        }

        /** Rows per database round trip of the reading cursor (default 500); at least 1. */
        public Builder fetchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("fetchSize must be >= 1, got " + value);
            }
            this.fetchSize = value;
            return this;
        }

        /** Adds a policy area evaluated after tiering, in the order added. */
        public Builder area(AreaEvaluation value) {
            areas.add(Objects.requireNonNull(value, "area"));
            return this;
        }

        /** Adds a company-wide area, judged once after the last chunk, in the order added. */
        public Builder companyArea(CompanyAreaEvaluation value) {
            companyAreas.add(Objects.requireNonNull(value, "companyArea"));
            return this;
        }

        /** Told before each chunk commits (default: nothing). */
        public Builder listener(ChunkListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /** The clock for the {@code written_at}/{@code started_at} bookkeeping columns only (default: system UTC). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The key of the encrypted personal columns (default: {@link FieldCipher#fromEnvironment()}). */
        public Builder cipher(FieldCipher value) {
            this.cipher = Objects.requireNonNull(value, "cipher");
            return this;
        }

        /** The job; the builder may be reused. */
        public ComplianceJob build() {
            return new ComplianceJob(this);
        }
    }
}
