package org.crmpolicy.rules.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crmpolicy.rules.AuthoringFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint of policy versions (A8, issue 16): {@code RuleLint --version label=validFrom[=ruleDirectory] ...}. */
class VersionLintTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private int lint(String... args) {
        return RuleLint.run(args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private List<String> output() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static final String T9_OFF = """
            package org.crmpolicy.rules;
            import org.crmpolicy.customer.Customer;

            rule "T9 A strategic or key customer must have a dedicated account manager"
                enabled false
            when
                Customer()
            then
            end
            """;

    @Test
    void versionsOnTheShippedRulesWithTheirOwnDatesPass() {
        int exit = lint("--version", "2025-06=2025-06-01", "--version", "2025-09=2025-09-01");

        assertThat(exit).isEqualTo(RuleLint.OK);
        assertThat(output()).containsExactly(
                "policy versions: 2 version(s) (2025-06 from 2025-06-01, 2025-09 from 2025-09-01), 0 problem(s)");
    }

    @Test
    void twoVersionsWithTheSameDateAreRefusedNamingBoth() {
        int exit = lint("--version", "2025-09=2025-09-01", "--version", "2025-09-fix=2025-09-01");

        assertThat(exit).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).first().asString().startsWith("policy versions:0:0: policy versions \"2025-09\" and "
                + "\"2025-09-fix\" both take effect on 2025-09-01");
        assertThat(output()).last().asString().endsWith("1 problem(s): the versioned policy would refuse these versions");
    }

    @Test
    void aVersionThatLeavesACatalogueIdWithoutARuleIsRefusedNamingTheId(@TempDir Path december) {
        // given: the December version switches off the only T9 rule
        write(december, "tiers-overrides.drl", T9_OFF);

        // when
        int exit = lint("--version", "2025-06=2025-06-01", "--version", "2025-12=2025-12-01=" + december);

        // then: its directory lints clean, the list does not
        assertThat(exit).isEqualTo(RuleLint.PROBLEMS);
        assertThat(output()).anySatisfy(line -> assertThat(line).startsWith(december + ":0:0: policy version "
                + "\"2025-12\" (valid from 2025-12-01) leaves catalogue ID T9 (").contains("without a rule"));
        assertThat(output()).noneMatch(line -> line.contains("\"2025-06\" (valid from 2025-06-01) leaves"));
    }

    @Test
    void aVersionOfTheShippedRulesLeavesNothingUncovered() {
        VersionLint.Version shipped = new VersionLint.Version("2025-06", LocalDate.of(2025, 6, 1), null);
        assertThat(VersionLint.check(List.of(shipped), VersionLint::catalogueOf)).isEmpty();
    }

    @Test
    void aVersionSpecificationThatIsNotOneIsAUsageErrorNamingIt() {
        assertThat(lint("--version", "2025-09")).isEqualTo(RuleLint.USAGE);
        assertThat(output()).first().asString().isEqualTo("rule lint: version = '2025-09': expected "
                + "label=validFrom[=ruleDirectory], e.g. 2025-09=2025-09-01=rules/2025-09");
        printed.reset();
        assertThat(lint("--version", "2025-09=1 September")).isEqualTo(RuleLint.USAGE);
        assertThat(output()).first().asString().isEqualTo("rule lint: version = '2025-09=1 September': validFrom "
                + "'1 September' is not a date like 2025-09-01");
        printed.reset();
        assertThat(lint("--version", "2025-09=2025-09-01=no/such/dir")).isEqualTo(RuleLint.USAGE);
        assertThat(output()).first().asString().contains("rule directory no/such/dir of policy version \"2025-09\"");
        printed.reset();
        assertThat(lint("--version")).isEqualTo(RuleLint.USAGE);
        assertThat(lint("some/dir", "--version", "2025-09=2025-09-01")).isEqualTo(RuleLint.USAGE);
    }

    @Test
    void aVersionNeedsALabelAndADate() {
        assertThatThrownBy(() -> new VersionLint.Version(" ", LocalDate.of(2025, 9, 1), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("label = ' '");
        assertThatThrownBy(() -> new VersionLint.Version("2025-09", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("validFrom (of policy version 2025-09)");
    }
}
