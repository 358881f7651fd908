package org.crmpolicy.examples.erp;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Data sources for the ERP example. Stateless. */
public final class ErpDatabases {

    private ErpDatabases() {
    }

    /**
     * An embedded H2 database in a file ({@code <file>.mv.db}), created on first use. Several connections may be
     * open at once (the job reads on one and writes on another).
     *
     * @param file the database file without its {@code .mv.db} extension
     */
    public static DataSource h2File(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_DELAY=0");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /**
     * A private in-memory H2 database that lives while the JVM does; for tests and demos.
     *
     * @param name a name unique within the JVM
     */
    public static DataSource h2InMemory(String name) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
