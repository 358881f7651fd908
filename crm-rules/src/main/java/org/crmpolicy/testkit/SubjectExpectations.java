package org.crmpolicy.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * Expectations about the findings one subject (a customer, a complaint) received, shared by every area of the
 * kit. An area's expectations extend it and add their own words ({@code isIn(Tier.KEY)}, {@code is(OVERDUE)}).
 * Failure messages name the rule, the subject, the evaluation time and every finding the subject did get.
 *
 * @param <S> the concrete expectations type, returned by every method for chaining
 */
public abstract class SubjectExpectations<S extends SubjectExpectations<S>> {

    private final String subjectKind;
    private final String subjectId;
    private final List<Finding> findings;
    private final PolicyScenario.Given given;

    /**
     * @param subjectKind how to name the subject in messages, e.g. {@code customer}
     * @param subjectId   its ID
     * @param findings    every finding the area produced about it
     * @param given       the scenario, for the time in messages
     */
    protected SubjectExpectations(String subjectKind, String subjectId, List<Finding> findings,
                                  PolicyScenario.Given given) {
        this.subjectKind = Objects.requireNonNull(subjectKind, "subjectKind");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.findings = List.copyOf(findings);
        this.given = Objects.requireNonNull(given, "given");
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Rule {@code ruleId} produced at least one finding of {@code severity} for this subject. */
    public S hasFinding(String ruleId, Severity severity) {
        RuleId id = RuleId.of(ruleId);
        Objects.requireNonNull(severity, "severity");
        if (findings.stream().noneMatch(f -> f.ruleId().equals(id) && f.severity() == severity)) {
            List<Finding> same = findings.stream().filter(f -> f.ruleId().equals(id)).toList();
            fail("rule " + id + " should have produced a " + severity + " finding for " + subject() + " " + given.when()
                    + ", but " + (same.isEmpty() ? "it produced none" : "it produced only " + describe(same))
                    + ". " + context());
        }
        return self();
    }

    /** Rule {@code ruleId} produced a finding of {@code severity} for this subject whose message contains {@code text}. */
    public S hasFinding(String ruleId, Severity severity, String text) {
        hasFinding(ruleId, severity);
        RuleId id = RuleId.of(ruleId);
        if (findings.stream().noneMatch(f -> f.ruleId().equals(id) && f.severity() == severity
                && f.message().contains(text))) {
            fail("rule " + id + " produced a " + severity + " finding for " + subject() + " " + given.when()
                    + ", but none saying \"" + text + "\". " + context());
        }
        return self();
    }

    /** Rule {@code ruleId} produced no finding at all for this subject. */
    public S hasNoFinding(String ruleId) {
        RuleId id = RuleId.of(ruleId);
        List<Finding> same = findings.stream().filter(f -> f.ruleId().equals(id)).toList();
        if (!same.isEmpty()) {
            fail("rule " + id + " should have produced no finding for " + subject() + " " + given.when()
                    + ", but it produced " + describe(same) + ". " + context());
        }
        return self();
    }

    /** No rule produced a VIOLATION for this subject. */
    public S hasNoViolations() {
        List<Finding> violations = findings.stream().filter(Finding::isViolation).toList();
        if (!violations.isEmpty()) {
            fail(subject() + " should have no violations " + given.when() + ", but has " + describe(violations)
                    + ". " + context());
        }
        return self();
    }

    /** Every finding about this subject, for checks the kit does not word. */
    public List<Finding> findings() {
        return findings;
    }

    /** {@code customer C-1}. */
    protected final String subject() {
        return subjectKind + " " + subjectId;
    }

    protected final PolicyScenario.Given given() {
        return given;
    }

    /** What else the area knows about the subject, appended to every failure (e.g. the tier and why). */
    protected String context() {
        return "Findings for " + subject() + ": " + (findings.isEmpty() ? "none" : describe(findings)) + ".";
    }

    /** Throws the kit's assertion error. */
    protected final void fail(String message) {
        throw new AssertionError(message);
    }

    /** {@code [T9 VIOLATION "KEY customer has no ..."]}. */
    protected static String describe(List<Finding> list) {
        return list.stream().map(f -> f.ruleId() + " " + f.severity() + " \"" + f.message() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
