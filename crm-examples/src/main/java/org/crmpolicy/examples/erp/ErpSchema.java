package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The ERP example's database schema, applied with Flyway from {@code db/migration/common} (portable SQL) and
 * {@code db/migration/h2} or {@code db/migration/postgresql} (what differs: the append-only trigger on complaint events). Works on H2 2.3 and
 * PostgreSQL; see docs/erp-integration.md. Thread-safe: holds nothing.
 */
public final class ErpSchema {

    private ErpSchema() {
    }

    /**
     * Brings the database up to the latest schema version; does nothing when it already is.
     *
     * @param dataSource the ERP database, not {@code null}
     * @return the number of migrations applied by this call
     * @throws IllegalArgumentException when the database is neither H2 nor PostgreSQL
     */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .loggers("slf4j")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }

    /** {@code h2} or {@code postgresql}: the folder of the vendor-specific migrations. */
    static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("h2")) {
                return "h2";
            }
            if (product.contains("postgres")) {
                return "postgresql";
            }
            throw new IllegalArgumentException("database '" + product + "' is not supported: expected H2 or PostgreSQL");
        } catch (SQLException e) {
            throw new ErpDataException("read the database product name", e);
        }
    }
}
