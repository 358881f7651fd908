package org.crmpolicy.examples.flink;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * How the job's tasks reach the ERP database: a JDBC URL, user and password, which is what travels in the job graph
 * (a {@link javax.sql.DataSource} is neither serializable in general nor meant to be opened on the client). Each task
 * opens its own connection through {@link #open()}; the JDBC driver must be on the task managers' class path: the shaded
 * job jar ({@code crm-examples-<version>-flink-job.jar}) leaves the drivers out, so put the driver's jar into
 * Flink's {@code lib/} (or add it to the shade) before submitting the job over the ERP.
 *
 * <p>{@link #toString()} names the URL and user only, never the password. The URL should not carry a password either.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://erp/crm}; not blank
 * @param user     the database user; not {@code null}
 * @param password the password; not {@code null} (may be empty)
 */
public record ErpConnection(String url, String user, String password) implements Serializable {

    public ErpConnection {
        Objects.requireNonNull(url, "url must not be null");
        if (url.isBlank() || !url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("url = " + url + " is not a JDBC URL");
        }
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(password, "password must not be null");
    }

    /** A new connection, auto-commit on; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** URL and user, never the password. */
    @Override
    public String toString() {
        return "ErpConnection[url=" + url + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***") + "]";
    }
}
