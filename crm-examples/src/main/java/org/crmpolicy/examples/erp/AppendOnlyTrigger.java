package org.crmpolicy.examples.erp;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE on {@code complaint_event} (P5: a complaint's history is never
 * changed or lost). Installed by migration V2 for H2; PostgreSQL uses a PL/pgSQL trigger with the same meaning.
 */
public final class AppendOnlyTrigger implements Trigger {

    private String table = "complaint_event";

    /** Called by H2 when the trigger is created. */
    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    /** Refuses the change. */
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only (P5): " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
    }
}
