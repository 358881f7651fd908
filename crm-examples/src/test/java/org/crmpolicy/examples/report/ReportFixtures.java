package org.crmpolicy.examples.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crmpolicy.customer.CustomerId;
import org.crmpolicy.customer.Tier;
import org.crmpolicy.examples.erp.CustomerFinding;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.rules.CrmPolicy;

/** A small hand-made report context: three customers, one with a hostile name, findings with and without due dates. */
final class ReportFixtures {

    static final LocalDate DAY = LocalDate.of(2025, 11, 24);
    static final Instant AS_OF = Instant.parse("2025-11-24T10:00:00Z");
    static final String HOSTILE_NAME = "<script>alert('x')</script>成都&\"航空\"有限公司";
    static final CustomerId A = CustomerId.of("C001");
    static final CustomerId B = CustomerId.of("C002");
    static final CustomerId C = CustomerId.of("C003");

    private ReportFixtures() {
    }

    static ReportContext context() {
        Map<CustomerId, Tier> tiers = new LinkedHashMap<>();
        tiers.put(A, Tier.KEY);
        tiers.put(B, Tier.GENERAL);
        tiers.put(C, Tier.KEY);
        List<CustomerFinding> findings = List.of(
                new CustomerFinding(A, Finding.violation("T9", "C001", "KEY customer has no dedicated account manager (专人专管)")
                        .withResponsible("SALES_DEPARTMENT")),
                new CustomerFinding(A, Finding.warning("C1", "C001", "quarterly visit due").withResponsible("SALES_DEPARTMENT")
                        .withDue(AS_OF.minusSeconds(60))),
                new CustomerFinding(B, Finding.warning("D1", "C002-TS1", "reply within 24 hours").withResponsible("CUSTOMER_SERVICE")
                        .withDue(AS_OF)),
                new CustomerFinding(B, Finding.info("T6", "C002", "value assessment current")),
                new CustomerFinding(C, Finding.warning("T7", "C003", "=HYPERLINK(\"evil\"), credit \"gate\"")
                        .withResponsible("FINANCE_DEPARTMENT")));
        return new ReportContext(DAY, AS_OF, CrmPolicy.DEFAULT_ZONE, tiers,
                Map.of(A, HOSTILE_NAME, B, "样本客户2有限公司", C, "样本客户3有限公司"), findings, null);
    }
}
