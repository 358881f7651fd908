package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The sample generators' batch insert: one statement, one row per array, values bound by their Java type. */
final class SampleRows {

    private SampleRows() {
    }

    /**
     * Inserts {@code rows} with {@code sql} in one batch, then clears them. An {@link Instant} or {@link OffsetDateTime}
     * binds as {@code TIMESTAMP WITH TIME ZONE} (UTC), a {@link LocalDate} as {@code DATE}, a {@link Boolean} and an
     * {@link Integer} and a {@link java.math.BigDecimal} as themselves, {@code null} as SQL NULL, anything else as its string.
     */
    static void insert(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object v = row[i];
                    if (v instanceof Instant t) {
                        ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                    } else if (v instanceof OffsetDateTime t) {
                        ps.setObject(i + 1, t, Types.TIMESTAMP_WITH_TIMEZONE);
                    } else if (v instanceof LocalDate d) {
                        ps.setObject(i + 1, d, Types.DATE);
                    } else if (v instanceof Boolean b) {
                        ps.setBoolean(i + 1, b);
                    } else if (v instanceof Integer n) {
                        ps.setInt(i + 1, n);
                    } else if (v instanceof java.math.BigDecimal n) {
                        ps.setBigDecimal(i + 1, n);
                    } else if (v == null) {
                        ps.setNull(i + 1, Types.NULL);
                    } else {
                        ps.setString(i + 1, v.toString());
                    }
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
        rows.clear();
    }
}
