package org.crmpolicy.finding;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The common shape of every decision and violation the library returns: which catalogue rule, about which
 * subject, how serious, what it means, and the evidence it rests on. A business "no" (an obligation overdue, an
 * approval missing) is a finding, never an exception.
 *
 * <p>Findings are immutable values. The evidence map keeps insertion order and never holds personal data (I3).
 *
 * @param ruleId      the catalogue rule that produced it
 * @param subjectId   what it is about: a customer ID, a complaint ID, a contract number; never personal data
 * @param severity    INFO, WARNING or VIOLATION
 * @param message     one sentence a manager understands
 * @param evidence    the facts the finding rests on, by name, in a stable order
 * @param responsible who should act (a role or unit, e.g. {@code BU_HEAD}); {@code null} when nobody needs to
 * @param due         by when they should act; {@code null} when there is no deadline
 */
public record Finding(
        RuleId ruleId,
        String subjectId,
        Severity severity,
        String message,
        Map<String, String> evidence,
        String responsible,
        Instant due) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        evidence = evidence == null ? FindingEvidence.EMPTY : FindingEvidence.of(evidence);
    }

    public static Finding of(String ruleId, String subjectId, Severity severity, String message) {
        return new Finding(RuleId.of(ruleId), subjectId, severity, message, Map.of(), null, null);
    }

    public static Finding info(String ruleId, String subjectId, String message) {
        return of(ruleId, subjectId, Severity.INFO, message);
    }

    public static Finding warning(String ruleId, String subjectId, String message) {
        return of(ruleId, subjectId, Severity.WARNING, message);
    }

    public static Finding violation(String ruleId, String subjectId, String message) {
        return of(ruleId, subjectId, Severity.VIOLATION, message);
    }

    /** A copy with one more piece of evidence (a later value for the same name replaces the earlier one). */
    public Finding withEvidence(String name, Object value) {
        FindingEvidence more = ((FindingEvidence) evidence).with(Objects.requireNonNull(name, "evidence name"), String.valueOf(value));
        return new Finding(ruleId, subjectId, severity, message, more, responsible, due);
    }

    public Finding withResponsible(String who) {
        return new Finding(ruleId, subjectId, severity, message, evidence, who, due);
    }

    public Finding withDue(Instant by) {
        return new Finding(ruleId, subjectId, severity, message, evidence, responsible, by);
    }

    public boolean isViolation() {
        return severity == Severity.VIOLATION;
    }

    /**
     * The compact form the README shows: rule ID, severity and message, e.g. {@code T9 VIOLATION KEY customer has no
     * dedicated account manager}. The subject, evidence, responsible and due are the record's fields; the message never
     * holds personal data (I3), so neither does this.
     */
    @Override
    public String toString() {
        return ruleId + " " + severity + " " + message;
    }
}
