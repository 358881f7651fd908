package org.crmpolicy.examples.erp;

import java.sql.SQLException;

/** A database error while reading from or writing to the ERP; wraps the {@link SQLException}. */
public final class ErpDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what  what was being done, e.g. {@code "write findings for chunk 3"}
     * @param cause the database error
     */
    public ErpDataException(String what, SQLException cause) {
        super(what + " failed: " + cause.getMessage(), cause);
    }
}
