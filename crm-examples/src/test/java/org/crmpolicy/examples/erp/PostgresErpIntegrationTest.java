package org.crmpolicy.examples.erp;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same ERP integration code on a real PostgreSQL 17 server that the test starts itself (zonky embedded
 * PostgreSQL, linux-amd64 binaries from Maven Central); one server per class, one new database per test.
 */
class PostgresErpIntegrationTest extends ErpIntegrationContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startPostgres() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    @Override
    DataSource freshDatabase() throws SQLException {
        String name = "erp_" + DATABASES.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
        }
        DataSource ds = server.getDatabase("postgres", name);
        ErpSchema.migrate(ds);
        return ds;
    }
}
