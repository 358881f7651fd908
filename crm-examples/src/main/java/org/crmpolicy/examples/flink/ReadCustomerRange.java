package org.crmpolicy.examples.flink;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.crmpolicy.contact.Contact;
import org.crmpolicy.contact.CustomerEvent;
import org.crmpolicy.customer.Customer;
import org.crmpolicy.examples.erp.CustomerTable;
import org.crmpolicy.examples.erp.ErpContactLog;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.erp.FieldCipher;

/**
 * Reads one {@link CustomerRange} out of the ERP database: its customers with their contact persons ({@link
 * CustomerTable#readRange}, decrypted with {@link FieldCipher#fromEnvironment()} on the task manager), their contacts
 * and purchases up to {@code asOf} ({@link ErpContactLog}), the same rows and mapping the ERP's {@code ComplianceJob}
 * reads. Emits them as the {@link PortfolioLine}s the file source makes, so the job keys them by customer and evaluates
 * them exactly as it does the files. Each task opens one read-only connection in {@link #open} and closes it in
 * {@link #close}.
 */
public class ReadCustomerRange extends RichFlatMapFunction<CustomerRange, PortfolioLine> {

    private static final long serialVersionUID = 1L;
    private static final int FETCH_SIZE = 500;

    private final ErpConnection erp;
    private final Instant asOf;
    private transient Connection connection;
    private transient FieldCipher cipher;

    public ReadCustomerRange(ErpConnection erp, Instant asOf) {
        this.erp = Objects.requireNonNull(erp, "erp must not be null");
        this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
    }

    @Override
    public void open(OpenContext context) throws SQLException {
        cipher = FieldCipher.fromEnvironment();
        connection = erp.open();
        connection.setReadOnly(true);
    }

    @Override
    public void flatMap(CustomerRange range, Collector<PortfolioLine> out) {
        try {
            for (Customer c : CustomerTable.readRange(connection, range.first, range.last, FETCH_SIZE, cipher)) {
                out.collect(new PortfolioLine(PortfolioLine.CUSTOMER, PortfolioFiles.customerLine(c)));
            }
            for (Contact c : ErpContactLog.contacts(connection, range.first, range.last, asOf)) {
                out.collect(new PortfolioLine(PortfolioLine.CONTACT, PortfolioFiles.contactLine(c)));
            }
            for (CustomerEvent e : ErpContactLog.events(connection, range.first, range.last, asOf)) {
                out.collect(new PortfolioLine(PortfolioLine.EVENT, PortfolioFiles.eventLine(e)));
            }
        } catch (SQLException e) {
            throw new ErpDataException("read customers " + range.first + ".." + range.last, e);
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
