package org.crmpolicy.examples.erp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;

/**
 * The natural key of a stored finding: run date + rule + subject + SHA-256 of the message (the primary key of the
 * {@code finding} table). The same policy on the same data gives the same findings and therefore the same keys,
 * so writing a finding whose key is present is skipped: a re-run writes nothing new.
 *
 * @param runDate     the evaluation day
 * @param ruleId      the catalogue rule
 * @param subjectId   what the finding is about
 * @param messageHash lower-case hex SHA-256 of the message's UTF-8 bytes (64 characters)
 */
public record FindingKey(LocalDate runDate, RuleId ruleId, String subjectId, String messageHash) {

    public FindingKey {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(messageHash, "messageHash");
    }

    /** The key of {@code finding} when written for {@code runDate}. */
    public static FindingKey of(LocalDate runDate, Finding finding) {
        return new FindingKey(runDate, finding.ruleId(), finding.subjectId(), hash(finding.message()));
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
