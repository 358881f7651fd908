package org.crmpolicy.examples.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.erp.FindingTable;

/**
 * What a report is made of for one run date: every customer's tier, every stored finding, customer (company) names,
 * and the data source for sections that read their own tables. Never holds personal data: contact persons are not
 * read. Immutable apart from the data source; thread-safe.
 *
 * @param runDate       the evaluation day
 * @param asOf          the instant the run evaluated at
 * @param zone          the zone dates and times are shown in
 * @param tiers         every customer's tier on the day, in ID order
 * @param customerNames company names by customer
 * @param findings      every finding stored for the day
 * @param dataSource    the ERP database, for sources that read more; may be {@code null} in tests
 */
public record ReportContext(LocalDate runDate, Instant asOf, ZoneId zone, Map<CustomerId, Tier> tiers,
                            Map<CustomerId, String> customerNames, List<CustomerFinding> findings, DataSource dataSource) {

    public ReportContext {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(zone, "zone");
        tiers = Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        customerNames = Map.copyOf(customerNames);
        findings = List.copyOf(findings);
    }

    /**
     * Loads the report's data for a completed (or partly completed) run.
     *
     * @throws IllegalArgumentException when no run exists for {@code runDate}
     * @throws ErpDataException         on a database error
     */
    public static ReportContext load(DataSource dataSource, LocalDate runDate, ZoneId zone) {
        try (Connection c = dataSource.getConnection()) {
            Instant asOf;
            try (PreparedStatement ps = c.prepareStatement("SELECT as_of FROM policy_run WHERE run_date = ?")) {
                ps.setObject(1, runDate, Types.DATE);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no compliance run for " + runDate + " in the ERP database");
                    }
                    asOf = rs.getObject(1, OffsetDateTime.class).toInstant();
                }
            }
            Map<CustomerId, String> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, name FROM customer")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(CustomerId.of(rs.getString(1)), rs.getString(2));
                    }
                }
            }
            return new ReportContext(runDate, asOf, zone, FindingTable.readTiers(c, runDate), names,
                    FindingTable.read(c, runDate), dataSource);
        } catch (SQLException e) {
            throw new ErpDataException("load the report data for " + runDate, e);
        }
    }

    /** The tier of a customer on the day, if it was classified. */
    public Optional<Tier> tierOf(CustomerId id) {
        return Optional.ofNullable(tiers.get(id));
    }

    /** The company name, or the ID when unknown. */
    public String nameOf(CustomerId id) {
        return customerNames.getOrDefault(id, id.value());
    }
}
