package org.crmpolicy.examples.flink;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.erp.FindingTable;

/**
 * Writes {@link FindingRow}s to the ERP's {@code finding} table, idempotently: in batches of {@link #batchSize()} rows
 * (one transaction each) through {@link FindingTable#insertAbsent}, which skips a row whose key ({@code
 * FindingKey}: run date + rule + subject + message hash, the key of the ERP's own {@code ComplianceJob}) is stored.
 * A re-run, or a task restarted after a failure, therefore writes nothing twice: at-least-once delivery with an
 * idempotent write. Feed it keyed by subject ({@link PortfolioJob#defineErp} does) so that no two writers hold the same
 * key. The {@code written_at} column comes from {@code clock}, the only thing that differs between runs.
 *
 * <p>Counts what it inserted and what it found already stored as the task metrics {@code findingsInserted} and {@code
 * findingsAlreadyStored}.
 */
public final class ErpFindingSink implements Sink<FindingRow> {

    private static final long serialVersionUID = 1L;

    /** Rows per transaction when not given. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final ErpConnection erp;
    private final Clock clock;
    private final int batchSize;

    /**
     * @param clock     for the {@code written_at} bookkeeping column only; serializable (a system or fixed clock)
     * @param batchSize rows per transaction, at least 1
     */
    public ErpFindingSink(ErpConnection erp, Clock clock, int batchSize) {
        this.erp = Objects.requireNonNull(erp, "erp must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Batches of {@link #DEFAULT_BATCH_SIZE}, {@code written_at} from the system clock in UTC. */
    public ErpFindingSink(ErpConnection erp) {
        this(erp, Clock.systemUTC(), DEFAULT_BATCH_SIZE);
    }

    public int batchSize() {
        return batchSize;
    }

    @Override
    public SinkWriter<FindingRow> createWriter(WriterInitContext context) throws IOException {
        try {
            return new Writer(erp.open(), clock, batchSize, context.metricGroup().counter("findingsInserted"),
                    context.metricGroup().counter("findingsAlreadyStored"));
        } catch (SQLException e) {
            throw new ErpDataException("open the ERP connection for the finding sink", e);
        }
    }

    /** One task's writer: holds at most one batch, written when full and whenever Flink flushes (checkpoint, end). */
    static final class Writer implements SinkWriter<FindingRow> {

        private final Connection connection;
        private final Clock clock;
        private final int batchSize;
        private final Counter inserted;
        private final Counter alreadyStored;
        private final List<FindingRow> batch = new ArrayList<>();

        Writer(Connection connection, Clock clock, int batchSize, Counter inserted, Counter alreadyStored)
                throws SQLException {
            this.connection = connection;
            this.clock = clock;
            this.batchSize = batchSize;
            this.inserted = inserted;
            this.alreadyStored = alreadyStored;
            connection.setAutoCommit(false);
        }

        @Override
        public void write(FindingRow row, Context context) {
            batch.add(row);
            if (batch.size() >= batchSize) {
                writeBatch();
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            writeBatch();
        }

        private void writeBatch() {
            if (batch.isEmpty()) {
                return;
            }
            // a batch may span run dates only when the job is given rows of several days: one insert per day
            Map<LocalDate, List<CustomerFinding>> byDay = new TreeMap<>();
            for (FindingRow r : batch) {
                byDay.computeIfAbsent(r.day(), d -> new ArrayList<>()).add(r.customerFinding());
            }
            try {
                int n = 0;
                for (Map.Entry<LocalDate, List<CustomerFinding>> day : byDay.entrySet()) {
                    n += FindingTable.insertAbsent(connection, day.getKey(), day.getValue(), clock.instant());
                }
                connection.commit();
                inserted.inc(n);
                alreadyStored.inc(batch.size() - n);
                batch.clear();
            } catch (SQLException e) {
                try {
                    connection.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw new ErpDataException("write " + batch.size() + " findings", e);
            }
        }

        /** Closes the connection; rows not flushed are not written (Flink flushes before a clean end). */
        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
