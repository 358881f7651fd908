package org.crmpolicy.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.crmpolicy.examples.erp.FindingKey;
import org.crmpolicy.finding.Finding;
import org.crmpolicy.finding.RuleId;
import org.crmpolicy.finding.Severity;
import org.junit.jupiter.api.Test;

/** {@link FindingRow}, {@link CustomerRange} and {@link ErpConnection}: what the ERP job moves and ships. */
class FindingRowTest {

    static final LocalDate DAY = LocalDate.of(2025, 11, 24);

    static Finding finding(Instant due, String responsible) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("tier", "KEY");
        evidence.put("lastContact", "2025-09-01");
        evidence.put("alpha", "first by name, last in order");
        return new Finding(RuleId.of("C1"), "C000042", Severity.VIOLATION, "no visit in the quarter", evidence,
                responsible, due);
    }

    @Test
    void aRowGivesBackTheFindingWithItsEvidenceInOrder() {
        Finding f = finding(Instant.parse("2025-12-31T15:59:59.123456789Z"), "AM-7");

        FindingRow row = FindingRow.of(DAY, "C000042", f);

        assertThat(row.finding()).isEqualTo(f);
        assertThat(List.copyOf(row.finding().evidence().keySet())).containsExactly("tier", "lastContact", "alpha");
        assertThat(row.customerFinding().customerId().value()).isEqualTo("C000042");
        assertThat(row.day()).isEqualTo(DAY);
    }

    @Test
    void aRowWithoutDueResponsibleOrEvidenceGivesBackTheSame() {
        Finding f = new Finding(RuleId.of("R6"), "company", Severity.INFO, "m", Map.of(), null, null);

        assertThat(FindingRow.of(DAY, FindingRow.COMPANY, f).finding()).isEqualTo(f);
    }

    @Test
    void theRowsKeyIsTheErpJobsFindingKey() {
        Finding f = finding(null, null);

        assertThat(FindingRow.of(DAY, "C000042", f).key()).isEqualTo(FindingKey.of(DAY, f));
        assertThat(FindingRow.of(DAY.plusDays(1), "C000042", f).key()).isNotEqualTo(FindingKey.of(DAY, f));
    }

    @Test
    void rowsOfTheSameFindingAreEqualAndOfAnotherCustomerAreNot() {
        Finding f = finding(null, "AM-7");

        assertThat(FindingRow.of(DAY, "C1", f)).isEqualTo(FindingRow.of(DAY, "C1", f))
                .hasSameHashCodeAs(FindingRow.of(DAY, "C1", f))
                .isNotEqualTo(FindingRow.of(DAY, "C2", f));
    }

    @Test
    void aRowsTextNamesItsKeyButNotItsMessageOrEvidence() {
        String text = FindingRow.of(DAY, "C000042", finding(null, null)).toString();

        assertThat(text).contains("C1", "C000042", "2025-11-24").doesNotContain("no visit", "2025-09-01");
    }

    @Test
    void rowsAndRangesTravelAsFlinkPojosNotThroughKryo() {
        assertThat(TypeInformation.of(FindingRow.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(CustomerRange.class)).isInstanceOf(PojoTypeInfo.class);
    }

    @Test
    void aRowSurvivesJavaSerialization() throws Exception {
        FindingRow row = FindingRow.of(DAY, "C000042", finding(Instant.parse("2025-12-01T00:00:00Z"), "AM-7"));

        assertThat(roundTrip(row)).isEqualTo(row);
    }

    @Test
    void theConnectionTravelsWithItsPasswordButNeverPrintsIt() throws Exception {
        ErpConnection erp = new ErpConnection("jdbc:postgresql://erp/crm", "crm", "s3cret-pw");

        assertThat(erp.toString()).contains("jdbc:postgresql://erp/crm", "crm").doesNotContain("s3cret-pw");
        assertThat(roundTrip(erp)).isEqualTo(erp);
        assertThat(new ErpConnection("jdbc:h2:mem:x", "sa", "").toString()).doesNotContain("***");
    }

    @Test
    void aConnectionWithoutAJdbcUrlIsRefusedNamingTheUrl() {
        assertThatThrownBy(() -> new ErpConnection("postgresql://erp/crm", "crm", "pw"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url = postgresql://erp/crm");
    }

    @Test
    void idsAreCutIntoRangesOfAtMostTheSizeAskedTheLastOneShorter() {
        List<String> ids = List.of("C1", "C2", "C3", "C4", "C5");

        assertThat(CustomerRange.cut(ids, 2)).containsExactly(new CustomerRange("C1", "C2"),
                new CustomerRange("C3", "C4"), new CustomerRange("C5", "C5"));
        assertThat(CustomerRange.cut(ids, 5)).containsExactly(new CustomerRange("C1", "C5"));
        assertThat(CustomerRange.cut(ids, 6)).containsExactly(new CustomerRange("C1", "C5"));
        assertThat(CustomerRange.cut(ids, 1)).hasSize(5);
        assertThat(CustomerRange.cut(List.of(), 3)).isEmpty();
    }

    @Test
    void aRangeSizeBelowOneOrABackwardRangeIsRefused() {
        assertThatThrownBy(() -> CustomerRange.cut(List.of("C1"), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("perRange");
        assertThatThrownBy(() -> new CustomerRange("C2", "C1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first = C2");
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
