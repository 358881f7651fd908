package org.crmpolicy.rules.approvals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crmpolicy.calendar.SupportedRange;
import org.crmpolicy.approval.Approval;
import org.crmpolicy.approval.ApprovalPlan;
import org.crmpolicy.approval.ApproverLevel;
import org.crmpolicy.approval.Arrangement;
import org.crmpolicy.approval.ContractSigning;
import org.crmpolicy.approval.Evidence;
import org.crmpolicy.approval.HostAction;
import org.crmpolicy.approval.QualificationDocument;
import org.crmpolicy.approval.RequiredApproval;
import org.crmpolicy.approval.RequiredDocument;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.approvals.AfterTheAct;
import org.crmpolicy.approval.ContractWindow;
import org.crmpolicy.rules.approvals.DocumentMissing;
import org.crmpolicy.rules.evaluation.EvaluationContext;
import org.crmpolicy.rules.evaluation.FactValidator;
import org.crmpolicy.rules.engine.Facts;
import org.crmpolicy.rules.evaluation.InvalidFactException;
import org.crmpolicy.rules.evaluation.PolicyRuntime;

/**
 * Approvals, required evidence and customer-information rules (A1-A12, T8, I1-I11): what an act needs before it
 * happens, and whether it was done right afterwards. Obtain it from {@link CrmPolicy#approvals()}.
 *
 * <pre>{@code
 * Approvals approvals = CrmPolicy.standard().approvals();
 * ContractSigning signing = ContractSigning.of("HT-2025-0042", customer, Money.cny("1500.00"),
 *         LocalDate.of(2025, 11, 24), List.of(EarlierContract.of("HT-2025-0007", "2500.00", LocalDate.of(2025, 3, 2))));
 * ApprovalPlan plan = approvals.plan(signing);
 * plan.approvals();   // [A1 LEADER_IN_CHARGE: cumulative contract amount ... is 4000.00 CNY ...]
 * List<Finding> afterwards = approvals.check(signing, List.of(Approval.of(signing, ApproverLevel.LEADER_IN_CHARGE,
 *         "EMP-0007", LocalDate.of(2025, 11, 21))), List.of());
 * }</pre>
 *
 * <p>An approval counts for a requirement only when it is for the same act (subject and kind), comes from a level
 * the requirement accepts (a higher body does not stand in for the one named), and was given on or before the day
 * of the act. Thread-safe; every call runs in its own rule session.
 */
public final class Approvals {

    private final PolicyRuntime policy;

    public Approvals(PolicyRuntime policy) {
        this.policy = policy;
        // fail at build time, not at the first evaluation, when a parameter names no known value
        ContractWindow.of(policy.parameters().text("A1.cumulative-window"));
        for (String key : List.of("A1.approver-level", "A8.proposer", "A8.approver", "A9.approver-level")) {
            level(key);
        }
    }

    /**
     * What {@code action} needs before it happens, with nothing on file: every required document is missing.
     *
     * @throws NullPointerException     when action is null
     * @throws InvalidFactException     when a customer in the action is invalid (every bad field named)
     */
    public ApprovalPlan plan(HostAction action) {
        return plan(action, List.of());
    }

    /**
     * What {@code action} needs before it happens, given what is on file: the approvals to obtain, the documents
     * still missing, the arrangements to make and any refusal (a VIOLATION finding).
     *
     * @param onFile documents, commitments and other evidence the host holds; not null, no null elements
     * @throws NullPointerException naming the argument when action, onFile or an element is null
     * @throws InvalidFactException when a customer in the action is invalid
     */
    public ApprovalPlan plan(HostAction action, Collection<? extends Evidence> onFile) {
        validate(action, List.of(), onFile);
        Facts facts = evaluate(action, List.of(), onFile, false);
        List<RequiredApproval> approvals = requiredApprovals(facts, action);
        List<QualificationDocument> required = facts.ofType(RequiredDocument.class).stream()
                .filter(d -> d.subjectId().equals(action.subjectId())).map(RequiredDocument::document)
                .distinct().sorted().toList();
        List<QualificationDocument> missing = facts.ofType(DocumentMissing.class).stream()
                .filter(d -> d.subjectId().equals(action.subjectId())).map(DocumentMissing::document)
                .distinct().sorted().toList();
        List<Arrangement> arrangements = facts.ofType(Arrangement.class).stream()
                .filter(a -> a.subjectId().equals(action.subjectId())).distinct()
                .sorted(Comparator.comparing(Arrangement::ruleId).thenComparing(Arrangement::task)
                        .thenComparing(Arrangement::by))
                .toList();
        return new ApprovalPlan(action.subjectId(), action.kind(), approvals, required, missing, arrangements,
                findings(facts, action));
    }

    /**
     * Whether {@code action}, which happened, was done right: a VIOLATION for every required approval not granted
     * (from an accepted level, on or before the act), an INFO for every one that was, and the findings of the rules
     * that judge the records kept (A2 documents at signing, I4 access log, I5 destruction record, I9 breach handling,
     * I10 update log) or refuse the act itself (T8, I1, I6, I7, I8, I11).
     *
     * @param approvalsGranted every approval the host holds; approvals for other acts are ignored
     * @param onFile           documents and records the host holds
     * @return the findings, sorted by rule ID, severity (violations first) and message; empty when nothing applies
     * @throws NullPointerException naming the argument when any argument or element is null
     * @throws InvalidFactException when a customer in the action is invalid
     */
    public List<Finding> check(HostAction action, Collection<Approval> approvalsGranted,
                               Collection<? extends Evidence> onFile) {
        validate(action, approvalsGranted, onFile);
        Facts facts = evaluate(action, approvalsGranted, onFile, true);
        List<Finding> findings = new ArrayList<>(findings(facts, action));
        for (RequiredApproval required : requiredApprovals(facts, action)) {
            findings.add(judge(required, action, approvalsGranted));
        }
        findings.sort(FINDING_ORDER);
        return List.copyOf(findings);
    }

    private static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::ruleId)
            .thenComparing(Finding::severity, Comparator.reverseOrder()).thenComparing(Finding::message);

    private static Finding judge(RequiredApproval required, HostAction action, Collection<Approval> granted) {
        for (Approval a : granted) {
            if (required.isSatisfiedBy(a, action)) {
                return Finding.info(required.ruleId().value(), action.subjectId(), "approved by " + a.level() + " ("
                                + a.approverId() + ") on " + a.approvedOn() + ": " + required.reason())
                        .withEvidence("level", a.level()).withEvidence("approvedOn", a.approvedOn());
            }
        }
        Finding missing = Finding.violation(required.ruleId().value(), action.subjectId(), action.kind() + " "
                        + action.subjectId() + " on " + action.on() + " without the approval of "
                        + String.join(" or ", required.acceptedLevels().stream().map(Enum::name).toList()) + ": "
                        + required.reason())
                .withEvidence("required", required.acceptedLevels())
                .withResponsible(required.level().name());
        int n = 0;
        for (Approval a : granted) {
            if (a.isFor(action)) {
                String why = !required.acceptedLevels().contains(a.level()) ? "wrong level " + a.level()
                        : "given on " + a.approvedOn() + ", after the act";
                missing = missing.withEvidence("not counted " + ++n, why + " (" + a.approverId() + ")");
            }
        }
        return missing;
    }

    private List<RequiredApproval> requiredApprovals(Facts facts, HostAction action) {
        return facts.ofType(RequiredApproval.class).stream()
                .filter(r -> r.subjectId().equals(action.subjectId())).distinct()
                .sorted(Comparator.comparing(RequiredApproval::ruleId).thenComparing(RequiredApproval::level)
                        .thenComparing(RequiredApproval::reason))
                .toList();
    }

    private static List<Finding> findings(Facts facts, HostAction action) {
        return facts.ofType(Finding.class).stream()
                .filter(f -> f.subjectId().equals(action.subjectId()))
                .distinct().sorted(FINDING_ORDER).toList();
    }

    private Facts evaluate(HostAction action, Collection<Approval> approvals, Collection<? extends Evidence> onFile,
                           boolean afterTheAct) {
        Instant asOf = action.on().atStartOfDay(policy.zone()).toInstant();
        return policy.ruleBase().evaluate(insert -> {
            insert.accept(policy.parameters());
            insert.accept(new EvaluationContext(asOf, policy.zone()));
            insert.accept(action);
            approvals.forEach(insert);
            onFile.forEach(insert);
            if (afterTheAct) {
                insert.accept(new AfterTheAct(action.subjectId()));
            }
        });
    }

    private static void validate(HostAction action, Collection<Approval> approvals, Collection<? extends Evidence> onFile) {
        Objects.requireNonNull(action, "action must not be null");
        SupportedRange.requireDate(action.on(), action.kind() + " " + action.subjectId() + " on");
        Objects.requireNonNull(approvals, "approvalsGranted must not be null");
        Objects.requireNonNull(onFile, "evidence on file must not be null");
        int i = 0;
        for (Approval a : approvals) {
            Objects.requireNonNull(a, "approvalsGranted[" + i++ + "] must not be null");
        }
        i = 0;
        for (Evidence e : onFile) {
            Objects.requireNonNull(e, "evidence on file [" + i++ + "] must not be null");
        }
        if (action instanceof ContractSigning s) {
            FactValidator.require(s.customer(), "contract " + s.contractId() + " customer " + s.customerId());
        }
    }

    private ApproverLevel level(String key) {
        String value = policy.parameters().text(key);
        try {
            return ApproverLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy parameter '" + key + "' is '" + value + "'; expected one of "
                    + java.util.Arrays.toString(ApproverLevel.values()), e);
        }
    }
}
