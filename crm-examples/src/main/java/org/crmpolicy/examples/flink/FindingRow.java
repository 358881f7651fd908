package org.crmpolicy.examples.flink;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.examples.erp.FindingKey;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;

/**
 * One row of the ERP's {@code finding} table on its way to {@link ErpFindingSink}: the run date, the customer it is
 * stored under ({@link #COMPANY} for a company-wide finding) and the finding's fields, evidence in its order. A Flink
 * POJO (public fields of basic types and string arrays, no-argument constructor), so Flink moves it without Kryo.
 * {@link #toString()} names the key only: a message or evidence value is not for logs.
 */
public class FindingRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The {@code customer_id} a company-wide finding (C4, C8, C10, R2, R4, R6 decisions) is stored under: the ERP job's
     * {@link org.crmpolicy.examples.erp.CustomerFinding#COMPANY}, so both jobs' company findings read the same.
     */
    public static final String COMPANY = org.crmpolicy.examples.erp.CustomerFinding.COMPANY.value();

    /** ISO day, e.g. {@code 2025-11-24}. */
    public String runDate;
    public String customerId;
    public String ruleId;
    public String subjectId;
    public String severity;
    public String message;
    public String[] evidenceNames;
    public String[] evidenceValues;
    public String responsible;
    /** ISO instant, or {@code null}. */
    public String due;

    public FindingRow() {
    }

    /** The row of {@code finding} stored for {@code customerId} (or {@link #COMPANY}) on {@code runDate}. */
    public static FindingRow of(LocalDate runDate, String customerId, Finding finding) {
        Objects.requireNonNull(runDate, "runDate must not be null");
        Objects.requireNonNull(customerId, "customerId must not be null");
        FindingRow r = new FindingRow();
        r.runDate = runDate.toString();
        r.customerId = customerId;
        r.ruleId = finding.ruleId().value();
        r.subjectId = finding.subjectId();
        r.severity = finding.severity().name();
        r.message = finding.message();
        int n = finding.evidence().size();
        r.evidenceNames = new String[n];
        r.evidenceValues = new String[n];
        int i = 0;
        for (Map.Entry<String, String> e : finding.evidence().entrySet()) {
            r.evidenceNames[i] = e.getKey();
            r.evidenceValues[i] = e.getValue();
            i++;
        }
        r.responsible = finding.responsible();
        r.due = finding.due() == null ? null : finding.due().toString();
        return r;
    }

    public LocalDate day() {
        return LocalDate.parse(runDate);
    }

    /** The finding again, evidence in its order. */
    public Finding finding() {
        Map<String, String> evidence = new LinkedHashMap<>();
        for (int i = 0; i < evidenceNames.length; i++) {
            evidence.put(evidenceNames[i], evidenceValues[i]);
        }
        return new Finding(RuleId.of(ruleId), subjectId, Severity.valueOf(severity), message, evidence, responsible,
                due == null ? null : Instant.parse(due));
    }

    /** The finding with the customer it is stored under, as {@code FindingTable} writes it. */
    public CustomerFinding customerFinding() {
        return new CustomerFinding(CustomerId.of(customerId), finding());
    }

    /** The primary key of the row: the ERP job's {@link FindingKey}. */
    public FindingKey key() {
        return new FindingKey(day(), RuleId.of(ruleId), subjectId, FindingKey.hash(message));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FindingRow r && Objects.equals(runDate, r.runDate) && Objects.equals(customerId, r.customerId)
                && Objects.equals(ruleId, r.ruleId) && Objects.equals(subjectId, r.subjectId)
                && Objects.equals(severity, r.severity) && Objects.equals(message, r.message)
                && Arrays.equals(evidenceNames, r.evidenceNames) && Arrays.equals(evidenceValues, r.evidenceValues)
                && Objects.equals(responsible, r.responsible) && Objects.equals(due, r.due);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runDate, customerId, ruleId, subjectId, message);
    }

    /** The key fields only: no message, no evidence. */
    @Override
    public String toString() {
        return "FindingRow[" + runDate + ", " + ruleId + ", subject=" + subjectId + ", customer=" + customerId + "]";
    }
}
