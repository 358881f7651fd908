package org.crmpolicy.examples.erp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;
import org.crmpolicy.rules.batch.Contributions;
import org.crmpolicy.rules.batch.PortfolioEvaluator;
import org.crmpolicy.rules.obligations.ChunkResult;
import org.crmpolicy.rules.obligations.CompanyWideDecision;

/**
 * The company-wide contact obligations of a compliance run (C4, C8, C10, R2 chairman/GM, R4 per business unit, R6;
 * issues 17 and 19): what no single chunk of customers can decide. {@link ContactsArea} stores each chunk's
 * {@link Contributions} in {@code company_contribution} in the chunk's own transaction ({@link #store}); once the last
 * chunk is done this area reads every row of the run's instant, merges them and decides once, with the library's
 * decide step ({@link PortfolioEvaluator#merge} and {@link PortfolioEvaluator#decide}, as {@code PortfolioBatch} and
 * the Flink job do). The decision assesses no period that ended before the portfolio's data starts (the earliest
 * customer {@code since}, carried in the contributions). Deterministic for a given database state and instant, so a
 * re-run decides the same findings. Thread-safe.
 */
public final class CompanyContactDutiesArea implements CompanyAreaEvaluation {

    /** Only the serial form of {@link Contributions} (and the arrays and boxes it is written with) is read back. */
    private static final ObjectInputFilter ONLY_CONTRIBUTIONS = ObjectInputFilter.Config.createFilter(
            Contributions.class.getName() + "*;java.lang.*;!*");

    private final CrmPolicy policy;

    /** The area for {@code policy}, not {@code null}. */
    public CompanyContactDutiesArea(CrmPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<Finding> evaluate(Connection connection, Instant asOf) throws SQLException {
        return decision(connection, asOf).findings();
    }

    /**
     * The company-wide statuses and findings over every chunk's contributions stored for {@code asOf} (a chunk not yet
     * committed is a contact that does not count: call it once the run's chunks are done).
     */
    public CompanyWideDecision decision(Connection connection, Instant asOf) throws SQLException {
        PortfolioEvaluator evaluator = policy.batch().evaluator(asOf);
        return evaluator.decide(evaluator.merge(stored(connection, asOf)));
    }

    /** Every chunk's contributions stored for {@code asOf}, in customer order. */
    static List<Contributions> stored(Connection connection, Instant asOf) throws SQLException {
        List<Contributions> parts = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT first_customer_id, contributions"
                + " FROM company_contribution WHERE as_of = ? ORDER BY first_customer_id")) {
            ps.setObject(1, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    parts.add(read(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return parts;
    }

    /**
     * Stores what the chunk of {@code customers} contributes to the company-wide obligations as of {@code asOf}, through
     * {@code connection} (the chunk's transaction: neither commits nor closes it), replacing a row the same chunk left
     * before. The contributions are merged once on their own, which bounds them as the decision does.
     */
    static void store(CrmPolicy policy, Connection connection, List<Customer> customers, ChunkResult chunk,
                      Instant asOf) throws SQLException {
        String first = customers.get(0).id().value();
        String last = customers.get(customers.size() - 1).id().value();
        LocalDate dataFrom = null;
        for (Customer c : customers) {
            if (c.since() != null && (dataFrom == null || c.since().isBefore(dataFrom))) {
                dataFrom = c.since();
            }
        }
        Contributions contributions = policy.batch().evaluator(asOf)
                .merge(List.of(Contributions.of(chunk.contributions(), chunk.companyFindings(), dataFrom)));
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM company_contribution WHERE as_of = ? AND first_customer_id = ?")) {
            ps.setObject(1, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(2, first);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO company_contribution"
                + " (as_of, first_customer_id, last_customer_id, contributions) VALUES (?, ?, ?, ?)")) {
            ps.setObject(1, asOf.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(2, first);
            ps.setString(3, last);
            ps.setString(4, write(contributions));
            ps.executeUpdate();
        }
    }

    static String write(Contributions contributions) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(contributions);
        } catch (IOException e) {
            throw new UncheckedIOException("contributions cannot be written", e);
        }
        return Base64.getEncoder().encodeToString(buffer.toByteArray());
    }

    static Contributions read(String firstCustomerId, String stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            in.setObjectInputFilter(ONLY_CONTRIBUTIONS);
            return (Contributions) in.readObject();
        } catch (IOException | ClassNotFoundException | IllegalArgumentException | ClassCastException e) {
            throw new ErpDataException("read company_contribution row of the chunk from customer " + firstCustomerId
                    + " (not the serial form of Contributions)", new SQLException(e.getMessage(), e));
        }
    }
}
