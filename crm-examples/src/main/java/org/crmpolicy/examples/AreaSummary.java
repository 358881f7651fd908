package org.crmpolicy.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.crmpolicy.examples.erp.ErpDataException;
import org.crmpolicy.examples.report.MetricsSource;
import org.crmpolicy.metric.Indicator;
import org.crmpolicy.finding.Severity;

/**
 * The console block per policy area of a stored run: findings per rule and severity, read back from the
 * {@code finding} table, split by what the finding is about — a complaint (complaints area), a contract (approvals
 * area), a visit, customer event or plan (receptions, events and plans area), an act on customer information
 * (collection, use, destruction, update, breach), a customer's contact obligations (C, R), the company's periodic
 * reports, the company-wide contact duties, the company's policy revisions or the customer itself (tiering and
 * customer rules) — then the metrics. Stateless.
 */
final class AreaSummary {

    /** The response-deadline rules the deadlines area reports (their subjects are inquiries, contracts, installments). */
    private static final String DEADLINE_RULES = "f.rule_id IN ('D1', 'D2', 'D3', 'D4', 'D8', 'D9', 'D14')";
    /**
     * The subjects of the customer-information area: collections, uses, destructions and updates of customer
     * information and data breaches.
     */
    private static final String INFORMATION_ACTS = "f.subject_id IN (SELECT collection_id FROM info_collection"
            + " UNION SELECT use_id FROM info_use UNION SELECT destruction_id FROM info_destruction"
            + " UNION SELECT update_id FROM info_update UNION SELECT breach_id FROM info_breach)";
    /** The service-request area's findings (P10, and D4 of its requests): their subjects are service requests. */
    private static final String SERVICE_REQUEST = "f.subject_id IN (SELECT request_id FROM service_request)";
    /**
     * The company's own duties, stored with the customer column COMPANY: periodic reports, company-wide contacts and
     * policy revisions.
     */
    private static final String COMPANY = "f.customer_id = 'COMPANY'";
    /** The policy-revisions area's findings (A8): their subjects are the company's revisions of the policy. */
    private static final String POLICY_REVISIONS = "f.subject_id IN (SELECT revision_id FROM policy_revision)";
    /** The contact and revisit rules (C, R). */
    private static final String CONTACT_RULES = "(f.rule_id LIKE 'C%' OR f.rule_id LIKE 'R%')";
    /** The receptions, events and plans area's findings (A4-A6, A10-A12): their subjects are those acts. */
    private static final String APPROVAL_ACTS = "f.subject_id IN (SELECT visit_id FROM visit_reception"
            + " UNION SELECT event_id FROM event_attendance UNION SELECT plan_id FROM revisit_plan"
            + " UNION SELECT plan_id FROM customer_plan)";
    private static final String NOT_COMPLAINT_NOR_DEADLINE = "f.subject_id NOT IN (SELECT complaint_id FROM complaint)"
            + " AND NOT " + COMPANY + " AND NOT " + DEADLINE_RULES + " AND NOT " + INFORMATION_ACTS
            + " AND NOT " + SERVICE_REQUEST + " AND NOT " + APPROVAL_ACTS;

    private static final String[][] AREAS = {
            {"Complaints (P, D5-D7, D10, R1, R7, R8, A7)", "f.subject_id IN (SELECT complaint_id FROM complaint)"},
            {"Response deadlines (D1-D4, D8, D9, D14)", "f.subject_id NOT IN (SELECT complaint_id FROM complaint)"
                    + " AND NOT " + COMPANY + " AND NOT " + SERVICE_REQUEST + " AND " + DEADLINE_RULES},
            {"Service requests (P10, D2, D4)", SERVICE_REQUEST},
            {"Periodic reports of the company (D11-D13, D15, D16)", COMPANY + " AND NOT " + CONTACT_RULES
                    + " AND NOT " + POLICY_REVISIONS},
            {"Company-wide contact duties (C4, C8, C10, R2, R4, R6)", COMPANY + " AND " + CONTACT_RULES},
            {"Policy revisions of the company (A8)", COMPANY + " AND " + POLICY_REVISIONS},
            {"Customer information (I1, I4-I6, I8-I11, A9)", INFORMATION_ACTS},
            {"Receptions, events and plans (A4-A6, A10-A12)", APPROVAL_ACTS},
            {"Approvals of contracts (A1, A2)", NOT_COMPLAINT_NOR_DEADLINE
                    + " AND f.subject_id IN (SELECT contract_no FROM contract)"},
            {"Contact obligations (C, R)", NOT_COMPLAINT_NOR_DEADLINE
                    + " AND f.subject_id NOT IN (SELECT contract_no FROM contract)"
                    + " AND " + CONTACT_RULES},
            {"Customers (T and other customer rules)", NOT_COMPLAINT_NOR_DEADLINE
                    + " AND f.subject_id NOT IN (SELECT contract_no FROM contract)"
                    + " AND f.rule_id NOT LIKE 'C%' AND f.rule_id NOT LIKE 'R%'"}};

    private AreaSummary() {
    }

    static void print(DataSource erp, LocalDate day, List<Indicator> metrics, PrintStream out) {
        try (Connection c = erp.getConnection()) {
            for (String[] area : AREAS) {
                Map<String, Map<Severity, Long>> perRule = new TreeMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT f.rule_id, f.severity, COUNT(*) FROM finding f"
                        + " WHERE f.run_date = ? AND " + area[1] + " GROUP BY f.rule_id, f.severity")) {
                    ps.setObject(1, day, Types.DATE);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            perRule.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Severity.class))
                                    .put(Severity.valueOf(rs.getString(2)), rs.getLong(3));
                        }
                    }
                }
                out.println(area[0] + ": findings stored for " + day);
                out.println("  rule        INFO  WARNING  VIOLATION");
                long[] total = new long[3];
                perRule.forEach((rule, s) -> {
                    long i = s.getOrDefault(Severity.INFO, 0L);
                    long w = s.getOrDefault(Severity.WARNING, 0L);
                    long v = s.getOrDefault(Severity.VIOLATION, 0L);
                    total[0] += i;
                    total[1] += w;
                    total[2] += v;
                    out.printf("  %-8s %7d  %7d  %9d%n", rule, i, w, v);
                });
                out.printf("  %-8s %7d  %7d  %9d%n%n", "total", total[0], total[1], total[2]);
            }
        } catch (SQLException e) {
            throw new ErpDataException("summarise the findings of " + day, e);
        }
        out.println("Metrics (M1/M2)");
        for (Indicator m : MetricsSource.shown(metrics)) {
            out.printf("  %-2s %-48s %18s  (%s / %s)  %s%n", m.ruleId().value(), m.name(), MetricsSource.value(m),
                    MetricsSource.count(m.numerator()), MetricsSource.count(m.denominator()), MetricsSource.definition(m));
        }
        MetricsSource.csatNote(metrics).ifPresent(note -> out.println("  (" + note + ")"));
        out.println();
    }
}
