package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.flink.metrics.SimpleCounter;
import org.crmpolicy.examples.erp.ErpDatabases;
import org.crmpolicy.examples.erp.ErpSchema;
import org.crmpolicy.examples.erp.ErpFixtures;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;

/** {@link ErpFindingSink}'s writer on H2: batches of the size asked, the rest on flush, a replay inserts nothing. */
class ErpFindingSinkTest {

    static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-24T12:00:00Z"), ZoneOffset.UTC);

    static ErpConnection freshErp(String name) {
        DataSource ds = ErpDatabases.h2InMemory(name);
        ErpSchema.migrate(ds);
        return new ErpConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    static List<FindingRow> rows(int n) {
        List<FindingRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(FindingRow.of(DAY, "C" + i, new Finding(RuleId.of("C1"), "C" + i, Severity.WARNING,
                    "message " + i, Map.of("n", String.valueOf(i)), null, null)));
        }
        return rows;
    }

    static long stored(String name) throws Exception {
        return ErpFixtures.count(ErpDatabases.h2InMemory(name), "SELECT COUNT(*) FROM finding WHERE run_date = ?", DAY);
    }

    @Test
    void rowsAreWrittenInBatchesOfTheSizeAskedAndTheRestWhenFlushed() throws Exception {
        ErpConnection erp = freshErp("sink-batches");
        SimpleCounter inserted = new SimpleCounter();
        try (ErpFindingSink.Writer writer = new ErpFindingSink.Writer(erp.open(), CLOCK, 2, inserted,
                new SimpleCounter())) {
            for (FindingRow r : rows(5)) {
                writer.write(r, null);
            }
            assertThat(stored("sink-batches")).isEqualTo(4);

            writer.flush(true);
        }
        assertThat(stored("sink-batches")).isEqualTo(5);
        assertThat(inserted.getCount()).isEqualTo(5);
    }

    @Test
    void aWriterReplayingRowsAlreadyStoredInsertsNothingAndCountsThemAsStored() throws Exception {
        ErpConnection erp = freshErp("sink-replay");
        try (ErpFindingSink.Writer first = new ErpFindingSink.Writer(erp.open(), CLOCK, 500, new SimpleCounter(),
                new SimpleCounter())) {
            for (FindingRow r : rows(3)) {
                first.write(r, null);
            }
            first.flush(true);
        }
        SimpleCounter inserted = new SimpleCounter();
        SimpleCounter already = new SimpleCounter();

        try (ErpFindingSink.Writer replay = new ErpFindingSink.Writer(erp.open(), CLOCK, 500, inserted, already)) {
            for (FindingRow r : rows(4)) {
                replay.write(r, null);
            }
            replay.flush(true);
        }

        assertThat(stored("sink-replay")).isEqualTo(4);
        assertThat(inserted.getCount()).isEqualTo(1);
        assertThat(already.getCount()).isEqualTo(3);
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        ErpConnection erp = new ErpConnection("jdbc:h2:mem:unused", "sa", "");

        assertThatThrownBy(() -> new ErpFindingSink(erp, CLOCK, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batchSize must be >= 1, got 0");
        assertThat(new ErpFindingSink(erp, CLOCK, 1).batchSize()).isEqualTo(1);
    }
}
