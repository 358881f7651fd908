package org.crmpolicy.approval;

/**
 * Something on file that a rule looks for before or after an act: a qualification document, an access-log entry,
 * a destruction record, a confidentiality commitment. Implementations are immutable records without personal data
 * in {@code toString()}.
 */
public interface Evidence {
}
