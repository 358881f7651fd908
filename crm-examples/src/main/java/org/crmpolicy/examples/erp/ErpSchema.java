package org.crmpolicy.examples.erp;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The ERP example's database schema, applied with Flyway from {@code db/migration/common} (portable SQL) and
 * {@code db/migration/<vendor>} (what differs: the append-only trigger on complaint events). Works on H2 2.3 and
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
     */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/{vendor}")
                .loggers("slf4j")
                .load()
                .migrate();
        return result.migrationsExecuted;
    }
}
