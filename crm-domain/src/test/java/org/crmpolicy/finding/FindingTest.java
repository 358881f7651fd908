package org.crmpolicy.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void aFindingNamesItsRuleSubjectAndSeverity() {
        Finding f = Finding.violation("T9", "C-1", "KEY customer has no dedicated account manager");

        assertThat(f.ruleId()).isEqualTo(RuleId.of("T9"));
        assertThat(f.subjectId()).isEqualTo("C-1");
        assertThat(f.isViolation()).isTrue();
        assertThat(f.evidence()).isEmpty();
    }

    @Test
    void aFindingPrintsAsTheReadmeShowsIt() {
        Finding f = Finding.violation("T9", "C-1", "KEY customer has no dedicated account manager")
                .withEvidence("tier", "KEY").withResponsible("BU_HEAD").withDue(Instant.parse("2025-11-23T15:59:00Z"));

        assertThat(f).hasToString("T9 VIOLATION KEY customer has no dedicated account manager");
        assertThat(java.util.List.of(Finding.warning("T6", "C-1", "no value assessment on file"), f)).hasToString(
                "[T6 WARNING no value assessment on file, T9 VIOLATION KEY customer has no dedicated account manager]");
    }

    @Test
    void evidenceKeepsItsOrderAndCopiesAreIndependent() {
        Finding base = Finding.warning("C1", "C-1", "no call this week");
        Finding more = base.withEvidence("week", "2025-W47").withEvidence("role", "BU_HEAD")
                .withResponsible("BU_HEAD").withDue(Instant.parse("2025-11-23T15:59:00Z"));

        assertThat(more.evidence()).containsExactly(
                java.util.Map.entry("week", "2025-W47"), java.util.Map.entry("role", "BU_HEAD"));
        assertThat(more.responsible()).isEqualTo("BU_HEAD");
        assertThat(more.due()).isEqualTo(Instant.parse("2025-11-23T15:59:00Z"));
        assertThat(base.evidence()).isEmpty();
        assertThat(base.responsible()).isNull();
    }

    @Test
    void aLaterValueForTheSameEvidenceNameReplacesTheEarlierInItsPlace() {
        Finding f = Finding.info("C1", "C-1", "x").withEvidence("period", "2025-W47").withEvidence("counted", 0)
                .withEvidence("period", "2025-W48");

        assertThat(f.evidence()).containsExactly(
                java.util.Map.entry("period", "2025-W48"), java.util.Map.entry("counted", "0"));
    }

    @Test
    void evidenceEqualsAndHashesLikeAnyMapWithTheSameEntriesAndCannotBeChanged() {
        java.util.Map<String, String> plain = new java.util.LinkedHashMap<>();
        plain.put("period", "2025-W47");
        plain.put("counted", "0 of 1");
        Finding built = Finding.warning("C1", "C-1", "x").withEvidence("period", "2025-W47").withEvidence("counted", "0 of 1");
        Finding given = new Finding(RuleId.of("C1"), "C-1", Severity.WARNING, "x", plain, null, null);

        assertThat(built).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(built.evidence()).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(built.evidence().get("counted")).isEqualTo("0 of 1");
        assertThat(built.evidence().get("missing")).isNull();
        assertThat(built.evidence().toString()).isEqualTo(plain.toString());
        assertThatThrownBy(() -> built.evidence().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        plain.put("later", "change");
        assertThat(given.evidence()).hasSize(2);
    }

    @Test
    void aFindingWithoutRuleIsRefused() {
        assertThatThrownBy(() -> new Finding(null, "C-1", Severity.INFO, "x", null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleId");
    }
}
