package org.crmpolicy.information;

/** Where customer data is written (I7). */
public enum ExportKind {
    /** A file export (spreadsheet, CSV, report). */
    FILE_EXPORT,
    /** A storage configuration (database, backup). */
    STORAGE_CONFIGURATION,
    /** A transmission to another system. */
    TRANSMISSION
}
